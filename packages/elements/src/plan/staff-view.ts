import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../directives/css-properties.js';
import {
  EffortStatus,
  NoteKind,
  goalsInPlanOrder,
  pendingEffortStatuses,
  revisionTargetName,
  type Effort,
  type OfferChoice,
  type Plan,
  type PlanState,
  type PlanView,
  type PlanWarning,
  type TimelineBar,
} from '@ungeforlob/sdk';
import type { PlanRenderer } from './plan-renderer.js';
import { warningSentence } from './warning-sentence.js';
import { selectField, textareaField } from '../internal/form-fields.js';
import { renderEffortForm, renderGoalForm, renderLifeGoalForm } from './plan-form-views.js';
import type { PlanForms } from './plan-forms.js';
import { renderLifeGoal, renderNotes } from './shared-view.js';

/** The staff view's form state lives in the element; these read and change it. */
export interface StaffEditing {
  statusShown(effortId: string, current: EffortStatus): EffortStatus;
  pickStatus(effortId: string, status: EffortStatus): void;
  saveStatus(effortId: string, current: EffortStatus): void;
  noteKind(): NoteKind;
  noteText(): string;
  noteMissing(): boolean;
  setNoteKind(kind: NoteKind): void;
  setNoteText(text: string): void;
  addNote(): void;
  /** The forms that add and edit efforts and goals and the life goal. */
  forms: PlanForms;
  /** What can be picked for an effort: the host's catalogue and the offers the plan uses. */
  offers(): OfferChoice[];
  /** The municipality's catalogue could not be read; `retry` reads it again. */
  catalogue(): { failed: boolean; retry(): void };
}

/** The professional's plan: life goal first, then warnings, goals, who does what, efforts, learning, revisions. */
export function renderStaffPlan(r: PlanRenderer, state: PlanState, plan: Plan, view: PlanView, editing: StaffEditing, saveProblem: unknown): TemplateResult {
  // Drafts shown in the selects until saved or discarded: a conflict never resets what the user
  // picked. Only the selects: the timeline shows the plan as saved, and a select whose choice is
  // not saved says so beside it (a status that changed before "Gem status" looked saved, issue #12).
  const draftStatus = pendingEffortStatuses(state.save.drafts);
  const shownStatus = (effort: Effort) => editing.statusShown(effort.id, draftStatus.get(effort.id) ?? effort.status);
  const saving = state.save.status === 'saving';
  const { forms } = editing;
  const form = forms.form;
  const lifeGoalEditing = html`
    <button part="button edit-button" id="edit-life-goal" type="button" @click=${() => void forms.openLifeGoal('edit-life-goal')}>${r.copy.forms.editLifeGoal}</button>
    ${form?.kind === 'lifeGoal' ? renderLifeGoalForm(r, forms, form, saving) : nothing}
  `;
  return html`
    ${saveProblem}
    ${renderLifeGoal(r, plan, lifeGoalEditing)}
    ${renderWarnings(r, plan, view.warnings, forms)}
    ${renderGoals(r, plan, form?.kind === 'goal' ? renderGoalForm(r, forms, form, saving) : nothing, forms)}
    ${renderActions(r, view)}
    ${renderEfforts(r, view, editing, shownStatus, form?.kind === 'effort' ? renderEffortForm(r, forms, form, plan, editing.offers(), saving, editing.catalogue()) : nothing)}
    ${renderNotes(r, view.notes, renderNoteForm(r, editing, state))}
    ${renderComment(r, plan)}
    ${renderRevisions(r, plan)}
  `;
}

function renderWarnings(r: PlanRenderer, plan: Plan, warnings: readonly PlanWarning[], forms: PlanForms): TemplateResult {
  return html`
    <section class="warnings" aria-labelledby="warnings-heading">
      ${r.heading(1, 'warnings-heading', r.copy.warningsHeading)}
      ${
        warnings.length
          ? html`<ul part="warnings">
            ${warnings.map(
              (warning) => html`
                <li part="warning" class="warning">
                  <span aria-hidden="true">⚠ </span>${warningSentence(r.copy, plan, warning, (day) => r.date(day))}
                  ${
                    warning.kind === 'noCommunityGoal'
                      ? html`<button part="button add-community-goal-button" id="add-community-goal" type="button" @click=${() => void forms.openGoal('add-community-goal', undefined, 'community')}>
                        ${r.copy.forms.addCommunityGoal}
                      </button>`
                      : nothing
                  }
                </li>
              `,
            )}
          </ul>`
          : html`<p>${r.copy.noWarnings}</p>`
      }
    </section>
  `;
}

