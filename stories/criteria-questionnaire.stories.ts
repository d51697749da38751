import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryClient, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import type { QuestionnaireLayout, UfCriteriaQuestionnaire } from '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, STORY_TODAY } from './story-stage.js';

interface QuestionnaireArgs {
  lang: 'da' | 'en';
  layout: QuestionnaireLayout;
  headingLevel: number;
}

type Transport = ReturnType<typeof createMemoryClient>['transport'];

interface Scenario {
  /** The course, or an offer's id with `offer: true`. */
  subject: string;
  offer?: boolean;
  /** The summary instead of the questionnaire. */
  summary?: boolean;
  /** Answer matching requests with this fault (`times` defaults to once). */
  fault?: TransportFault;
  faultRule?: { method?: string; times?: number };
  /** Runs once the questionnaire has loaded, to act out what happens next. */
  afterLoad?: (element: UfCriteriaQuestionnaire, transport: Transport) => void;
}

/** One scenario on the SDK's in-memory transport: no server needed. */
function scenario(options: Scenario): (args: QuestionnaireArgs) => TemplateResult {
  return (args) => {
    const { client, transport } = createMemoryClient({ seed: buildSeed(STORY_TODAY), retries: 0 });
    if (options.fault) transport.inject(options.fault, { times: 1, ...options.faultRule });
    let acted = false;
    const onLoaded = (event: Event): void => {
      if (acted || !options.afterLoad) return;
      acted = true;
      options.afterLoad(event.target as UfCriteriaQuestionnaire, transport);
    };
    const kind = options.offer ? 'offer' : undefined;
    const course = options.offer ? undefined : options.subject;
    const subject = options.offer ? options.subject : undefined;
    // In a div, as in a portal page: the story tests look for the widget inside what renders.
    return options.summary
      ? html`<div><uf-criteria-summary .client=${client} course=${ifDefined(course)} subject-kind=${ifDefined(kind)} subject=${ifDefined(subject)} lang=${args.lang} heading-level=${args.headingLevel}></uf-criteria-summary></div>`
      : html`<div><uf-criteria-questionnaire
          .client=${client}
          course=${ifDefined(course)}
          subject-kind=${ifDefined(kind)}
          subject=${ifDefined(subject)}
          lang=${args.lang}
          layout=${args.layout}
          heading-level=${args.headingLevel}
          @uf-questionnaire-loaded=${onLoaded}
        ></uf-criteria-questionnaire></div>`;
  };
}

const click = async (element: UfCriteriaQuestionnaire, selector: string) => {
  await element.updateComplete;
  element.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
};

const meta: Meta<QuestionnaireArgs> = {
  title: 'Widgets/Strategiske kriterier',
  component: 'uf-criteria-questionnaire',
  args: { lang: 'da', layout: 'all', headingLevel: 2 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['all', 'one'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<QuestionnaireArgs>;

export const CourseAllOnOnePage: Story = { name: 'Course: all criteria on one page', render: scenario({ subject: seedCourseIds.contactAway }) };

export const OneCriterionAtATime: Story = {
  name: 'Course: one criterion at a time',
  args: { layout: 'one' },
  render: scenario({ subject: seedCourseIds.contactAway }),
};

export const OfferReview: Story = { name: 'Offer review (Fodbold med følgeskab)', render: scenario({ subject: 'o-klub', offer: true }) };

export const MissingAnswers: Story = {
  name: 'Submitted with answers missing',
  render: scenario({ subject: seedCourseIds.contactAway, afterLoad: (element) => void click(element, '[part~="submit-button"]') }),
};

export const NotSavedYet: Story = {
  name: 'Not saved yet (server unreachable)',
  render: scenario({
    subject: seedCourseIds.contactAway,
    fault: { kind: 'network' },
    faultRule: { method: 'PUT', times: 1_000 },
    afterLoad: (element) => void click(element, '[name="rating-relations-non-professionals"]'),
  }),
};

export const LoadError: Story = { name: 'Loading failed', render: scenario({ subject: seedCourseIds.contactAway, fault: { kind: 'status', status: 503 } }) };

export const English: Story = { args: { lang: 'en' }, render: scenario({ subject: seedCourseIds.steady }) };

export const Summary: Story = { name: 'Summary: two rounds (Amalie)', render: scenario({ subject: seedCourseIds.steady, summary: true }) };

export const SummaryFirstRound: Story = {
  name: 'Summary: first round, "ved ikke" left out (psychologist offer)',
  render: scenario({ subject: 'o-psykolog', offer: true, summary: true }),
};

export const SummaryNoRounds: Story = { name: 'Summary: no rounds yet', render: scenario({ subject: seedCourseIds.contactAway, summary: true }) };
