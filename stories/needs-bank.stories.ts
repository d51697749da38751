import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MemoryTransport, TransportFault } from '@ungeforlob/sdk';
import { seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { click, LANGUAGE_AND_HEADING, memoryStage, STORY_NOW } from './story-stage.js';
import type { NeedsBankMode, UfNeedsBank } from '@ungeforlob/elements';

interface NeedsBankArgs {
  mode: NeedsBankMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  /** The course of the team's and the young person's view; Amalie's by default. */
  course?: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  timeoutMs?: number;
  seed?: (seed: Seed) => Seed;
  /** Runs once the needs have loaded, to act out what happens next. */
  afterLoad?: (bank: UfNeedsBank, transport: MemoryTransport) => void | Promise<void>;
}

function scenario(options: Scenario): (args: NeedsBankArgs) => TemplateResult {
  return (args) => {
    const { client, onLoaded } = memoryStage<UfNeedsBank>({ ...options, audience: args.mode === 'youth' ? 'youth' : 'staff' });
    const course = args.mode === 'bank' ? undefined : (options.course ?? seedCourseIds.steady);
    return html`
      <uf-provider .client=${client} course=${ifDefined(course)} lang=${args.lang}>
        <uf-needs-bank .now=${STORY_NOW} mode=${args.mode} heading-level=${args.headingLevel} @uf-needs-loaded=${onLoaded}></uf-needs-bank>
      </uf-provider>
    `;
  };
}

/** The contact person opens the share form and sends it empty: every missing part is said at its field. */
async function shareWithNothing(bank: UfNeedsBank): Promise<void> {
  await bank.updateComplete;
  click(bank, bank.copy.team.shareButton);
  await bank.updateComplete;
  click(bank, bank.copy.team.submitShare);
}

/** Taking the proposal into the plan meets a server error. */
async function acceptFails(bank: UfNeedsBank, transport: MemoryTransport): Promise<void> {
  await bank.updateComplete;
  transport.inject({ kind: 'status', status: 503 }, { times: 1, method: 'PUT' });
  click(bank, bank.copy.team.accept);
}

/** A professional of another team starts a proposal for the first need. */
async function startProposal(bank: UfNeedsBank): Promise<void> {
  await bank.updateComplete;
  click(bank, bank.copy.bank.proposeButton);
}

const meta: Meta<NeedsBankArgs> = {
  title: 'Widgets/Needs bank (behovsbanken)',
  component: 'uf-needs-bank',
  args: { mode: 'team', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['team', 'bank', 'youth'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<NeedsBankArgs>;

export const Team: Story = { name: "The course's team: a need with a proposal", render: scenario({}) };

export const TeamSharing: Story = { name: 'Sharing a need: what is missing', render: scenario({ afterLoad: shareWithNothing }) };

export const TeamWriteFailed: Story = { name: 'Taking a proposal in fails', render: scenario({ afterLoad: acceptFails }) };

export const Bank: Story = { name: 'Another team: the open needs', args: { mode: 'bank' }, render: scenario({}) };

export const BankProposing: Story = { name: 'Another team: proposing an offer', args: { mode: 'bank' }, render: scenario({ afterLoad: startProposal }) };

export const Youth: Story = { name: 'The young person', args: { mode: 'youth' }, render: scenario({ course: seedCourseIds.manyHandovers }) };

export const YouthEmpty: Story = { name: 'The young person, nothing shared', args: { mode: 'youth' }, render: scenario({ course: seedCourseIds.contactAway }) };

export const BankEmpty: Story = { name: 'Another team: no open needs', args: { mode: 'bank' }, render: scenario({ seed: (seed) => ({ ...seed, needs: {} }) }) };

export const Loading: Story = { render: scenario({ fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ fault: { kind: 'status', status: 500 } }) };

export const MalformedResponse: Story = {
  render: scenario({ fault: { kind: 'body', body: JSON.stringify({ courseId: 'c-1', needs: [{ id: 'n-1', text: 42 }] }) } }),
};

export const English: Story = { args: { lang: 'en' }, render: scenario({}) };
