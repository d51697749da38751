import { html, nothing, type TemplateResult } from 'lit';
import {
  danishToday,
  meetingAgenda,
  previousMeeting,
  type AgendaEntry,
  type MeetingDecision,
  type NetworkMeeting,
  type Participant,
  type Plan,
  type PlanFacts,
} from '@ungeforlob/sdk';
import { formatAppointmentTime, formatDate } from '../i18n/index.js';
import { warningSentence } from '../plan/warning-sentence.js';
import { formView } from './meeting-form-views.js';
import type { MeetingFormChoices } from '@ungeforlob/sdk';
import type { MeetingViewHost } from './meeting-view-host.js';

/** What the staff view shows: the course's meetings, the one in focus, and the plan the agenda is built from. */
export interface StaffViewData {
  meetings: readonly NetworkMeeting[];
  focus: NetworkMeeting | null;
  plan: Plan | null;
  facts: PlanFacts | null;
  /** The plan could not be read (the agenda says so). */
  planFailed: boolean;
  choices: MeetingFormChoices;
}

/**
 * The coordinator's view: one meeting at a time (the next planned one, else the latest), with its
 * participants, an agenda built from the plan and the meeting before, the decisions and whether
 * the plan holds them, a handover and the minutes; the other meetings one button away.
 */
