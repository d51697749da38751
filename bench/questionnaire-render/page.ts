// Runs in headless Chromium: the strategic-criteria questionnaire (16 ratings, 24 free-text
// fields) rendered three ways from the same definition and answers in hand — our
// `<uf-criteria-questionnaire>`, SurveyJS (survey-core + survey-js-ui, its framework-free
// renderer) and LHC-Forms (the `<wc-lhc-form>` web component, Angular). The peers' definitions
// are built here from ours, once and untimed, as a portal would store them.
//
// Each page holds one library (`?lib=ours|surveyjs|lhc`): LHC-Forms brings zone.js, which patches
// the page's promises, timers and event listeners, and both peers bring a global stylesheet, so
// neither may sit in the page of another. The bundle is the same for all three, loaded before any
// timing; the peer's own files (stylesheet, LHC-Forms' scripts) come from the driver's asset
// server (`?assets=<origin>`) and are loaded before `window.bench` exists.
//
// A render starts from the definition and answers in hand and has two marks: `layout` once every
// question is in the DOM (80 radios and 24 text areas) and a forced layout; `frame` once the next
// frame's main-thread work is done (a requestAnimationFrame and a task queued from it). A click on
// a rating and a typed character are timed from the event that starts the answer (the button's
// release, pointerup, which the click follows in the same task; keydown, which the input follows)
// to the end of the next frame after it. The press before a release is left out: there the driver
// waits for its round trip, where a person holds the button for a frame or more.
import '@ungeforlob/elements/criteria-questionnaire';
import {
  defaultQuestionnaireDefinition,
  visibleCriteria,
  type Answers,
  type QuestionnaireDefinition,
  type QuestionnaireDraft,
  type QuestionnaireItem,
  type QuestionnaireSubject,
  type UfClient,
} from '@ungeforlob/sdk';
import { Model } from 'survey-core';
import { renderSurvey, unmountComponentAtNode } from 'survey-js-ui';
import { nextFrame } from '../next-frame.js';

// survey-js-ui bundles Preact and types this re-export from preact/compat, which is not installed.
const unmount = unmountComponentAtNode as (container: Element) => boolean;

type Library = 'ours' | 'surveyjs' | 'lhc';
interface Timing {
  layout: number;
  frame: number;
}

const COURSE = 'bench-course';
const subject: QuestionnaireSubject = { kind: 'course', id: COURSE };
const definition: QuestionnaireDefinition = defaultQuestionnaireDefinition;
const criteria = visibleCriteria(definition, {}, subject);
const da = (text: { da: string }) => text.da;
const RATINGS = [1, 2, 3, 4] as const;
const ratingText = (rating: (typeof RATINGS)[number]) => `${rating} – ${da(definition.scale.steps[rating - 1]!.label)}`;
const UNKNOWN_TEXT = da(definition.scale.unknown);
const PART_LABELS = { reflection: 'Refleksion', nextStep: 'Næste skridt' } as const;

/** Every rating the questionnaire asks for (items and sub-items) and every free-text field, in order. */
const ratingIds = criteria.flatMap(({ items }) =>
  items.flatMap((item) => [...(item.parts.includes('rating') ? [item.id] : []), ...(item.subItems ?? []).map((sub) => sub.id)]),
);
const textFields = criteria.flatMap(({ items }) =>
  items.flatMap((item) => (['reflection', 'nextStep'] as const).filter((part) => item.parts.includes(part)).map((part) => ({ itemId: item.id, part }))),
);
const EXPECTED = { radios: ratingIds.length * (RATINGS.length + 1), textareas: textFields.length };

// The answers in hand: a draft half way through, the first half of the ratings given (a "don't
// know" among them) and the first item's reflection and next step written.
const answers: Answers = {};
ratingIds.slice(0, ratingIds.length / 2).forEach((id, index) => (answers[id] = { rating: index === 5 ? 'unknown' : (((index % 4) + 1) as 1 | 2 | 3 | 4) }));
const firstItem = ratingIds[0]!;
answers[firstItem] = {
  ...answers[firstItem],
  reflection: 'Træner og holdkammerater i fodboldklubben.',
  nextStep: 'Følge op på praktikken med holdet i tankerne.',
};
const draft: QuestionnaireDraft = {
  subject,
  definition: { id: definition.id, version: definition.version },
  answers,
  updatedAt: '2026-11-23T09:15:00+01:00',
  updatedBy: { role: 'professional', name: 'Jonas Kragh' },
};

