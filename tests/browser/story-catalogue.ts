import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as contactStories from '../../stories/contact-card.stories.js';
import * as planStories from '../../stories/plan.stories.js';
import * as questionnaireStories from '../../stories/criteria-questionnaire.stories.js';
import * as progressionStories from '../../stories/progression.stories.js';
import * as offerCatalogueStories from '../../stories/offer-catalogue.stories.js';
import * as criteriaRollupStories from '../../stories/criteria-rollup.stories.js';
import * as needsBankStories from '../../stories/needs-bank.stories.js';
import * as contactLogStories from '../../stories/contact-log.stories.js';
import * as networkMeetingStories from '../../stories/network-meeting.stories.js';

// Every story of every widget, with how to tell it has settled: what the story tests (axe) and the
// visual tests (screenshots) both render, so a new story is checked by both or by neither.

/** A story module as these tests use it: a meta with args, and stories with args and a render. */
interface StoryModule {
  default: { args?: Record<string, unknown> };
  [name: string]: unknown;
}
interface RenderableStory {
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
}

type Settled = (root: ShadowRoot) => boolean;

/** One widget's stories file. */
export interface StoryWidget {
  /** The stories file's name without `.stories.ts`: the prefix of its screenshots. */
  file: string;
  title: string;
  stories: StoryModule;
  /** The widget's tag (or tags) inside what a story renders. */
  tag: string;
  /** The states the brief names; a story added or lost without updating this fails. */
  expectedNames: string[];
  /** When a story is done changing, if not "loaded and not busy". */
  settledWhen: Record<string, Settled>;
}

function loadedAndNotBusy(root: ShadowRoot): boolean {
  const body = root.querySelector('.body');
  // `.reserved`: room kept for a part still on its way (the card's last contact), which would change the screenshot.
  return body?.getAttribute('aria-busy') === 'false' && body.childElementCount > 0 && root.querySelector('.reserved') === null;
}

const loadingShown: Settled = (root) =>
  root.querySelector('.body')?.getAttribute('aria-busy') === 'true' && root.querySelector('[role="status"]')?.textContent !== '';
const saveProblemShown: Settled = (root) => root.querySelector('[part="save-problem"]') !== null;
const formProblemsShown: Settled = (root) => (root.querySelector('.plan-form .form-alerts')?.textContent ?? '').trim() !== '';
const missingShown: Settled = (root) => root.querySelector('[part="missing"]') !== null;
const unsavedStatusShown: Settled = (root) => root.querySelector('.unsaved') !== null;
const notSavedShown: Settled = (root) => (root.querySelector('[part="save-status"]')?.textContent ?? '').startsWith('Ikke gemt endnu');
/**
 * The network meeting's agenda is built from the plan too, which loads beside the meetings: on
 * Freja's course its changed life goal or the plan's warnings are there once it has arrived.
 */
const agendaFromPlan: Settled = (root) => loadedAndNotBusy(root) && root.querySelector('[part~="lifeGoalChanged"], [part~="planWarning"]') !== null;

