import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryClient, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, withMoreCourses, type Seed } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, STORY_NOW, STORY_TODAY } from './story-stage.js';

interface RollupArgs {
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  /** The data; default the demo's seed with twelve more courses, so some course figures show. */
  seed?: () => Seed;
  period?: string;
  fault?: TransportFault;
  timeoutMs?: number;
}

/** Six offers of the seed's 31 have reviews or courses: the table stays a screen or two long. */
function scenario(options: Scenario): (args: RollupArgs) => TemplateResult {
  return (args) => {
    const seed = options.seed ? options.seed() : withMoreCourses(buildSeed(STORY_TODAY), STORY_TODAY);
    const { client, transport } = createMemoryClient({ seed, retries: 0, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    if (options.fault) transport.inject(options.fault, { times: 1 });
    return html`
      <uf-provider .client=${client} lang=${args.lang}>
        <uf-criteria-rollup .now=${STORY_NOW} heading-level=${args.headingLevel} period=${ifDefined(options.period)}></uf-criteria-rollup>
      </uf-provider>
    `;
  };
}

const meta: Meta<RollupArgs> = {
  title: 'Widgets/Criteria roll-up (for leaders)',
  component: 'uf-criteria-rollup',
  args: { lang: 'da', headingLevel: 2 },
  argTypes: {
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<RollupArgs>;

export const Overview: Story = { name: 'Overview (some course figures shown)', render: scenario({}) };

export const TooFewCourses: Story = {
  name: 'Too few courses (the demo’s five: every course figure suppressed)',
  render: scenario({ seed: () => buildSeed(STORY_TODAY) }),
};

export const HalfYear: Story = { name: 'A half-year', render: scenario({ period: '2026-H2' }) };

export const Empty: Story = { name: 'Empty (nothing in the period)', render: scenario({ period: '2025-H1', seed: () => buildSeed('2029-06-01') }) };

export const Loading: Story = { render: scenario({ fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ fault: { kind: 'status', status: 503 } }) };

export const MalformedResponse: Story = { render: scenario({ fault: { kind: 'body', body: JSON.stringify({ rows: 'none' }) } }) };

export const English: Story = { args: { lang: 'en' }, render: scenario({}) };