function renderGoals(r: PlanRenderer, plan: Plan, form: unknown, forms: PlanForms): TemplateResult {
  const { copy } = r;
  const goals = goalsInPlanOrder(plan.goals);
  return html`
    <section aria-labelledby="goals-heading">
      ${r.heading(1, 'goals-heading', r.audience.goalsHeading)}
      <ul part="goals" class="goals">
        ${goals.map(
          (goal) => html`
            <li part=${goal.kind === 'community' ? 'goal community-goal' : 'goal'} class=${goal.kind === 'community' ? 'goal community' : 'goal'}>
              ${
                goal.kind === 'community'
                  ? html`<span part="community-marker" class="badge"><span aria-hidden="true">★</span> ${copy.communityMarker}</span>`
                  : html`<span class="kind">${copy.goalKinds[goal.kind]}</span>`
              }
              <span class="goal-text">${goal.text}</span>
              <span class="muted">(${copy.goalStatus[goal.status]}${goal.targetDate ? html`, ${r.date(goal.targetDate)}` : nothing})</span>
              <button
                part="button edit-button"
                class="inline-button"
                id=${`edit-goal-${goal.id}`}
                type="button"
                aria-label=${copy.forms.editGoalLabel(goal.text)}
                @click=${() => void forms.openGoal(`edit-goal-${goal.id}`, goal.id)}
              >
                ${copy.forms.edit}
              </button>
            </li>
          `,
        )}
      </ul>
      <button part="button add-goal-button" id="add-goal" type="button" @click=${() => void forms.openGoal('add-goal')}>${copy.forms.addGoal}</button>
      ${form}
    </section>
  `;
}

/** "Hvem gør hvad, hvordan, hvornår": next actions soonest first, overdue ones standing out in text and style. */
function renderActions(r: PlanRenderer, view: PlanView): TemplateResult {
  const { copy } = r;
  return html`
    <section aria-labelledby="actions-heading">
      ${r.heading(1, 'actions-heading', copy.actionsHeading)}
      ${
        view.nextActions.length
          ? html`<ol part="actions" class="actions-list">
            ${repeat(
              view.nextActions,
              (next) => next.effort.id,
              (next) => html`
                <li part="action" class=${next.daysOverdue ? 'action overdue' : 'action'}>
                  ${next.daysOverdue ? html`<strong part="overdue-marker" class="overdue-marker"><span aria-hidden="true">⚠ </span>${copy.overdueBy(next.daysOverdue)}:</strong> ` : nothing}
                  <strong>${next.action.text}</strong> – ${next.action.responsible.name} (${next.action.responsible.unit.name}), ${copy.actionDue(r.date(next.action.due))}.
                  <span class="muted">${next.effort.offer.name}${next.effort.how ? html`: ${next.effort.how}` : nothing}</span>
                </li>
              `,
            )}
          </ol>`
          : html`<p>${copy.noActions}</p>`
      }
    </section>
  `;
}

