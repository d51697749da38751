import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient, type Contact } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';

// Issue #6, inert rendering: text from the server is shown as text, never run as markup, and a
// link that is not tel:, sms: or mailto: built from validated parts is never rendered as a link.

const ATTACK = '<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script>';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** Every element in the page, shadow roots included. */
function everything(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? everything(element.shadowRoot) : [])]);
}

describe('inert rendering of data from the server', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('markup in a plan, a note and a comment is shown as text in every widget, and nothing runs', async () => {
    const seed = buildSeed('2026-11-24');
    const plan = seed.plans[seedCourseIds.steady]!;
    plan.lifeGoal.text = ATTACK;
    plan.lifeGoal.dreams = [ATTACK];
    plan.goals[0]!.text = ATTACK;
    plan.efforts[0]!.how = ATTACK;
    plan.notes[0]!.text = ATTACK;
    plan.youthComment = { text: ATTACK, changedAt: '2026-11-20T10:00:00Z' };
    const { client } = createMemoryClient({ seed, retries: 0 });
    const page = await fixture(html`
      <div>
        <uf-plan .client=${client} course=${seedCourseIds.steady} mode="staff"></uf-plan>
        <uf-plan .client=${client} course=${seedCourseIds.steady} mode="youth"></uf-plan>
      </div>
    `);
    const plans = [...page.querySelectorAll('uf-plan')];
    await waitUntil(() => plans.every((element) => element.shadowRoot?.querySelector('.life-goal-text')), 'the plans did not load');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned, 'no injected handler or script ran').to.equal(undefined);
    const tags = everything(page).map((element) => element.tagName.toLowerCase());
    expect(tags).not.to.include('img');
    expect(tags).not.to.include('script');
    for (const element of plans) expect(element.shadowRoot!.querySelector('.life-goal-text')!.textContent).to.equal(ATTACK);
  });

  it('a contact with a javascript: channel or photo is refused as malformed, and no such link is rendered', async () => {
    const seed = buildSeed('2026-11-24');
    const contact = seed.contacts[seedCourseIds.steady] as Contact;
    (contact.person as { photoUrl?: string }).photoUrl = 'javascript:window.__pwned=true';
    const email = contact.channels.find((channel) => channel.kind === 'email') as { email: string };
    email.email = 'javascript:window.__pwned=true//@x.example';
    const { client } = createMemoryClient({ seed, retries: 0 });
    const card = await fixture(html`<uf-contact-card .client=${client} course=${seedCourseIds.steady} mode="staff"></uf-contact-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('[part="error"]'), 'the malformed contact was not refused');
    const hrefs = everything(card).flatMap((element) => (element instanceof HTMLAnchorElement ? [element.getAttribute('href') ?? ''] : []));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
    expect(everything(card).some((element) => element instanceof HTMLImageElement)).to.equal(false);
    expect(window.__pwned).to.equal(undefined);
  });
});