export const storyWidgets: StoryWidget[] = [
  {
    file: 'contact-card',
    title: 'contact card stories',
    stories: contactStories,
    tag: 'uf-contact-card',
    expectedNames: [
      'Staff',
      'Youth',
      'AwayTodayDeputyFirst',
      'Aftercare',
      'ManyHandovers',
      'Empty',
      'Loading',
      'ServerError',
      'MalformedResponse',
      'Conflict',
      'SaveRefused',
      'English',
    ],
    settledWhen: { Loading: loadingShown, Conflict: saveProblemShown, SaveRefused: saveProblemShown },
  },
  {
    file: 'plan',
    title: 'plan stories',
    stories: planStories,
    tag: 'uf-plan',
    expectedNames: [
      'StaffCalm',
      'YouthCalm',
      'StaffOverdueAndTransition',
      'YouthOverdueAndTransition',
      'StaffNoCommunityGoal',
      'YouthNoCommunityGoal',
      'StaffDoubleOffer',
      'YouthDoubleOffer',
      'StaffEnded',
      'YouthEnded',
      'Loading',
      'Empty',
      'ServerError',
      'Conflict',
      'YouthCommentConflict',
      'English',
      'EnglishYouth',
      'StaffAddEffortProblems',
      'StaffEffortEditConflict',
      'StaffStatusNotSaved',
      'StaffSaveRefused',
    ],
    settledWhen: {
      Loading: loadingShown,
      Conflict: saveProblemShown,
      YouthCommentConflict: saveProblemShown,
      StaffAddEffortProblems: formProblemsShown,
      StaffEffortEditConflict: saveProblemShown,
      StaffStatusNotSaved: unsavedStatusShown,
      StaffSaveRefused: saveProblemShown,
    },
  },
  {
    file: 'criteria-questionnaire',
    title: 'criteria questionnaire stories',
    stories: questionnaireStories,
    tag: 'uf-criteria-questionnaire, uf-criteria-summary',
    expectedNames: [
      'CourseAllOnOnePage',
      'OneCriterionAtATime',
      'OfferReview',
      'MissingAnswers',
      'NotSavedYet',
      'LoadError',
      'English',
      'Summary',
      'SummaryFirstRound',
      'SummaryNoRounds',
    ],
    settledWhen: { MissingAnswers: missingShown, NotSavedYet: notSavedShown },
  },
  {
    file: 'progression',
    title: 'progression stories',
    stories: progressionStories,
    tag: 'uf-progression',
    expectedNames: ['Overview', 'YouthOverview', 'Disagreement', 'Passivity', 'NoReadings', 'RateAsYouth', 'RateAsProfessional', 'LoadError', 'English'],
    settledWhen: {},
  },
  {
    file: 'offer-catalogue',
    title: 'offer catalogue stories',
    stories: offerCatalogueStories,
    tag: 'uf-offer-catalogue',
    expectedNames: ['Staff', 'StaffBrowsing', 'Youth', 'NoneFound', 'Empty', 'Loading', 'ServerError', 'MalformedResponse', 'English'],
    settledWhen: { Loading: loadingShown, NoneFound: (root) => root.querySelector('.none-found') !== null },
  },
  {
    file: 'criteria-rollup',
    title: 'criteria roll-up stories',
    stories: criteriaRollupStories,
    tag: 'uf-criteria-rollup',
    expectedNames: ['Overview', 'TooFewCourses', 'HalfYear', 'Empty', 'Loading', 'ServerError', 'MalformedResponse', 'English'],
    settledWhen: { Loading: loadingShown },
  },
  {
    file: 'needs-bank',
    title: 'needs bank stories',
    stories: needsBankStories,
    tag: 'uf-needs-bank',
    expectedNames: [
      'Team',
      'TeamSharing',
      'TeamWriteFailed',
      'Bank',
      'BankProposing',
      'Youth',
      'YouthEmpty',
      'BankEmpty',
      'Loading',
      'ServerError',
      'MalformedResponse',
      'English',
    ],
    settledWhen: {
      Loading: loadingShown,
      TeamSharing: (root) => root.querySelectorAll('.field-problem').length === 3,
      TeamWriteFailed: (root) => root.querySelector('[part="write-problem"]') !== null,
      BankProposing: (root) => root.querySelector('form.propose') !== null,
    },
  },
  {
    file: 'contact-log',
    title: 'contact log stories',
    stories: contactLogStories,
    tag: 'uf-contact-log',
    expectedNames: [
      'Staff',
      'BrokenRhythm',
      'QuickEntry',
      'LogFailed',
      'Rhythm',
      'NothingLogged',
      'WithCard',
      'Youth',
      'YouthEmpty',
      'Loading',
      'ServerError',
      'MalformedResponse',
      'English',
    ],
    settledWhen: {
      Loading: loadingShown,
      QuickEntry: (root) => root.querySelector('#log-at-problem') !== null,
      LogFailed: (root) => root.querySelector('[part="write-problem"]') !== null,
      Rhythm: (root) => root.querySelector('#rhythm-days') !== null,
      // The card beside the log has loaded, and shows the log's last and next contact.
      WithCard: (root) =>
        loadedAndNotBusy(root) &&
        root.host.parentElement?.querySelector('uf-contact-card')?.shadowRoot?.querySelector('[part="contact-rhythm"]:not(:has(.reserved))') != null,
    },
  },
  {
    file: 'network-meeting',
    title: 'network meeting stories',
    stories: networkMeetingStories,
    tag: 'uf-network-meeting',
    expectedNames: [
      'Staff',
      'Decisions',
      'DecisionForm',
      'Handover',
      'MinutesShared',
      'PlanConflict',
      'WriteFailed',
      'NoMeetings',
      'PlanFirst',
      'Youth',
      'YouthEmpty',
      'Loading',
      'ServerError',
      'MalformedResponse',
      'English',
    ],
    settledWhen: {
      Staff: agendaFromPlan,
      Decisions: agendaFromPlan,
      MinutesShared: loadedAndNotBusy,
      English: agendaFromPlan,
      Loading: loadingShown,
      DecisionForm: (root) => root.querySelector('#decision-how-problem') !== null,
      // The handover is stored, and waits for the meeting to be held.
      Handover: (root) => root.querySelector('[aria-labelledby="handover-title"] .meta') !== null && root.querySelector('[part="form"]') === null,
      PlanConflict: (root) => root.querySelector('[part="decision"] [part="write-problem"]') !== null,
      WriteFailed: (root) => root.querySelector('[part="write-problem"]') !== null,
      PlanFirst: (root) => root.querySelector('#meeting-coordinator') !== null,
    },
  },
];

/** The export names of a widget's stories, in file order. */
export function storyNames(widget: StoryWidget): string[] {
  return Object.keys(widget.stories).filter((name) => name !== 'default');
}

/** The story's args: the meta's, with the story's own on top, as Storybook merges them. */
function storyArgs(widget: StoryWidget, name: string): Record<string, unknown> {
  return { ...widget.stories.default.args, ...(widget.stories[name] as RenderableStory).args };
}

/** What a story renders. */
export function storyTemplate(widget: StoryWidget, name: string): TemplateResult {
  const story = widget.stories[name] as RenderableStory;
  return story.render!(storyArgs(widget, name) as never, {} as never) as TemplateResult;
}

/** The frame says which language its text is in; English arrives after the data when it is fetched on first use. */
function inLanguage(root: ShadowRoot, lang: unknown): boolean {
  return typeof lang !== 'string' || (root.querySelector('[part~="base"]')?.getAttribute('lang') ?? '').startsWith(lang);
}

/** Waits until the story's widget, somewhere in `rendered`, has settled in the story's language, and returns it. */
export async function settledWidget(widget: StoryWidget, name: string, rendered: ParentNode): Promise<HTMLElement> {
  const element = rendered.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(widget.tag)!;
  const settled = widget.settledWhen[name] ?? loadedAndNotBusy;
  const { lang } = storyArgs(widget, name);
  // Up to 4 s, not waitUntil's 1 s: on two busy cores (the browser and visual suites at once) a
  // story that saves by itself and fails (NotSavedYet) has taken over a second to say so.
  await waitUntil(() => element.shadowRoot && settled(element.shadowRoot) && inLanguage(element.shadowRoot, lang), `${name} did not settle`, {
    timeout: 4000,
  });
  await element.updateComplete;
  return element;
}
