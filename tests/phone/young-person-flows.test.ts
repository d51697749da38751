// The young person's flows on a phone, in WebKit (the engine of every iPhone browser): each widget in a
// 390 × 844 CSS-pixel viewport, used by taps. The viewport is a frame of that size, because
// MiniBrowser's window cannot be made narrower than its toolbar; inside it the page's viewport,
// media queries and the widgets' container queries see 390 px. The taps are WebDriver touch
// actions at the control's centre, so they hit-test as a finger would: a control covered by
// another, or outside the screen, is not reached. (WebKitGTK on a desktop delivers them as pointer
// and mouse events, without touch events; the widgets use neither.)
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { seedCourseIds } from '@ungeforlob/sdk/seed';
import type { Mounted } from './phone-frame.js';

const PHONE = { width: 390, height: 844 };
/** WCAG 2.2 success criterion 2.5.8 (AA): a target of at least 24 × 24 CSS px. */
const MIN_TARGET = 24;
const { steady, contactAway, noContact } = seedCourseIds;

let frame: HTMLIFrameElement;

async function openPhone(): Promise<Window & typeof globalThis> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.title = 'Telefon';
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${PHONE.width}px; height: ${PHONE.height}px; border: 0;`;
  frame.src = new URL('./phone-frame.html', import.meta.url).href;
  document.body.append(frame);
  const view = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => view.phone, 'the phone page did not start', { timeout: 10_000 });
  return view;
}

async function mount(tag: string, attributes: Record<string, string>): Promise<Mounted & { root: ShadowRoot }> {
  const view = await openPhone();
  const mounted = view.phone!.mount(tag, attributes);
  await waitUntil(() => mounted.element.shadowRoot?.querySelector('[aria-busy="false"]'), `${tag} did not load`, { timeout: 10_000 });
  await mounted.element.updateComplete;
  return { ...mounted, root: mounted.element.shadowRoot! };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Taps the centre of `target` after scrolling it into the middle of the phone's screen. */
async function tap(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  expect(box.width * box.height, `${nameOf(target)} has no area to tap`).to.be.greaterThan(0);
  await executeServerCommand('tap', { x: offset.left + box.left + box.width / 2, y: offset.top + box.top + box.height / 2 });
}

function nameOf(element: Element): string {
  const name = element.getAttribute('aria-label') ?? text(element.closest('label') ?? element).slice(0, 40);
  return `<${element.localName}${element.id ? ` #${element.id}` : ''}> "${name}"`;
}

/** Every element in the widget, through its shadow roots. */
function* everything(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

const shownBox = (element: Element) => {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const shown = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('details:not([open]) > :not(summary)');
  return shown ? box : undefined;
};

/** Anything that sticks out of the phone's width: a page that scrolls sideways hides it. */
function outsideTheScreen(view: Window, widget: Element): string[] {
  const width = view.document.documentElement.clientWidth;
  const found = [...everything(widget.shadowRoot!)].flatMap((element) => {
    const box = shownBox(element);
    return box && (box.right > width + 0.5 || box.left < -0.5) ? [`${nameOf(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`] : [];
  });
  if (view.document.documentElement.scrollWidth > width) found.unshift(`the page scrolls sideways: ${view.document.documentElement.scrollWidth} > ${width} px`);
  return found;
}

const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';

/** Controls smaller than 24 × 24 px: a radio or checkbox counts its label, which takes the tap too. */
function smallTargets(widget: Element): string[] {
  return [...everything(widget.shadowRoot!)]
    .filter((element) => element.matches(INTERACTIVE) && !(element as HTMLButtonElement).disabled)
    .flatMap((element) => {
      const target = element.matches('input[type="radio"], input[type="checkbox"]') ? (element.closest('label') ?? element) : element;
      const box = shownBox(target);
      if (!box || (box.width >= MIN_TARGET - 0.5 && box.height >= MIN_TARGET - 0.5)) return [];
      // 2.5.8 leaves links inside a sentence alone: the line decides their height.
      if (element.matches('a[href]') && getComputedStyle(element).display === 'inline') return [];
      return [`${nameOf(element)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`];
    });
}

function fitsThePhone(view: Window, widget: Element): void {
  expect(outsideTheScreen(view, widget), 'outside the 390 px screen').to.deep.equal([]);
  expect(smallTargets(widget), 'targets under 24 × 24 px').to.deep.equal([]);
}

function byText<T extends Element>(root: ParentNode, selector: string, wanted: string | RegExp): T {
  const found = [...root.querySelectorAll<T>(selector)].find((element) => (typeof wanted === 'string' ? text(element) === wanted : wanted.test(text(element))));
  if (!found) throw new Error(`No ${selector} with "${String(wanted)}"`);
  return found;
}

describe('the young person on a phone (WebKit, 390 × 844, taps)', function () {
  this.timeout(30_000);

  after(() => frame?.remove());

  it('contact card: reads who their contact is and chooses e-mail with two taps', async () => {
    const { element, root, transport } = await mount('uf-contact-card', { course: steady, mode: 'youth' });
    const view = frame.contentWindow!;
    fitsThePhone(view, element);
    const email = root.querySelector<HTMLInputElement>('input[name="preferred-channel"][value="email"]')!;
    await tap(email.closest('label') ?? email);
    expect(email.checked, 'the tap on "E-mail" chose it').to.equal(true);
    await tap(byText(root, 'button', 'Gem valg'));
    await waitUntil(() => text(root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved');
    expect(transport.requests).to.include(`PATCH /api/v1/courses/${steady}/contact`);
    fitsThePhone(view, element);
  });

  it('plan: reads their plan and writes a comment in their own words', async () => {
    const { element, root, transport, client } = await mount('uf-plan', { course: steady, mode: 'youth' });
    const view = frame.contentWindow!;
    fitsThePhone(view, element);
    const comment = root.querySelector<HTMLTextAreaElement>('#comment-text')!;
    await tap(comment);
    expect(root.activeElement, 'the tap put the caret in the comment').to.equal(comment);
    comment.select();
    await sendKeys({ type: 'Jeg vil gerne møde dem på holdet først.' });
    expect(comment.value).to.equal('Jeg vil gerne møde dem på holdet først.');
    await tap(byText(root, 'button', 'Gem kommentar'));
    await waitUntil(() => transport.requests.some((request) => request.startsWith('PATCH') || request.startsWith('PUT')), 'the comment was not sent', {
      timeout: 5000,
    });
    await waitUntil(
      async () => (await client.plan.get(steady))?.value.youthComment?.text === 'Jeg vil gerne møde dem på holdet først.',
      'the comment was not saved',
    );
    fitsThePhone(view, element);
  });

  it('progression: sees their scales, then rates one step by tapping and saves it', async () => {
    const overview = await mount('uf-progression', { course: steady });
    fitsThePhone(frame.contentWindow!, overview.element);

    const { element, root, client } = await mount('uf-progression', { course: noContact, mode: 'rate', rater: 'youth' });
    const view = frame.contentWindow!;
    fitsThePhone(view, element);
    await tap(byText(root, '.actions button', 'Næste skala'));
    await element.updateComplete;
    const third = root.querySelectorAll<HTMLInputElement>('[name^="reading-"]')[2]!;
    await tap(third.closest('label') ?? third);
    expect(third.checked, 'the tap chose step 3').to.equal(true);
    await tap(root.querySelector('[part~="save-button"]')!);
    await waitUntil(() => text(root.querySelector('[role="status"]')) === 'Målingen er gemt.', 'not saved');
    const { readings } = await client.progression.get(noContact);
    expect(readings.map(({ value, ratedBy }) => ({ value, ratedBy }))).to.deep.equal([{ value: 3, ratedBy: 'youth' }]);
    fitsThePhone(view, element);
  });

  it('questionnaire: answers two items by tapping and writes a reflection; the draft saves itself', async () => {
    const { element, root, transport } = await mount('uf-criteria-questionnaire', { course: contactAway });
    const view = frame.contentWindow!;
    fitsThePhone(view, element);
    const rating = (item: string, value: number) => root.querySelectorAll<HTMLInputElement>(`[name="rating-${item}"]`)[value - 1]!;
    await tap(rating('relations-non-professionals', 2).closest('label')!);
    await tap(rating('relations-communities', 3).closest('label')!);
    expect(rating('relations-non-professionals', 2).checked && rating('relations-communities', 3).checked, 'both taps chose').to.equal(true);
    const reflection = root.querySelector<HTMLTextAreaElement>('#reflection-relations-communities')!;
    await tap(reflection);
    await sendKeys({ type: 'Han er på holdet igen.' });
    expect(reflection.value).to.equal('Han er på holdet igen.');
    expect(text(root.querySelector('[part="progress"]'))).to.equal('2 af 16 svar givet');
    await waitUntil(() => text(root.querySelector('[role="status"]')).includes('Kladden er gemt.'), 'the draft was not saved', { timeout: 5000 });
    expect(transport.requests.some((request) => request.startsWith('PUT'))).to.equal(true);
    fitsThePhone(view, element);
  });
});