function renderEfforts(r: PlanRenderer, view: PlanView, editing: StaffEditing, shownStatus: (effort: Effort) => EffortStatus, form: unknown): TemplateResult {
  const { copy } = r;
  const { timeline } = view;
  const adding = html`
    <button part="button add-effort-button" id="add-effort" type="button" @click=${() => void editing.forms.openEffort('add-effort')}>${copy.forms.addEffort}</button>
    ${form}
  `;
  if (!timeline.units.length) {
    return html`<section part="efforts" aria-labelledby="efforts-heading">${r.heading(1, 'efforts-heading', copy.effortsHeading)}<p>${copy.noEfforts}</p>${adding}</section>`;
  }
  const overdue = new Map(view.nextActions.filter((next) => next.daysOverdue > 0).map((next) => [next.effort.id, next.daysOverdue]));
  return html`
    <section part="efforts" class="efforts" aria-labelledby="efforts-heading">
      ${r.heading(1, 'efforts-heading', copy.effortsHeading)}
      <figure part="timeline" class="timeline" ${cssProperties({ '--today': String(timeline.today) })}>
        <figcaption>${copy.timelineLabel(r.date(timeline.from), r.date(timeline.to))}</figcaption>
        <div class="axis" aria-hidden="true"><span class="today-label">${copy.todayMarker}</span></div>
        <ul class="units">
          ${repeat(
            timeline.units,
            (unit) => unit.unit.id,
            (unit) => html`
              <li class="unit-row">
                <span class="unit-name" id=${`unit-${unit.unit.id}`}>${unit.unit.name}</span>
                <ul class="bars" aria-labelledby=${`unit-${unit.unit.id}`}>
                  ${repeat(
                    unit.bars,
                    (bar) => bar.effort.id,
                    (bar) => renderBar(r, bar),
                  )}
                </ul>
              </li>
            `,
          )}
        </ul>
      </figure>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="efforts-caption">
        <table part="table">
          <caption id="efforts-caption">${copy.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${copy.columns.unit}</th>
              <th scope="col">${copy.columns.offer}</th>
              <th scope="col">${copy.columns.responsible}</th>
              <th scope="col">${copy.columns.how}</th>
              <th scope="col">${copy.columns.period}</th>
              <th scope="col">${copy.columns.status}</th>
              <th scope="col">${copy.columns.nextAction}</th>
              <th scope="col"><span class="visually-hidden">${copy.forms.actionsColumn}</span></th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              timeline.units.flatMap((unit) => unit.bars),
              (bar) => bar.effort.id,
              (bar) => renderEffortRow(r, bar, editing, shownStatus(bar.effort), overdue.get(bar.effort.id) ?? 0),
            )}
          </tbody>
        </table>
      </div>
      ${adding}
    </section>
  `;
}

function renderBar(r: PlanRenderer, bar: TimelineBar): TemplateResult {
  const { copy } = r;
  const { effort } = bar;
  return html`
    <li class="bar-row">
      <span class="track" aria-hidden="true">
        <span part="bar" class=${`bar status-${effort.status}${bar.startsBefore ? ' starts-before' : ''}${bar.endsAfter ? ' ends-after' : ''}`} ${cssProperties({ '--from': String(bar.from), '--to': String(bar.to) })}></span>
      </span>
      <span class="bar-label">
        <strong>${effort.offer.name}</strong>, ${copy.period(r.date(effort.start), bar.end ? r.date(bar.end) : null)}, ${copy.effortStatus[effort.status]}
      </span>
    </li>
  `;
}

function renderEffortRow(r: PlanRenderer, bar: TimelineBar, editing: StaffEditing, status: EffortStatus, daysOverdue: number): TemplateResult {
  const { copy } = r;
  const { effort } = bar;
  const selectId = `status-${effort.id}`;
  const unsaved = status !== effort.status;
  const refused = r.refusedAt(selectId);
  const describedBy = [unsaved ? `${selectId}-unsaved` : '', refused ? `${selectId}-problem` : ''].filter(Boolean).join(' ');
  return html`
    <tr>
      <td data-label=${copy.columns.unit}>${effort.unit.name}</td>
      <th scope="row" data-label=${copy.columns.offer}>${effort.offer.name}</th>
      <td data-label=${copy.columns.responsible}>${effort.responsible.name}</td>
      <td data-label=${copy.columns.how}>${effort.how ?? ''}</td>
      <td data-label=${copy.columns.period}>${copy.period(r.date(effort.start), bar.end ? r.date(bar.end) : null)}</td>
      <td data-label=${copy.columns.status}>
        <div class="status-edit">
          <label class="visually-hidden" for=${selectId}>${copy.statusLabel(effort.offer.name)}</label>
          <select
            part="status-select"
            id=${selectId}
            aria-invalid=${refused ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @change=${(event: Event) => editing.pickStatus(effort.id, (event.target as HTMLSelectElement).value as EffortStatus)}
          >
            ${EffortStatus.options.map((option) => html`<option value=${option} .selected=${live(status === option)}>${copy.effortStatus[option]}</option>`)}
          </select>
          <button part="button save-status-button" type="button" aria-label=${`${copy.saveStatus}: ${effort.offer.name}`} @click=${() => editing.saveStatus(effort.id, status)}>
            ${copy.saveStatus}
          </button>
        </div>
        ${unsaved ? html`<p class="unsaved" id=${`${selectId}-unsaved`}>${copy.statusUnsaved}</p>` : nothing}
        ${refused ? html`<p class="field-problem" id=${`${selectId}-problem`}>${refused}</p>` : nothing}
      </td>
      <td class=${daysOverdue ? 'overdue-cell' : ''} data-label=${copy.columns.nextAction}>
        ${
          effort.nextAction
            ? html`${daysOverdue ? html`<strong class="overdue-marker">${copy.overdueBy(daysOverdue)}:</strong> ` : nothing}${effort.nextAction.text}, ${copy.actionDue(r.date(effort.nextAction.due))}`
            : copy.noNextAction
        }
      </td>
      <td>
        <button
          part="button edit-button"
          id=${`edit-effort-${effort.id}`}
          type="button"
          aria-label=${copy.forms.editEffortLabel(effort.offer.name)}
          @click=${() => void editing.forms.openEffort(`edit-effort-${effort.id}`, effort.id)}
        >
          ${copy.forms.edit}
        </button>
      </td>
    </tr>
  `;
}