// Answers at once, without fetch or parsing: the benchmark is about rendering, not I/O. Saving
// the draft (after a pause in answering) answers at once too.
let etag = 0;
const client = {
  questionnaire: {
    getDefinition: async () => definition,
    getDraft: async () => ({ value: draft, etag: `"${etag}"` }),
    listResponses: async () => [],
    saveDraft: async (_id: string, _subject: QuestionnaireSubject, update: { answers: Answers }) => ({
      value: { ...draft, answers: update.answers },
      etag: `"${++etag}"`,
    }),
  },
} as unknown as UfClient;

// ---------------------------------------------------------------------------------------------
// The same questionnaire for the peers: a criterion is a panel (SurveyJS) or section (LHC-Forms);
// a rating is a single-choice question of five radios (1–4 with their labels, and "don't know");
// reflection and next step are multi-line text fields; the help text shows under the question.
// ---------------------------------------------------------------------------------------------

type SurveyElement = Record<string, unknown>;

function surveyRating(name: string, title: string, extra: SurveyElement = {}): SurveyElement {
  return {
    type: 'radiogroup',
    name,
    title,
    isRequired: true,
    colCount: 0,
    choices: [...RATINGS.map((rating) => ({ value: rating, text: ratingText(rating) })), { value: 'unknown', text: UNKNOWN_TEXT }],
    ...extra,
  };
}

function surveyTexts(item: QuestionnaireItem): SurveyElement[] {
  return (['reflection', 'nextStep'] as const)
    .filter((part) => item.parts.includes(part))
    .map((part) => ({ type: 'comment', name: `${part}-${item.id}`, title: PART_LABELS[part], rows: 2, maxLength: 4000 }));
}

const surveyJson = {
  title: da(definition.title),
  description: definition.intro ? da(definition.intro) : undefined,
  completeText: 'Indsend besvarelsen',
  showQuestionNumbers: 'off',
  // As ours: every keystroke is an answer. SurveyJS's default, `onBlur`, takes the text when the
  // field is left; the driver measures typing that way too (`?textUpdateMode=onBlur`).
  textUpdateMode: new URLSearchParams(location.search).get('textUpdateMode') ?? 'onTyping',
  showProgressBar: true,
  progressBarLocation: 'top',
  progressBarType: 'requiredQuestions',
  pages: [
    {
      name: 'criteria',
      elements: criteria.map(({ criterion, items }) => ({
        type: 'panel',
        name: criterion.id,
        title: da(criterion.title),
        description: criterion.description ? da(criterion.description) : undefined,
        elements: items.map((item) =>
          item.subItems?.length
            ? {
                type: 'panel',
                name: item.id,
                title: da(item.text),
                elements: [...item.subItems.map((sub) => surveyRating(sub.id, da(sub.text))), ...surveyTexts(item)],
              }
            : {
                type: 'panel',
                name: `item-${item.id}`,
                elements: [surveyRating(item.id, da(item.text), item.help ? { description: da(item.help) } : {}), ...surveyTexts(item)],
              },
        ),
      })),
    },
  ],
};

const surveyData: Record<string, unknown> = {};
for (const [id, answer] of Object.entries(answers)) {
  if (answer.rating !== undefined) surveyData[id] = answer.rating;
  if (answer.reflection) surveyData[`reflection-${id}`] = answer.reflection;
  if (answer.nextStep) surveyData[`nextStep-${id}`] = answer.nextStep;
}

type LhcItem = Record<string, unknown>;
const lhcAnswers = [...RATINGS.map((rating) => ({ code: String(rating), text: ratingText(rating) })), { code: 'unknown', text: UNKNOWN_TEXT }];

function lhcRating(linkId: string, question: string, extra: LhcItem = {}): LhcItem {
  const rating = answers[linkId]?.rating;
  const value = rating === undefined ? undefined : lhcAnswers.find((answer) => answer.code === String(rating));
  return {
    linkId,
    question,
    dataType: 'CODING',
    answerCardinality: { min: '1', max: '1' },
    answers: lhcAnswers,
    displayControl: { answerLayout: { type: 'RADIO_CHECKBOX', columns: '0' } },
    ...(value ? { value } : {}),
    ...extra,
  };
}

function lhcTexts(item: QuestionnaireItem): LhcItem[] {
  return (['reflection', 'nextStep'] as const)
    .filter((part) => item.parts.includes(part))
    .map((part) => {
      const value = answers[item.id]?.[part];
      return { linkId: `${part}-${item.id}`, question: PART_LABELS[part], dataType: 'TX', ...(value ? { value } : {}) };
    });
}

