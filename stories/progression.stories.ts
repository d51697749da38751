import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMemoryClient, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import type { ProgressionMode } from '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, STORY_NOW } from './story-stage.js';

interface ProgressionArgs {
  lang: 'da' | 'en';
  mode: ProgressionMode;
  rater: 'youth' | 'professional';
  headingLevel: number;
}

/** One course on the SDK's in-memory transport: no server needed. */
function scenario(course: string, fault?: TransportFault): (args: ProgressionArgs) => TemplateResult {
  return (args) => {
    const { client, transport } = createMemoryClient({ seed: buildSeed('2026-11-24'), retries: 0 });
    if (fault) transport.inject(fault, { times: 1 });
    // In a div, as in a portal page: the story tests look for the widget inside what renders.
    return html`<div>
      <uf-progression .client=${client} .now=${STORY_NOW} course=${course} lang=${args.lang} mode=${args.mode} rater=${args.rater} heading-level=${args.headingLevel}></uf-progression>
    </div>`;
  };
}

const meta: Meta<ProgressionArgs> = {
  title: 'Widgets/Progression (den lille progression)',
  component: 'uf-progression',
  args: { lang: 'da', mode: 'overview', rater: 'professional', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['overview', 'rate'] },
    rater: { control: 'inline-radio', options: ['professional', 'youth'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<ProgressionArgs>;

export const Overview: Story = { name: 'Overview (Amalie)', render: scenario(seedCourseIds.steady) };
export const Disagreement: Story = { name: 'Disagreement (Freja)', render: scenario(seedCourseIds.manyHandovers) };
export const Passivity: Story = { name: 'Passivity (Sara)', render: scenario(seedCourseIds.aftercare) };
export const YouthOverview: Story = {
  name: 'Overview, the young person (Amalie)',
  args: { rater: 'youth' },
  render: scenario(seedCourseIds.steady),
};
export const NoReadings: Story = { name: 'No readings yet (Noah)', render: scenario(seedCourseIds.noContact) };
export const RateAsYouth: Story = { name: 'Rating, the young person', args: { mode: 'rate', rater: 'youth' }, render: scenario(seedCourseIds.steady) };
export const RateAsProfessional: Story = { name: 'Rating, the professional', args: { mode: 'rate' }, render: scenario(seedCourseIds.steady) };
export const LoadError: Story = { name: 'Loading failed', render: scenario(seedCourseIds.steady, { kind: 'status', status: 503 }) };
export const English: Story = { args: { lang: 'en' }, render: scenario(seedCourseIds.manyHandovers) };
