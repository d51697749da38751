import { html, nothing, type TemplateResult } from 'lit';
import type { NetworkMeeting } from '@ungeforlob/sdk';
import { checkField, inputField, radioGroup, selectField, textareaField } from '../internal/form-fields.js';
import { DECISION_NEW_EFFORT, handoverCandidates, offerChoiceKey, responsibleKey, type MeetingFormChoices, type MeetingForm } from '@ungeforlob/sdk';
import type { MeetingViewHost } from './meeting-view-host.js';

/** The open form, for `meeting` (null: a new meeting is being planned); its heading `depth` levels below the widget's. */
export function formView(host: MeetingViewHost, form: MeetingForm, meeting: NetworkMeeting | null, choices: MeetingFormChoices, depth = 3): TemplateResult {
  const { forms } = host.copy.staff;
  const problem = (id: string) => host.problems[id];
  const set = (change: Partial<MeetingForm>) => {
    Object.assign(form, change);
    host.changed();
  };
  const units = choices.units.map((unit) => [unit.id, unit.name] as const);
  let title: string;
  let fields: TemplateResult;
  switch (form.kind) {
    case 'meeting': {
      const needsCoordinator = form.isNew && !host.previousHasCoordinator;
      title = forms.meetingTitle(form.isNew);
      fields = html`
        ${inputField({ id: 'meeting-at', label: forms.atLabel, problem: problem('meeting-at'), required: true }, form.at, (at) => set({ at }), { type: 'datetime-local' })}
        ${inputField({ id: 'meeting-where', label: forms.whereLabel, hint: forms.whereHint, problem: problem('meeting-where'), required: true }, form.where, (where) => set({ where }), { maxlength: 200 })}
        ${
          needsCoordinator
            ? html`${inputField({ id: 'meeting-coordinator', label: forms.coordinatorNameLabel, problem: problem('meeting-coordinator'), required: true }, form.coordinatorName, (coordinatorName) => set({ coordinatorName }), { maxlength: 200 })}
              ${selectField({ id: 'meeting-unit', label: forms.unitLabel }, form.unitId, units, (unitId) => set({ unitId }), forms.choose)}`
            : nothing
        }
      `;
      break;
    }
    case 'participant':
      title = forms.participantTitle;
      fields = html`
        ${radioGroup(
          { id: 'participant-role', legend: forms.roleLegend },
          form.role,
          (['professional', 'youth', 'supporter'] as const).map((role) => [role, host.copy.staff.roles[role]] as const),
          (role) => set({ role }),
        )}
        ${inputField({ id: 'participant-name', label: forms.nameLabel, problem: problem('participant-name'), required: true }, form.name, (name) => set({ name }), { maxlength: 200 })}
        ${form.role === 'professional' ? selectField({ id: 'participant-unit', label: forms.unitLabel }, form.unitId, units, (unitId) => set({ unitId }), forms.choose) : nothing}
        ${form.role === 'supporter' ? inputField({ id: 'participant-relation', label: forms.relationLabel, hint: forms.relationHint }, form.relation, (relation) => set({ relation }), { maxlength: 200 }) : nothing}
      `;
      break;
    case 'point':
      title = forms.pointTitle;
      fields = html`
        ${radioGroup(
          { id: 'point-from', legend: forms.fromLegend },
          form.from,
          [
            ['youth', forms.from.youth],
            ['professional', forms.from.professional],
          ],
          (from) => set({ from }),
        )}
        ${textareaField({ id: 'point-text', label: forms.pointLabel, hint: forms.pointHint, problem: problem('point-text'), required: true }, form.text, (text) => set({ text }), { rows: 2, maxlength: 200 })}
      `;
      break;
    case 'decision': {
      title = forms.decisionTitle;
      const efforts = (choices.plan?.efforts ?? [])
        .filter((effort) => effort.status === 'planned' || effort.status === 'active' || effort.status === 'paused')
        .map((effort) => [effort.id, `${effort.offer.name} (${effort.unit.name})`] as const);
      const owners = choices.owners.map((owner) => [responsibleKey(owner), `${owner.name}, ${owner.unit.name}`] as const);
      fields = html`
        ${inputField({ id: 'decision-action', label: forms.actionLabel, problem: problem('decision-action'), required: true }, form.action, (action) => set({ action }), { maxlength: 200 })}
        ${inputField({ id: 'decision-how', label: forms.howLabel, problem: problem('decision-how'), required: true }, form.how, (how) => set({ how }), { maxlength: 200 })}
        ${selectField({ id: 'decision-owner', label: forms.ownerLabel, problem: problem('decision-owner'), required: true }, form.owner, owners, (owner) => set({ owner }), forms.choose)}
        ${inputField({ id: 'decision-due', label: forms.dueLabel, problem: problem('decision-due'), required: true }, form.due, (due) => set({ due }), { type: 'date' })}
        ${selectField(
          { id: 'decision-effort', label: forms.effortLabel, problem: problem('decision-effort'), required: true },
          form.effort,
          [...efforts, [DECISION_NEW_EFFORT, forms.newEffortChoice]],
          (effort) => set({ effort }),
          forms.choose,
        )}
        ${replaced(host, choices, form.effort)}
        ${
          form.effort === DECISION_NEW_EFFORT
            ? html`${selectField(
                { id: 'decision-offer', label: forms.offerLabel, problem: problem('decision-offer'), required: true },
                form.offer,
                choices.offers.map((choice) => [offerChoiceKey(choice), `${choice.offer.name} (${choice.unit.name})`] as const),
                (offer) => set({ offer }),
                forms.choose,
              )}
              ${selectField(
                { id: 'decision-goal', label: forms.goalLabel, problem: problem('decision-goal'), required: true },
                form.goalId,
                (choices.plan?.goals ?? []).map((goal) => [goal.id, goal.text] as const),
                (goalId) => set({ goalId }),
                forms.choose,
              )}`
            : nothing
        }
      `;
      break;
    }
    case 'handover': {
      title = forms.handoverTitle;
      const people = handoverCandidates(meeting).map((participant) => [participant.id, `${participant.name}, ${participant.unit!.name}`] as const);
      fields = html`
        <p class="hint">${forms.handoverHint}</p>
        ${selectField({ id: 'handover-person', label: forms.newContactLabel, problem: problem('handover-person'), required: true }, form.participantId, people, (participantId) => set({ participantId }), forms.choose)}
        ${inputField({ id: 'handover-phone', label: forms.phoneLabel, hint: forms.phoneHint, problem: problem('handover-phone') }, form.phone, (phone) => set({ phone }), { maxlength: 20 })}
        ${inputField({ id: 'handover-on', label: forms.onLabel, problem: problem('handover-on'), required: true }, form.on, (on) => set({ on }), { type: 'date' })}
      `;
      break;
    }
    case 'minutes':
      title = forms.minutesTitle;
      fields = html`
        ${textareaField({ id: 'minutes-text', label: forms.minutesLabel, hint: forms.minutesHint, problem: problem('minutes-text'), required: true }, form.text, (text) => set({ text }), { rows: 5, maxlength: 5000 })}
        ${checkField({ id: 'minutes-share', label: forms.shareMinutes }, form.share, (share) => set({ share }))}
      `;
      break;
  }
  return html`<form
    part="form"
    class="form"
    aria-labelledby="form-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      void host.submit();
    }}
  >
    ${host.heading(depth, 'form-title', title, undefined, false)}
    <!-- Nothing changes while it is saving: the edit on its way is the one shown. -->
    <div class="fields" ?inert=${host.saving}>${fields}</div>
    ${host.writeProblem(true)}
    <div class="actions">
      <button part="button" class="primary" type="submit" ?disabled=${host.saving}>${forms.submit}</button>
      <button part="button" type="button" @click=${() => host.cancelForm()}>${forms.cancel}</button>
    </div>
  </form>`;
}

/** Agreed, a decision becomes its effort's next action: say which one it takes the place of. */
function replaced(host: MeetingViewHost, choices: MeetingFormChoices, effortId: string): TemplateResult | typeof nothing {
  const current = choices.plan?.efforts.find((effort) => effort.id === effortId)?.nextAction;
  return current ? html`<p class="hint">${host.copy.staff.replaces(current.text)}</p>` : nothing;
}
