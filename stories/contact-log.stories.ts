import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { MemoryTransport, TransportFault } from '@ungeforlob/sdk';
import { seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { click, LANGUAGE_AND_HEADING, memoryStage, STORY_NOW } from './story-stage.js';
import type { ContactLogMode, UfContactLog } from '@ungeforlob/elements';

interface ContactLogArgs {
  mode: ContactLogMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  /** The course; Amalie's (a kept rhythm) by default. */
  course?: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  timeoutMs?: number;
  /** Also the course's contact card beside the log, on the same client. */
  withCard?: boolean;
  /** Runs once the log has loaded, to act out what happens next. */
  afterLoad?: (log: UfContactLog, transport: MemoryTransport) => void | Promise<void>;
}

function scenario(options: Scenario): (args: ContactLogArgs) => TemplateResult {
  return (args) => {
    const { client, onLoaded } = memoryStage<UfContactLog>({ ...options, audience: args.mode === 'youth' ? 'youth' : 'staff' });
    return html`
      <uf-provider .client=${client} course=${options.course ?? seedCourseIds.steady} lang=${args.lang}>
        <uf-contact-log .now=${STORY_NOW} mode=${args.mode} heading-level=${args.headingLevel} @uf-contact-log-loaded=${onLoaded}></uf-contact-log>
        ${options.withCard ? html`<uf-contact-card .now=${STORY_NOW} mode=${args.mode} heading-level=${args.headingLevel}></uf-contact-card>` : ''}
      </uf-provider>
    `;
  };
}

/** The contact person opens quick entry, picks a walk, and sends it without a time: the missing part is said at its field. */
async function quickEntry(log: UfContactLog): Promise<void> {
  await log.updateComplete;
  click(log, log.copy.staff.logButton);
  await log.updateComplete;
  log.shadowRoot!.querySelector<HTMLInputElement>('#log-channel input[value="walk"]')?.click();
  const at = log.shadowRoot!.querySelector<HTMLInputElement>('#log-at')!;
  at.value = '';
  at.dispatchEvent(new Event('input'));
  await log.updateComplete;
  click(log, log.copy.staff.submitLog);
}

/** Logging a contact meets a server error: what was typed stays, with Prøv igen. */
async function logFails(log: UfContactLog, transport: MemoryTransport): Promise<void> {
  await log.updateComplete;
  click(log, log.copy.staff.logButton);
  await log.updateComplete;
  log.shadowRoot!.querySelector<HTMLInputElement>('#log-channel input[value="phone"]')?.click();
  const note = log.shadowRoot!.querySelector<HTMLTextAreaElement>('#log-note')!;
  note.value = 'Talte om at starte i praktik efter jul';
  note.dispatchEvent(new Event('input'));
  await log.updateComplete;
  transport.inject({ kind: 'status', status: 503 }, { times: 1, method: 'PUT' });
  click(log, log.copy.staff.submitLog);
}

/** The contact person opens the rhythm form. */
async function changeRhythm(log: UfContactLog): Promise<void> {
  await log.updateComplete;
  click(log, log.copy.staff.rhythmButton(true));
}

const meta: Meta<ContactLogArgs> = {
  title: 'Widgets/Contact log (kontaktlog)',
  component: 'uf-contact-log',
  args: { mode: 'staff', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['staff', 'youth'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<ContactLogArgs>;

export const Staff: Story = { name: 'Staff: the rhythm is kept', render: scenario({}) };

export const BrokenRhythm: Story = { name: 'Staff: a broken rhythm and two no-shows', render: scenario({ course: seedCourseIds.contactAway }) };

export const QuickEntry: Story = { name: 'Logging a contact: what is missing', render: scenario({ afterLoad: quickEntry }) };

export const LogFailed: Story = { name: 'Logging a contact fails', render: scenario({ afterLoad: logFails }) };

export const Rhythm: Story = { name: 'Changing the agreed rhythm', render: scenario({ afterLoad: changeRhythm }) };

export const NothingLogged: Story = { name: 'Staff: nothing logged yet', render: scenario({ course: seedCourseIds.noContact }) };

export const WithCard: Story = {
  name: 'With the contact card: last and next contact',
  render: scenario({ course: seedCourseIds.contactAway, withCard: true }),
};

export const Youth: Story = { name: 'The young person', args: { mode: 'youth' }, render: scenario({}) };

export const YouthEmpty: Story = { name: 'The young person, nothing logged', args: { mode: 'youth' }, render: scenario({ course: seedCourseIds.noContact }) };

export const Loading: Story = { render: scenario({ fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ fault: { kind: 'status', status: 500 } }) };

export const MalformedResponse: Story = {
  render: scenario({ fault: { kind: 'body', body: JSON.stringify({ courseId: 'c-1', rhythm: null, entries: [{ id: 'k-1', at: 'yesterday' }] }) } }),
};

export const English: Story = { args: { lang: 'en' }, render: scenario({ course: seedCourseIds.contactAway }) };
