import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as contactStories from '../../stories/contact-card.stories.js';
import * as planStories from '../../stories/plan.stories.js';
import * as questionnaireStories from '../../stories/criteria-questionnaire.stories.js';
import * as progressionStories from '../../stories/progression.stories.js';

/** A story module as these tests use it: a meta with args, and stories with args and a render. */
interface StoryModule {
  default: { args?: Record<string, unknown> };
  [name: string]: unknown;
}
interface RenderableStory {
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
}

function loadedAndNotBusy(root: ShadowRoot): boolean {
  const body = root.querySelector('.body');
  return body?.getAttribute('aria-busy') === 'false' && body.childElementCount > 0;
}

const loadingShown = (root: ShadowRoot): boolean =>
  root.querySelector('.body')?.getAttribute('aria-busy') === 'true' && root.querySelector('[role="status"]')?.textContent !== '';
const saveProblemShown = (root: ShadowRoot): boolean => root.querySelector('[part="save-problem"]') !== null;
const formProblemsShown = (root: ShadowRoot): boolean => (root.querySelector('.plan-form .form-alerts')?.textContent ?? '').trim() !== '';

/** Renders every story of a module, waits until it has settled, and runs axe on it. */
function storySuite(
  title: string,
  stories: StoryModule,
  tag: string,
  expectedNames: string[],
  settledWhen: Record<string, (root: ShadowRoot) => boolean>,
): void {
  const storyNames = Object.keys(stories).filter((name) => name !== 'default');
  describe(title, () => {
    it('exports a story for every state the brief names', () => {
      expect(storyNames).to.have.members(expectedNames);
    });

    for (const name of storyNames) {
      it(`${name} renders, settles and is axe clean`, async () => {
        const story = stories[name] as RenderableStory;
        const args = { ...stories.default.args, ...story.args } as never;
        const template = story.render!(args, {} as never) as TemplateResult;
        const wrapper = await fixture<HTMLElement>(template);
        const widget = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
        const settled = settledWhen[name] ?? loadedAndNotBusy;
        await waitUntil(() => widget.shadowRoot && settled(widget.shadowRoot), `${name} did not settle`);
        await widget.updateComplete;
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}

storySuite(
  'contact card stories',
  contactStories,
  'uf-contact-card',
  ['Staff', 'Youth', 'AwayTodayDeputyFirst', 'Aftercare', 'ManyHandovers', 'Empty', 'Loading', 'ServerError', 'MalformedResponse', 'Conflict', 'English'],
  { Loading: loadingShown, Conflict: saveProblemShown },
);

storySuite(
  'plan stories',
  planStories,
  'uf-plan',
  [
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
  ],
  {
    Loading: loadingShown,
    Conflict: saveProblemShown,
    YouthCommentConflict: saveProblemShown,
    StaffAddEffortProblems: formProblemsShown,
    StaffEffortEditConflict: saveProblemShown,
  },
);

const missingShown = (root: ShadowRoot): boolean => root.querySelector('[part="missing"]') !== null;
const notSavedShown = (root: ShadowRoot): boolean => (root.querySelector('[part="save-status"]')?.textContent ?? '').startsWith('Ikke gemt endnu');

storySuite(
  'criteria questionnaire stories',
  questionnaireStories,
  'uf-criteria-questionnaire, uf-criteria-summary',
  [
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
  { MissingAnswers: missingShown, NotSavedYet: notSavedShown },
);

storySuite(
  'progression stories',
  progressionStories,
  'uf-progression',
  ['Overview', 'Disagreement', 'Passivity', 'NoReadings', 'RateAsYouth', 'RateAsProfessional', 'LoadError', 'English'],
  {},
);
