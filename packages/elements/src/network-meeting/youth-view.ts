import { html, nothing, type TemplateResult } from 'lit';
import { meetingsForYouth, type NetworkMeeting } from '@ungeforlob/sdk';
import { formatAppointmentTime, formatDate, type Messages } from '../i18n/index.js';
import type { NetworkMeetingCopy } from './network-meeting.copy.types.js';

/** What the young person's view needs of the widget. */
export interface YouthViewHost {
  readonly copy: NetworkMeetingCopy;
  readonly messages: Messages;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
}

/**
 * The young person's view: the next meeting and the earlier ones, each with who comes, their own
 * points, what was agreed in plain sentences, a new contact person, and the minutes shared with
 * them. Never the professionals' points or minutes not shared.
 */
export function youthView(host: YouthViewHost, courseId: string, meetings: readonly NetworkMeeting[], now: Date): TemplateResult {
  const { youth } = host.copy;
  // The SDK's youth-view rule again: a case system that sends more still shows the young person only theirs.
  const shown = meetingsForYouth({ courseId, meetings: [...meetings] }).meetings;
  const upcoming = shown.filter((meeting) => meeting.status === 'planned' && Date.parse(meeting.at) >= now.getTime()).reverse();
  const earlier = shown.filter((meeting) => !upcoming.includes(meeting));
  return html`
    <p part="intro" class="intro">${youth.intro}</p>
    ${upcoming.length > 0 ? html`${host.heading(1, 'next-title', youth.next)}${upcoming.map((meeting) => meetingView(host, meeting, 2))}` : nothing}
    ${earlier.length > 0 ? html`${host.heading(1, 'earlier-title', youth.earlier)}${earlier.map((meeting) => meetingView(host, meeting, 2))}` : nothing}
  `;
}

function meetingView(host: YouthViewHost, meeting: NetworkMeeting, depth: number): TemplateResult {
  const { youth } = host.copy;
  const date = (day: string) => formatDate(day, host.messages);
  const titleId = `meeting-${meeting.id}`;
  const agreed = meeting.decisions.filter((decision) => decision.status === 'agreed');
  const points = meeting.points.filter((point) => point.from === 'youth');
  const who = meeting.participants.map((participant) =>
    participant.role === 'youth' ? youth.you : participant.relation ? `${participant.name} (${participant.relation})` : participant.name,
  );
  return html`<article part="meeting" class="meeting" aria-labelledby=${titleId}>
    ${host.heading(depth, titleId, host.copy.meetingTitle(formatAppointmentTime(meeting.at, undefined, host.messages)))}
    <p>${youth.where(meeting.where)}</p>
    <p><span class="label">${youth.whoHeading}:</span> ${who.join(', ')}</p>
    ${
      points.length > 0
        ? html`<p class="label">${youth.yourPoints}:</p>
            <ul class="points">
              ${points.map((point) => html`<li>${point.text}</li>`)}
            </ul>`
        : nothing
    }
    ${
      agreed.length > 0
        ? html`<p class="label">${youth.decidedHeading}:</p>
            <ul part="decisions" class="decisions">
              ${agreed.map(
                (decision) => html`<li part="decision">
                  ${youth.decision(decision.owner.name, unstopped(decision.action), unstopped(decision.how), date(decision.due))}
                  ${decision.followUp === 'done' ? html` <strong>${youth.done}</strong>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing
    }
    ${meeting.handover && meeting.status === 'held' ? html`<p>${youth.newContact(meeting.handover.to.name, date(meeting.handover.on))}</p>` : nothing}
    ${
      meeting.minutes
        ? html`<div part="minutes" class="minutes shared">
            <p class="label">${youth.minutesHeading}:</p>
            <p>${meeting.minutes.text}</p>
          </div>`
        : nothing
    }
  </article>`;
}

/** A sentence the copy closes itself, without its own full stop: never two. */
function unstopped(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}