/** LHC-Forms' own form format (not FHIR, which would need its FHIR library as well), the answers as each item's `value`. */
const lhcForm = {
  lformsVersion: '40.1.3',
  name: da(definition.title),
  templateOptions: { showCodingInstruction: true, hideTreeLine: true },
  items: [
    ...(definition.intro ? [{ linkId: 'intro', question: da(definition.intro), dataType: 'TITLE', header: false }] : []),
    ...criteria.map(({ criterion, items }) => ({
      linkId: criterion.id,
      question: da(criterion.title),
      dataType: 'SECTION',
      header: true,
      ...(criterion.description ? { codingInstructions: da(criterion.description) } : {}),
      items: items.flatMap((item): LhcItem[] =>
        item.subItems?.length
          ? [
              {
                linkId: item.id,
                question: da(item.text),
                dataType: 'SECTION',
                header: true,
                items: [...item.subItems.map((sub) => lhcRating(sub.id, da(sub.text))), ...lhcTexts(item)],
              },
            ]
          : [lhcRating(item.id, da(item.text), item.help ? { codingInstructions: da(item.help) } : {}), ...lhcTexts(item)],
      ),
    })),
  ],
};

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

/** Every element under `root`, through open shadow roots. */
function deepQuery(root: ParentNode, selector: string, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepQuery(element.shadowRoot, selector, found);
  }
  return found;
}

const count = (host: ParentNode) => ({
  radios: deepQuery(host, 'input[type="radio"]').length,
  textareas: deepQuery(host, 'textarea').length,
});
const complete = (host: ParentNode) => {
  const { radios, textareas } = count(host);
  return radios >= EXPECTED.radios && textareas >= EXPECTED.textareas;
};

/** Resolves once every question is in the DOM under `host` (light DOM: the peers). */
function allQuestions(host: HTMLElement): Promise<void> {
  if (complete(host)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!complete(host)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { childList: true, subtree: true });
  });
}

interface QuestionnaireElement extends HTMLElement {
  client: UfClient;
  updateComplete: Promise<boolean>;
}

interface LhcFormElement extends HTMLElement {
  questionnaire: unknown;
}

/** Draws the questionnaire into `host` and resolves once every question is there; returns how to take it down. */
async function draw(library: Library, host: HTMLElement): Promise<() => void> {
  if (library === 'ours') {
    const element = document.createElement('uf-criteria-questionnaire') as QuestionnaireElement;
    element.setAttribute('course', COURSE);
    element.client = client;
    const loaded = new Promise((resolve) => element.addEventListener('uf-questionnaire-loaded', resolve, { once: true }));
    host.append(element);
    await loaded;
    await element.updateComplete;
    return () => element.remove();
  }
  if (library === 'surveyjs') {
    const survey = new Model(surveyJson);
    survey.data = surveyData;
    renderSurvey(survey, host);
    await allQuestions(host);
    return () => {
      unmount(host);
      survey.dispose();
    };
  }
  const element = document.createElement('wc-lhc-form') as LhcFormElement;
  // It keeps (and fills in) the object it is given: a fresh copy each time, as from JSON.
  element.questionnaire = structuredClone(lhcForm);
  const ready = new Promise((resolve) => element.addEventListener('onFormReady', resolve, { once: true }));
  host.append(element);
  await ready;
  await allQuestions(element);
  return () => element.remove();
}

let shown: { library: Library; host: HTMLElement; destroy: () => void } | null = null;

async function render(library: Library, keep = false): Promise<Timing> {
  if (shown) {
    shown.destroy();
    shown.host.remove();
    shown = null;
  }
  const host = document.createElement('div');
  const started = performance.now();
  document.body.append(host);
  const destroy = await draw(library, host);
  void host.offsetHeight;
  const layout = performance.now() - started;
  await nextFrame();
  const frame = performance.now() - started;
  const drawn = count(host);
  if (drawn.radios !== EXPECTED.radios || drawn.textareas !== EXPECTED.textareas)
    throw new Error(`${library} drew ${drawn.radios} radios and ${drawn.textareas} text areas, not ${EXPECTED.radios} and ${EXPECTED.textareas}`);
  if (keep) shown = { library, host, destroy };
  else {
    destroy();
    host.remove();
  }
  return { layout, frame };
}

// ---------------------------------------------------------------------------------------------
// Interaction: the driver arms a measurement, sends real input (Playwright's mouse or keyboard),
// then waits for the result.
// ---------------------------------------------------------------------------------------------

// Unanswered in the draft and far down the form: the first click scrolls it into view.
const CLICKED_ITEM = 'focus-follow-up';
const TYPED_FIELD = `reflection-${CLICKED_ITEM}`;

