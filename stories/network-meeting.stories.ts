import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addDays, applyMeetingEdit, type MeetingDecision, type MeetingEdit, type MemoryTransport, type TransportFault } from '@ungeforlob/sdk';
import { seedCourseIds, seedOffers, type Seed } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements';
import { click, LANGUAGE_AND_HEADING, memoryStage, STORY_NOW, STORY_TODAY, type } from './story-stage.js';
import type { NetworkMeetingMode, UfNetworkMeeting } from '@ungeforlob/elements';

interface NetworkMeetingArgs {
  mode: NetworkMeetingMode;
  lang: 'da' | 'en';
  headingLevel: number;
}

interface Scenario {
  /** The course; Freja's (two held meetings and the next one planned) by default. */
  course?: string;
  /** The meeting the staff view opens with, if not the next planned one. */
  meeting?: string;
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault;
  timeoutMs?: number;
  seed?: (seed: Seed) => Seed;
  /** Runs once the meetings have loaded, to act out what happens next. */
  afterLoad?: (meeting: UfNetworkMeeting, transport: MemoryTransport) => void | Promise<void>;
}

function scenario(options: Scenario): (args: NetworkMeetingArgs) => TemplateResult {
  return (args) => {
    const { client, onLoaded } = memoryStage<UfNetworkMeeting>({ ...options, audience: args.mode === 'youth' ? 'youth' : 'staff' });
    return html`
      <uf-provider .client=${client} course=${options.course ?? seedCourseIds.manyHandovers} lang=${args.lang}>
        <uf-network-meeting
          .now=${STORY_NOW}
          mode=${args.mode}
          meeting=${ifDefined(options.meeting)}
          heading-level=${args.headingLevel}
          @uf-meetings-loaded=${onLoaded}
        ></uf-network-meeting>
      </uf-provider>
    `;
  };
}

/** Freja's next meeting (m-h3, in a week) in the seed, changed by `edits` as the coordinator would have. */
function nextMeetingWith(...edits: ((seed: Seed) => MeetingEdit)[]): (seed: Seed) => Seed {
  return (seed) => {
    const meetings = seed.meetings[seedCourseIds.manyHandovers]!;
    const index = meetings.findIndex((meeting) => meeting.id === 'm-h3');
    for (const edit of edits) meetings[index] = { ...meetings[index]!, ...applyMeetingEdit(meetings[index]!, edit(seed)) };
    return seed;
  };
}

/** The responsible person of one of Freja's efforts in the seed's plan: Peter (e-h1, job mentor) or Karin (e-h2). */
function responsibleFor(seed: Seed, effortId: string) {
  return seed.plans[seedCourseIds.manyHandovers]!.efforts.find((effort) => effort.id === effortId)!.responsible;
}

/** A visit to two pet shops, on the job mentor's effort (Peter's). */
function shopVisit(seed: Seed): MeetingDecision {
  return {
    id: 'd-s1',
    action: 'Besøge to dyrehandler',
    how: 'Peter og Freja tager derhen sammen',
    owner: responsibleFor(seed, 'e-h1'),
    due: addDays(STORY_TODAY, 14),
    effortId: 'e-h1',
    status: 'proposed',
    inPlan: false,
    followUp: 'open',
  };
}

/** Agreed and in the plan: the job mentor's next action is this decision, as agreeing makes it. */
const visitShops = (seed: Seed): MeetingEdit => {
  const decision: MeetingDecision = { ...shopVisit(seed), status: 'agreed', inPlan: true };
  seed.plans[seedCourseIds.manyHandovers]!.efforts.find((effort) => effort.id === 'e-h1')!.nextAction = {
    text: `${decision.action} – ${decision.how}`,
    due: decision.due,
    responsible: decision.owner,
  };
  return { kind: 'decision', decision };
};

/** Agreed, but not in the plan yet (the plan could not be saved at the time). */
const oneMentor = (seed: Seed): MeetingEdit => ({
  kind: 'decision',
  decision: {
    id: 'd-s2',
    action: 'Vælge én mentor',
    how: 'Freja taler med Peter og Karin og vælger selv',
    owner: responsibleFor(seed, 'e-h2'),
    due: addDays(STORY_TODAY, 21),
    effortId: 'e-h2',
    status: 'agreed',
    inPlan: false,
    followUp: 'open',
  },
});

/** Proposed, not agreed yet: a new planned effort. */
const internship = (seed: Seed): MeetingEdit => ({
  kind: 'decision',
  decision: {
    id: 'd-s3',
    action: 'Starte i praktik i en dyrehandel',
    how: 'Peter aftaler to uger med butikken',
    owner: responsibleFor(seed, 'e-h1'),
    due: addDays(STORY_TODAY, 28),
    effortId: 'e-s3',
    newEffort: { offer: seedOffers.internship, goalIds: ['g-h1'] },
    status: 'proposed',
    inPlan: false,
    followUp: 'open',
  },
});

/** Proposed, not agreed yet: the visit, agreed in the conflict story. */
const proposedVisit = (seed: Seed): MeetingEdit => ({ kind: 'decision', decision: shopVisit(seed) });

