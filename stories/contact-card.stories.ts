import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { Contact, MemoryTransport, TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, memoryStage, STORY_NOW, STORY_TODAY } from './story-stage.js';
import type { ContactCardMode, UfContactCard } from '@ungeforlob/elements';

interface CardArgs {
  mode: ContactCardMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  course: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  /** Milliseconds before the client gives up; long for the loading story. */
  timeoutMs?: number;
  /** Runs once the card has loaded, with the transport, to act out what happens next. */
  afterLoad?: (card: UfContactCard, transport: MemoryTransport) => void;
}

/** One scenario of the card, driven by the SDK's in-memory transport: no server needed. */
function scenario(options: Scenario): (args: CardArgs) => TemplateResult {
  return (args) => {
    const { client, onLoaded } = memoryStage<UfContactCard>({ ...options, audience: 'staff' });
    return html`
      <uf-provider .client=${client} course=${options.course} lang=${args.lang}>
        <uf-contact-card .now=${STORY_NOW} mode=${args.mode} heading-level=${args.headingLevel} @uf-contact-loaded=${onLoaded}></uf-contact-card>
      </uf-provider>
    `;
  };
}

/** The contact as the seed serves it, with one field removed: the server broke the contract. */
function contactWithout(field: keyof Contact): string {
  const contact: Partial<Contact> = structuredClone(buildSeed(STORY_TODAY).contacts[seedCourseIds.steady]!);
  delete contact[field];
  return JSON.stringify(contact);
}

/** Another professional sets e-mail; meanwhile the young person picks "Gåtur" and saves. */
async function conflictingChoice(card: UfContactCard, transport: MemoryTransport): Promise<void> {
  transport.changeContact(seedCourseIds.steady, (contact) => {
    contact.preferredChannel = 'email';
  });
  await card.updateComplete;
  card.shadowRoot?.querySelector<HTMLInputElement>('input[name="preferred-channel"][value="walk"]')?.click();
  await card.updateComplete;
  card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
}

/** The young person picks "Gåtur" and saves, and the case system refuses them (403): no "Prøv igen", only undo. */
async function refusedChoice(card: UfContactCard, transport: MemoryTransport): Promise<void> {
  transport.inject({ kind: 'status', status: 403 }, { method: 'PATCH', times: 1 });
  await card.updateComplete;
  card.shadowRoot?.querySelector<HTMLInputElement>('input[name="preferred-channel"][value="walk"]')?.click();
  await card.updateComplete;
  card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
}

const meta: Meta<CardArgs> = {
  title: 'Widgets/Contact card (kontaktperson)',
  component: 'uf-contact-card',
  args: { mode: 'youth', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['youth', 'staff'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Staff: Story = { args: { mode: 'staff' }, render: scenario({ course: seedCourseIds.steady }) };

export const Youth: Story = { render: scenario({ course: seedCourseIds.steady }) };

export const AwayTodayDeputyFirst: Story = { name: 'Away today (deputy first)', render: scenario({ course: seedCourseIds.contactAway }) };

export const Aftercare: Story = { name: 'Aftercare (efterværn)', render: scenario({ course: seedCourseIds.aftercare }) };

export const ManyHandovers: Story = { render: scenario({ course: seedCourseIds.manyHandovers }) };

export const Empty: Story = { name: 'Empty (no contact yet)', render: scenario({ course: seedCourseIds.noContact }) };

export const Loading: Story = { render: scenario({ course: seedCourseIds.steady, fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ course: seedCourseIds.steady, fault: { kind: 'status', status: 500 } }) };

export const MalformedResponse: Story = {
  args: { mode: 'staff' },
  render: scenario({ course: seedCourseIds.steady, fault: { kind: 'body', body: contactWithout('person') } }),
};

export const Conflict: Story = {
  name: 'Conflict (someone else changed it)',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (card, transport) => void conflictingChoice(card, transport) }),
};

export const SaveRefused: Story = {
  name: 'Save refused (403)',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (card, transport) => void refusedChoice(card, transport) }),
};

export const English: Story = { args: { lang: 'en' }, render: scenario({ course: seedCourseIds.contactAway }) };