/** The radios of one rating, in order 1–4 then "don't know". */
function radiosOf(targetId: string): HTMLInputElement[] {
  const host = shown!.host;
  const all = deepQuery(host, 'input[type="radio"]') as HTMLInputElement[];
  if (shown!.library === 'ours') return all.filter((input) => input.name === `rating-${targetId}`);
  // The peers name their radio groups themselves: find the group by its question's position.
  const at = ratingIds.indexOf(targetId);
  return all.slice(at * 5, at * 5 + 5);
}

function textareaOf(index: number): HTMLTextAreaElement {
  return deepQuery(shown!.host, 'textarea')[index] as HTMLTextAreaElement;
}

/** A rect's middle, after scrolling it into the middle of the viewport. */
function target(element: Element): { x: number; y: number } {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

let measurement: Promise<number> | null = null;

/**
 * Times from the first `startEvent` to the end of the frame after the first `doneEvent` (both
 * heard on window while capturing, before any library's listener; all four are composed, so they
 * come out of our shadow root too).
 */
function arm(startEvent: string, doneEvent: string): void {
  measurement = new Promise((resolve) => {
    let started = 0;
    const start = () => {
      if (!started) started = performance.now();
    };
    // Input that never arrives (a missed target) gives no number rather than a hung driver.
    const missed = setTimeout(() => resolve(Number.NaN), 5000);
    const done = () => {
      window.removeEventListener(startEvent, start, true);
      window.removeEventListener(doneEvent, done, true);
      clearTimeout(missed);
      void nextFrame().then(() => resolve(performance.now() - started));
    };
    window.addEventListener(startEvent, start, true);
    window.addEventListener(doneEvent, done, true);
  });
}

let clicks = 0;
const typedIndex = textFields.findIndex((field) => `${field.part}-${field.itemId}` === TYPED_FIELD);

const api = {
  /** A first render in this page (cold), or one more (warm): timed, then taken down. */
  render: (library: Library) => render(library),
  /** Renders once more and keeps it, for the interactions; says what was drawn. */
  async mount(library: Library) {
    await render(library, true);
    const host = shown!.host;
    return { ...count(host), elements: deepQuery(host, '*').length };
  },
  /**
   * Where to click next: options 2 and 3 of one rating by turns, so every click changes the
   * answer. The whole label is the target in all three; the click ends when its task (the label's
   * click, then the radio's click, input and change) is done.
   */
  armClick() {
    const radio = radiosOf(CLICKED_ITEM)[clicks++ % 2 === 0 ? 1 : 2]!;
    arm('pointerup', 'click');
    return target(radio.closest('label') ?? radio);
  },
  /** Where to click once to put the caret in the free-text field. */
  textField() {
    return target(textareaOf(typedIndex));
  },
  armTyping() {
    arm('keydown', 'input');
  },
  measured: () => measurement,
  /** What the shown form holds now: the rating chosen and the text typed, to check the input reached it. */
  state() {
    const radios = radiosOf(CLICKED_ITEM);
    return { checked: radios.findIndex((radio) => radio.checked), text: textareaOf(typedIndex).value };
  },
};

const bench = window as unknown as { bench?: typeof api; benchError?: string };

/** The peer's own files, in the order its documentation gives, from the driver's asset server. */
async function loadAssets(library: Library, origin: string): Promise<void> {
  const load = (tag: 'link' | 'script', url: string) =>
    new Promise<void>((resolve, reject) => {
      const element = document.createElement(tag);
      if (element instanceof HTMLLinkElement) {
        element.rel = 'stylesheet';
        element.href = url;
      } else {
        element.src = url;
        element.async = false;
      }
      element.addEventListener('load', () => resolve());
      element.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
      document.head.append(element);
    });
  if (library === 'surveyjs') await load('link', `${origin}/survey-core/survey-core.fontless.min.css`);
  if (library === 'lhc') {
    const base = `${origin}/lforms/webcomponent`;
    await Promise.all([
      load('link', `${base}/styles.css`),
      ...['assets/lib/zone.min.js', 'runtime.js', 'polyfills.js', 'main.js'].map((file) => load('script', `${base}/${file}`)),
    ]);
    await customElements.whenDefined('wc-lhc-form');
  }
}

const params = new URLSearchParams(location.search);
const library = params.get('lib') as Library;
loadAssets(library, params.get('assets') ?? '').then(
  () => (bench.bench = api),
  (error: Error) => (bench.benchError = error.message),
);