export function staffView(host: MeetingViewHost, data: StaffViewData): TemplateResult {
  const { staff } = host.copy;
  const { focus } = data;
  if (!focus)
    return html`<p class="meta">${staff.empty}</p>
      ${
        host.form?.kind === 'meeting'
          ? formView(host, host.form, null, data.choices, 1)
          : html`<div class="actions">
              <button part="button" class="primary" type="button" data-action="plan-meeting" @click=${() => host.open('meeting', '[data-action="plan-meeting"]')}>
                ${staff.planFirst}
              </button>
            </div>`
      }`;
  const when = (meeting: NetworkMeeting) => formatAppointmentTime(meeting.at, undefined, host.messages);
  const others = data.meetings.filter((meeting) => meeting.id !== focus.id);
  const planningNext = host.form?.kind === 'meeting' && host.form.isNew;
  return html`
    <section part="meeting" class="meeting" aria-labelledby="meeting-title">
      ${host.heading(1, 'meeting-title', host.copy.meetingTitle(when(focus)), undefined, true)}
      <dl class="terms">
        <div><dt>${staff.whereLabel}</dt><dd>${focus.where}</dd></div>
        <div><dt>${staff.statusLabel}</dt><dd>${staff.status[focus.status]}</dd></div>
      </dl>
      ${host.form ? nothing : host.writeProblem(false)}
      ${
        host.form?.kind === 'meeting' && !host.form.isNew
          ? formView(host, host.form, focus, data.choices, 2)
          : html`<div class="actions">
              <button part="button" type="button" data-action="edit-details" ?disabled=${host.saving || host.form !== null} @click=${() => host.open('meeting', '[data-action="edit-details"]')}>
                ${staff.editDetails}
              </button>
              ${
                focus.status === 'planned'
                  ? html`<button part="button" type="button" data-action="mark-held" ?disabled=${host.saving || host.form !== null} @click=${() => host.markHeld()}>${staff.markHeld}</button>`
                  : nothing
              }
            </div>`
      }
      ${participantsView(host, focus, data.choices)}
      ${agendaView(host, focus, data)}
      ${decisionsView(host, focus, data)}
      ${handoverView(host, focus, data.choices)}
      ${minutesView(host, focus, data.choices)}
    </section>
    <section class="next-meeting" aria-labelledby="others-title">
      ${host.heading(1, 'others-title', staff.otherMeetings)}
      ${
        planningNext
          ? formView(host, host.form, null, data.choices, 2)
          : html`<div class="actions">
              <button part="button" type="button" data-action="plan-meeting" ?disabled=${host.saving || host.form !== null} @click=${() => host.open('meeting', '[data-action="plan-meeting"]')}>
                ${staff.planNext}
              </button>
            </div>`
      }
      ${
        others.length > 0
          ? html`<ul part="other-meetings" class="plain">
              ${others.map(
                (meeting) => html`<li>
                  <button part="button" type="button" class="link" ?disabled=${host.form !== null} @click=${() => host.show(meeting.id)}>${staff.openMeeting(when(meeting))}</button>
                  <span class="meta">${staff.status[meeting.status]}</span>
                </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>
  `;
}

function addButton(host: MeetingViewHost, kind: Parameters<MeetingViewHost['open']>[0], label: string): TemplateResult {
  return html`<button part="button" type="button" data-action=${`add-${kind}`} ?disabled=${host.saving || host.form !== null} @click=${() => host.open(kind, `[data-action="add-${kind}"]`)}>
    ${label}
  </button>`;
}

function participantLine(host: MeetingViewHost, participant: Participant): string {
  const { staff } = host.copy;
  if (participant.role === 'supporter') return `${participant.name} (${staff.supporter(participant.relation)})`;
  if (participant.role === 'youth') return `${participant.name} (${staff.roles.youth})`;
  const unit = participant.unit ? `, ${participant.unit.name}` : '';
  return participant.role === 'coordinator' ? `${participant.name}${unit} (${staff.roles.coordinator})` : `${participant.name}${unit}`;
}

function participantsView(host: MeetingViewHost, meeting: NetworkMeeting, choices: MeetingFormChoices): TemplateResult {
  const { staff } = host.copy;
  return html`<section aria-labelledby="participants-title">
    ${host.heading(2, 'participants-title', staff.participantsHeading, undefined, true)}
    <ul part="participants" class="plain">
      ${meeting.participants.map(
        (participant) => html`<li class="row">
          <span>${participantLine(host, participant)}</span>
          ${
            participant.role === 'coordinator' || meeting.status === 'held'
              ? nothing
              : html`<button part="button" type="button" ?disabled=${host.saving} @click=${() => host.removeParticipant(participant.id)}>
                  ${staff.removeParticipant(participant.name)}
                </button>`
          }
        </li>`,
      )}
    </ul>
    ${
      host.form?.kind === 'participant'
        ? formView(host, host.form, meeting, choices)
        : meeting.status === 'planned'
          ? addButton(host, 'participant', staff.addParticipant)
          : nothing
    }
  </section>`;
}

function agendaView(host: MeetingViewHost, meeting: NetworkMeeting, data: StaffViewData): TemplateResult {
  const { staff } = host.copy;
  const previous = previousMeeting(data.meetings, meeting);
  // A held meeting's agenda is what it was: today's plan did not exist then.
  const planned = meeting.status === 'planned';
  const agenda = meetingAgenda(meeting, previous, planned ? data.plan : null, planned ? data.facts : null);
  return html`<section aria-labelledby="agenda-title">
    ${host.heading(2, 'agenda-title', staff.agendaHeading, undefined, true)}
    ${
      agenda.length > 0
        ? html`<ol part="agenda" class="agenda">
            ${agenda.map((entry) => {
              // The young person's own points are marked as theirs, wherever they stand.
              const kind = entry.kind === 'point' && entry.point.from === 'youth' ? 'point youth-point' : entry.kind;
              return html`<li part=${`agenda-item ${kind}`} class=${`agenda-item ${kind}`}>${agendaEntry(host, entry, previous, data.plan)}</li>`;
            })}
          </ol>`
        : html`<p class="meta">${staff.agendaEmpty}</p>`
    }
    ${
      planned && data.planFailed
        ? html`<p class="meta">${staff.planUnavailable}</p>
            <button part="button" type="button" data-action="reload-plan" @click=${() => host.reloadPlan()}>${staff.reloadPlan}</button>`
        : nothing
    }
    ${host.form?.kind === 'point' ? formView(host, host.form, meeting, data.choices) : planned ? addButton(host, 'point', staff.addPoint) : nothing}
  </section>`;
}

function agendaEntry(host: MeetingViewHost, entry: AgendaEntry, previous: NetworkMeeting | null, plan: Plan | null): unknown {
  const { staff } = host.copy;
  const date = (day: string) => formatDate(day, host.messages);
  switch (entry.kind) {
    case 'point':
      return html`<span class="label">${entry.point.from === 'youth' ? staff.youthPoint : staff.professionalPoint}:</span> ${entry.point.text}`;
    case 'lastDecision': {
      const { decision } = entry;
      const choice = (followUp: 'done' | 'notDone') => html`<button
        part="button"
        type="button"
       
        data-follow-up=${`${decision.id}:${followUp}`}
        aria-pressed=${decision.followUp === followUp ? 'true' : 'false'}
        ?disabled=${host.saving}
        @click=${() => host.followUp(previous!.id, decision.id, decision.followUp === followUp ? 'open' : followUp)}
      >
        ${staff.followUp[followUp]}
      </button>`;
      return html`<span class="label">${staff.lastDecision(date(danishToday(new Date(entry.decidedAt))))}:</span> ${decision.action}
        <span class="meta">${staff.owner(decision.owner.name, decision.owner.unit.name, date(decision.due))}</span>
        <div class="follow-up" role="group" aria-label=${staff.followUpLegend(decision.action)}>
          <span class="meta">${staff.followUp[decision.followUp]}</span>${choice('done')}${choice('notDone')}
        </div>`;
    }
    case 'lifeGoalChanged':
      return staff.lifeGoalChanged(date(danishToday(new Date(entry.changedAt))));
    case 'planWarning':
      return plan ? warningSentence(host.planCopy, plan, entry.warning, date) : nothing;
  }
}

function decisionsView(host: MeetingViewHost, meeting: NetworkMeeting, data: StaffViewData): TemplateResult {
  const { staff } = host.copy;
  return html`<section aria-labelledby="decisions-title">
    ${host.heading(2, 'decisions-title', staff.decisionsHeading, undefined, true)}
    ${
      meeting.decisions.length > 0
        ? html`<ul part="decisions" class="plain decisions">
            ${meeting.decisions.map((decision) => decisionView(host, decision, data.plan))}
          </ul>`
        : html`<p class="meta">${staff.noDecisions}</p>`
    }
    ${data.plan ? nothing : html`<p class="meta">${data.planFailed ? staff.planUnavailable : staff.noPlan}</p>`}
    ${host.form?.kind === 'decision' ? formView(host, host.form, meeting, data.choices) : addButton(host, 'decision', staff.addDecision)}
  </section>`;
}

function decisionView(host: MeetingViewHost, decision: MeetingDecision, plan: Plan | null): TemplateResult {
  const { staff } = host.copy;
  const date = (day: string) => formatDate(day, host.messages);
  const effort = plan?.efforts.find((candidate) => candidate.id === decision.effortId);
  const where = decision.newEffort ? staff.newEffort(decision.newEffort.offer.name) : effort ? staff.inEffort(effort.offer.name) : '';
  const busy = host.saving || host.agreeing !== null || !plan;
  const status =
    decision.status === 'proposed'
      ? html`<p class="meta">${staff.proposed}</p>
          <div class="actions">
            <button part="button" class="primary" type="button" data-decision=${decision.id} ?disabled=${busy} @click=${() => void host.agree(decision.id)}>
              ${staff.agree(decision.action)}
            </button>
            <button part="button" type="button" ?disabled=${host.saving || host.agreeing !== null} @click=${() => host.removeDecision(decision.id)}>
              ${staff.removeDecision(decision.action)}
            </button>
          </div>`
      : decision.inPlan
        ? html`<p class="in-plan"><span aria-hidden="true">✓ </span>${staff.inPlan}</p>`
        : html`<p class="meta">${staff.notInPlanYet}</p>
            <div class="actions">
              <button part="button" class="primary" type="button" data-decision=${decision.id} ?disabled=${busy} @click=${() => void host.agree(decision.id)}>
                ${staff.putInPlan(decision.action)}
              </button>
              <button part="button" type="button" ?disabled=${host.saving || host.agreeing !== null} @click=${() => host.removeDecision(decision.id)}>
                ${staff.removeDecision(decision.action)}
              </button>
            </div>`;
  return html`<li part="decision" class="decision" id=${`decision-${decision.id}`} tabindex="-1">
    <p><strong>${decision.action}</strong> – ${decision.how}</p>
    <p class="meta">${staff.owner(decision.owner.name, decision.owner.unit.name, date(decision.due))}<br />${where || (plan ? staff.effortGone : nothing)}</p>
    ${status} ${host.agreeProblem(decision.id)}
  </li>`;
}

function handoverView(host: MeetingViewHost, meeting: NetworkMeeting, choices: MeetingFormChoices): TemplateResult {
  const { staff } = host.copy;
  const { handover } = meeting;
  // A handover of a held meeting has happened: it stays as it was (the server refuses a change).
  const recorded = handover
    ? html`<p>${staff.handover(handover.to.name, handover.unit.name, formatDate(handover.on, host.messages))}</p>
        ${meeting.status === 'planned' ? html`<p class="meta">${staff.handoverWaits}</p>` : nothing}`
    : nothing;
  // An open form stays open, whatever arrives meanwhile (a colleague's handover is shown above it): what was typed is not lost.
  const body =
    host.form?.kind === 'handover'
      ? html`${recorded}${formView(host, host.form, meeting, choices)}`
      : handover
        ? recorded
        : meeting.status === 'planned'
          ? addButton(host, 'handover', staff.recordHandover)
          : nothing;
  if (body === nothing) return html``;
  return html`<section aria-labelledby="handover-title">${host.heading(2, 'handover-title', staff.handoverHeading, undefined, true)}${body}</section>`;
}

function minutesView(host: MeetingViewHost, meeting: NetworkMeeting, choices: MeetingFormChoices): TemplateResult {
  const { staff } = host.copy;
  const { minutes } = meeting;
  return html`<section aria-labelledby="minutes-title">
    ${host.heading(2, 'minutes-title', staff.minutesHeading, undefined, true)}
    ${
      host.form?.kind === 'minutes'
        ? formView(host, host.form, meeting, choices)
        : html`${
            minutes
              ? html`<p part="minutes" class=${minutes.sharedWithYouth ? 'minutes shared' : 'minutes'}>
                  <span class="label">${minutes.sharedWithYouth ? staff.minutesShared : staff.minutesStaffOnly}:</span> ${minutes.text}
                </p>`
              : html`<p class="meta">${staff.noMinutes}</p>`
          }
          ${addButton(host, 'minutes', staff.writeMinutes(minutes !== null))}`
    }
  </section>`;
}