function renderNoteForm(r: PlanRenderer, editing: StaffEditing, state: PlanState): TemplateResult {
  const { copy } = r;
  const saving = state.save.status === 'saving';
  return html`
    <form part="note-form" class="note-form" aria-labelledby="note-form-heading" @submit=${(event: Event) => {
      event.preventDefault();
      // A second press while the first is on its way would send the note twice.
      if (!saving) editing.addNote();
    }}>
      ${r.heading(2, 'note-form-heading', copy.addNoteHeading)}
      ${selectField(
        { id: 'note-kind', label: copy.noteKindLabel, problem: r.refusedAt('note-kind') },
        editing.noteKind(),
        NoteKind.options.map((kind) => [kind, copy.noteKinds[kind]] as const),
        (kind) => editing.setNoteKind(kind as NoteKind),
      )}
      ${textareaField(
        { id: 'note-text', label: copy.noteTextLabel, problem: editing.noteMissing() ? copy.noteTextMissing : r.refusedAt('note-text') },
        editing.noteText(),
        (text) => editing.setNoteText(text),
        {
          rows: 3,
          maxlength: 4000,
        },
      )}
      <button part="button add-note-button" class="primary" type="submit" aria-disabled=${saving ? 'true' : 'false'}>${copy.addNote}</button>
    </form>
  `;
}

function renderComment(r: PlanRenderer, plan: Plan): TemplateResult {
  return html`
    <section part="comment" aria-labelledby="comment-heading">
      ${r.heading(1, 'comment-heading', r.audience.commentHeading)}
      ${
        plan.youthComment
          ? html`<blockquote><p>${plan.youthComment.text}</p></blockquote><p class="muted">${r.dateOf(plan.youthComment.changedAt)}</p>`
          : html`<p>${r.audience.noComment}</p>`
      }
    </section>
  `;
}

/** Revisions newest first: who, when, what changed — never the old and new personal text. */
function renderRevisions(r: PlanRenderer, plan: Plan): TemplateResult {
  const { copy } = r;
  return html`
    <section aria-labelledby="revisions-heading">
      ${r.heading(1, 'revisions-heading', copy.revisionsHeading)}
      ${
        plan.revisions.length
          ? html`<ol part="revisions" class="revisions">
            ${repeat(
              plan.revisions,
              (revision) => revision.number,
              (revision) => html`
                <li>
                  <span class="muted">${copy.revisionBy(revision.by.name, r.dateOf(revision.at))}:</span>
                  ${revision.changes
                    .map((change) => {
                      const what = `${copy.revisionTargets[change.target]} ${copy.revisionActions[change.action]}`;
                      const which = revisionTargetName(plan, change);
                      return which ? `${what} (${which})` : what;
                    })
                    .join(', ')}${revision.reason ? html` – ${revision.reason}` : nothing}
                </li>
              `,
            )}
          </ol>`
          : html`<p>${copy.noRevisions}</p>`
      }
    </section>
  `;
}
