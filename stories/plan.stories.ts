import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMemoryClient, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, offerCatalogue, seedCourseIds } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import type { PlanMode, UfPlan } from '@ungeforlob/elements';
import { LANGUAGE_AND_HEADING, STORY_NOW, STORY_TODAY } from './story-stage.js';

interface PlanArgs {
  mode: PlanMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

type Transport = ReturnType<typeof createMemoryClient>['transport'];

interface Scenario {
  course: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  timeoutMs?: number;
  /** Leave the course without a plan (the empty state). */
  withoutPlan?: boolean;
  /** Runs once the plan has loaded, to act out what happens next. */
  afterLoad?: (plan: UfPlan, transport: Transport) => void;
}

/** One scenario of the plan, driven by the SDK's in-memory transport: no server needed. */
function scenario(options: Scenario): (args: PlanArgs) => TemplateResult {
  return (args) => {
    const seed = buildSeed(STORY_TODAY);
    if (options.withoutPlan) delete seed.plans[options.course];
    const { client, transport } = createMemoryClient({ seed, retries: 0, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    if (options.fault) transport.inject(options.fault, { times: 1 });
    let acted = false;
    const onLoaded = (event: Event): void => {
      if (acted || !options.afterLoad) return;
      acted = true;
      options.afterLoad(event.target as UfPlan, transport);
    };
    return html`
      <uf-provider .client=${client} course=${options.course} lang=${args.lang}>
        <uf-plan .now=${STORY_NOW} .offers=${offerCatalogue} mode=${args.mode} heading-level=${args.headingLevel} author-name="Jonas Kragh" @uf-plan-loaded=${onLoaded}></uf-plan>
      </uf-provider>
    `;
  };
}

/** Another professional pauses the internship; meanwhile this one writes a learning note and saves. */
async function conflictingNote(plan: UfPlan, transport: Transport): Promise<void> {
  transport.changePlan(seedCourseIds.steady, (stored) => {
    stored.efforts[0]!.status = 'paused';
  });
  await plan.updateComplete;
  const root = plan.shadowRoot!;
  const textarea = root.querySelector<HTMLTextAreaElement>('#note-text');
  if (!textarea) return;
  textarea.value = 'Hun vil helst mødes om formiddagen.';
  textarea.dispatchEvent(new Event('input'));
  await plan.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')?.click();
}

/** A professional opens the form to add an effort and tries to save it before filling it in. */
async function effortFormWithProblems(plan: UfPlan): Promise<void> {
  await plan.updateComplete;
  const root = plan.shadowRoot!;
  root.querySelector<HTMLButtonElement>('#add-effort')?.click();
  await plan.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  root.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')?.click();
}

/** Someone else changes how the football effort is run while this professional edits the same effort. */
async function conflictingEffortEdit(plan: UfPlan, transport: Transport): Promise<void> {
  await plan.updateComplete;
  const root = plan.shadowRoot!;
  root.querySelector<HTMLButtonElement>('#edit-effort-e-s2')?.click();
  await plan.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  const how = root.querySelector<HTMLInputElement>('#effort-how');
  if (!how) return;
  how.value = 'Maja henter ved de første fem træninger';
  how.dispatchEvent(new Event('input'));
  transport.changePlan(seedCourseIds.steady, (stored) => {
    stored.efforts[1]!.how = 'Ringer inden træning';
  });
  await plan.updateComplete;
  root.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')?.click();
}

/** A professional picks "Sat på pause" for the mentor effort and has not pressed "Gem status": it says so beside the choice, and the timeline still shows the saved status. */
async function statusPickedNotSaved(plan: UfPlan): Promise<void> {
  await plan.updateComplete;
  const select = plan.shadowRoot!.querySelector<HTMLSelectElement>('#status-e-s1');
  if (!select) return;
  select.value = 'paused';
  select.dispatchEvent(new Event('change'));
}

/** The case system refuses the status change (403): what was not saved, and no "Prøv igen" where it cannot help. */
async function refusedStatus(plan: UfPlan, transport: Transport): Promise<void> {
  await statusPickedNotSaved(plan);
  transport.inject({ kind: 'status', status: 403 }, { method: 'PUT', times: 1 });
  await plan.updateComplete;
  plan.shadowRoot!.querySelector<HTMLButtonElement>('#status-e-s1 ~ [part~="save-status-button"]')?.click();
}

/** The young person's comment was changed on another device; they save their own text. */
async function conflictingComment(plan: UfPlan, transport: Transport): Promise<void> {
  transport.changePlan(seedCourseIds.manyHandovers, (stored) => {
    stored.youthComment = { text: 'Skrevet på telefonen.', changedAt: '2026-11-24T08:00:00Z' };
  });
  await plan.updateComplete;
  const root = plan.shadowRoot!;
  const textarea = root.querySelector<HTMLTextAreaElement>('#comment-text');
  if (!textarea) return;
  textarea.value = 'Jeg vil gerne have én mentor.';
  textarea.dispatchEvent(new Event('input'));
  await plan.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="save-comment-button"]')?.click();
}

const meta: Meta<PlanArgs> = {
  title: 'Widgets/Plan (én plan)',
  component: 'uf-plan',
  args: { mode: 'staff', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['youth', 'staff'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<PlanArgs>;

const youth = { mode: 'youth' } as const;

export const StaffCalm: Story = { name: 'Staff: calm plan (Amalie)', render: scenario({ course: seedCourseIds.steady }) };
export const YouthCalm: Story = { name: 'Youth: calm plan (Amalie)', args: youth, render: scenario({ course: seedCourseIds.steady }) };

export const StaffOverdueAndTransition: Story = { name: 'Staff: overdue + transition ahead (Mikkel)', render: scenario({ course: seedCourseIds.contactAway }) };
export const YouthOverdueAndTransition: Story = { name: 'Youth: Mikkel', args: youth, render: scenario({ course: seedCourseIds.contactAway }) };

export const StaffNoCommunityGoal: Story = { name: 'Staff: no community goal + unlinked effort (Noah)', render: scenario({ course: seedCourseIds.noContact }) };
export const YouthNoCommunityGoal: Story = { name: 'Youth: Noah', args: youth, render: scenario({ course: seedCourseIds.noContact }) };

export const StaffDoubleOffer: Story = { name: 'Staff: double offer + follow-up waiting (Freja)', render: scenario({ course: seedCourseIds.manyHandovers }) };
export const YouthDoubleOffer: Story = { name: 'Youth: Freja', args: youth, render: scenario({ course: seedCourseIds.manyHandovers }) };

export const StaffEnded: Story = { name: 'Staff: ended course (Sara)', render: scenario({ course: seedCourseIds.aftercare }) };
export const YouthEnded: Story = { name: 'Youth: ended course (Sara)', args: youth, render: scenario({ course: seedCourseIds.aftercare }) };

export const Loading: Story = { render: scenario({ course: seedCourseIds.steady, fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const Empty: Story = { name: 'Empty (no plan yet)', render: scenario({ course: seedCourseIds.noContact, withoutPlan: true }) };

export const ServerError: Story = { render: scenario({ course: seedCourseIds.steady, fault: { kind: 'status', status: 500 } }) };

export const Conflict: Story = {
  name: 'Conflict (someone else changed the plan)',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (plan, transport) => void conflictingNote(plan, transport) }),
};

export const YouthCommentConflict: Story = {
  name: 'Youth: comment conflict',
  args: youth,
  render: scenario({ course: seedCourseIds.manyHandovers, afterLoad: (plan, transport) => void conflictingComment(plan, transport) }),
};

export const StaffAddEffortProblems: Story = {
  name: 'Staff: add an effort, problems shown',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (plan) => void effortFormWithProblems(plan) }),
};

export const StaffEffortEditConflict: Story = {
  name: 'Staff: edit conflict on the same effort',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (plan, transport) => void conflictingEffortEdit(plan, transport) }),
};

export const StaffStatusNotSaved: Story = {
  name: 'Staff: status picked, not saved yet',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (plan) => void statusPickedNotSaved(plan) }),
};

export const StaffSaveRefused: Story = {
  name: 'Staff: save refused (403)',
  render: scenario({ course: seedCourseIds.steady, afterLoad: (plan, transport) => void refusedStatus(plan, transport) }),
};

export const English: Story = { args: { lang: 'en' }, render: scenario({ course: seedCourseIds.manyHandovers }) };
export const EnglishYouth: Story = { name: 'English (youth)', args: { lang: 'en', mode: 'youth' }, render: scenario({ course: seedCourseIds.contactAway }) };