/** The plan loads beside the meetings: wait until the meeting is shown with what the plan adds, or, without meetings, the first one can be planned. */
async function planArrived(meeting: UfNetworkMeeting, selector = '[part~="lifeGoalChanged"], [part~="planWarning"]'): Promise<void> {
  for (let tries = 0; tries < 250 && !meeting.shadowRoot?.querySelector(selector); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await meeting.updateComplete;
}

/** The coordinator opens "Tilføj beslutning", writes what was decided, and sends it: the missing parts are said at their fields. */
async function decisionMissing(meeting: UfNetworkMeeting): Promise<void> {
  await planArrived(meeting);
  click(meeting, meeting.copy.staff.addDecision);
  await meeting.updateComplete;
  await type(meeting, '#decision-action', 'Vælge én mentor');
  meeting.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
}

/** The coordinator records that Karin takes over as contact person: it waits for the meeting to be held. */
async function recordHandover(meeting: UfNetworkMeeting): Promise<void> {
  await planArrived(meeting);
  click(meeting, meeting.copy.staff.recordHandover);
  await meeting.updateComplete;
  await type(meeting, '#handover-person', 'pa-karin');
  await type(meeting, '#handover-phone', '21 43 65 87');
  meeting.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
}

/** Karin changes the plan while the meeting agrees a decision: the decision is kept as agreed, and the plan's change is said. */
async function planChangedMeanwhile(meeting: UfNetworkMeeting, transport: MemoryTransport): Promise<void> {
  await planArrived(meeting);
  transport.changePlan(seedCourseIds.manyHandovers, (plan) => {
    plan.efforts.find((effort) => effort.id === 'e-h2')!.how = 'Karin og Freja mødes hver tirsdag';
    plan.revisions.push({
      number: plan.revisions.length + 1,
      at: new Date(STORY_NOW.getTime() - 5 * 60_000).toISOString(),
      by: { role: 'professional', name: 'Karin Vestergaard' },
      changes: [{ target: 'effort', targetId: 'e-h2', action: 'changed' }],
    });
  });
  click(meeting, meeting.copy.staff.agree('Besøge to dyrehandler'));
}

/** Adding a point for the agenda meets a server error: what was typed stays, with Prøv igen. */
async function pointFails(meeting: UfNetworkMeeting, transport: MemoryTransport): Promise<void> {
  await planArrived(meeting);
  click(meeting, meeting.copy.staff.addPoint);
  await meeting.updateComplete;
  await type(meeting, '#point-text', 'Hvornår starter praktikken?');
  transport.inject({ kind: 'status', status: 503 }, { times: 1, method: 'PUT' });
  meeting.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
}

/** A course with no meetings yet: the coordinator opens "Planlæg et netværksmøde". */
async function planFirst(meeting: UfNetworkMeeting): Promise<void> {
  await planArrived(meeting, '[data-action="plan-meeting"]');
  click(meeting, meeting.copy.staff.planFirst);
}

const meta: Meta<NetworkMeetingArgs> = {
  title: 'Widgets/Network meeting (netværksmøde)',
  component: 'uf-network-meeting',
  args: { mode: 'staff', lang: 'da', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['staff', 'youth'] },
    ...LANGUAGE_AND_HEADING,
  },
};
export default meta;

type Story = StoryObj<NetworkMeetingArgs>;

export const Staff: Story = { name: 'Staff: the next meeting, its agenda and participants', render: scenario({}) };

export const Decisions: Story = {
  name: 'Staff: decisions proposed, agreed, and in the plan',
  render: scenario({ seed: nextMeetingWith(visitShops, oneMentor, internship) }),
};

export const DecisionForm: Story = { name: 'Adding a decision: what is missing', render: scenario({ afterLoad: decisionMissing }) };

export const Handover: Story = { name: 'Staff: a handover waiting for the meeting to be held', render: scenario({ afterLoad: recordHandover }) };

export const MinutesShared: Story = { name: 'Staff: a held meeting, its minutes shared with the young person', render: scenario({ meeting: 'm-h2' }) };

export const PlanConflict: Story = {
  name: 'Agreeing a decision: someone changed the plan meanwhile',
  render: scenario({ seed: nextMeetingWith(proposedVisit), afterLoad: planChangedMeanwhile }),
};

export const WriteFailed: Story = { name: 'Adding a point fails', render: scenario({ afterLoad: pointFails }) };

export const NoMeetings: Story = { name: 'Staff: no meetings yet', render: scenario({ course: seedCourseIds.steady }) };

export const PlanFirst: Story = { name: 'Planning the first meeting', render: scenario({ course: seedCourseIds.steady, afterLoad: planFirst }) };

export const Youth: Story = { name: 'The young person', args: { mode: 'youth' }, render: scenario({}) };

export const YouthEmpty: Story = { name: 'The young person, no meetings yet', args: { mode: 'youth' }, render: scenario({ course: seedCourseIds.steady }) };

export const Loading: Story = { render: scenario({ fault: { kind: 'hang' }, timeoutMs: 600_000 }) };

export const ServerError: Story = { render: scenario({ fault: { kind: 'status', status: 500 } }) };

export const MalformedResponse: Story = {
  render: scenario({ fault: { kind: 'body', body: JSON.stringify({ courseId: 'c-1', meetings: [{ id: 'm-1', at: 'tomorrow' }] }) } }),
};

export const English: Story = { args: { lang: 'en' }, render: scenario({}) };
