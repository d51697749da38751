import { html, nothing, type TemplateResult } from 'lit';
import { textareaField } from '../internal/form-fields.js';
import { commentText, youthPlanView, type Plan, type PlanState, type PlanView } from '@ungeforlob/sdk';
import type { PlanRenderer } from './plan-renderer.js';
import { renderLifeGoal, renderNotes } from './shared-view.js';

/** The young person's comment form reads and changes the element's typed text through these. */
export interface CommentEditing {
  text(saved: string): string;
  input(text: string): void;
  save(saved: string): void;
}

/**
 * The young person's plan in plain Danish: their own words first, then what happens now and next
 * and who helps, what they learned and managed, and their comment. No units, no warning words
 * (seed 003: they do not understand the municipality's letters; internal flags are for staff).
 */
export function renderYouthPlan(r: PlanRenderer, state: PlanState, plan: Plan, view: PlanView, comment: CommentEditing, saveProblem: unknown): TemplateResult {
  const { copy } = r;
  // The SDK's one rule for what the young person sees (the server applies it too): no setbacks.
  const { goals, running, notes } = youthPlanView(plan, view.notes);
  const saved = commentText(plan, state.save.drafts);
  return html`
    ${renderLifeGoal(r, plan)}
    <section aria-labelledby="goals-heading">
      ${r.heading(1, 'goals-heading', r.audience.goalsHeading)}
      <ul part="goals" class="goals">
        ${goals.map(
          (goal) => html`<li part=${goal.kind === 'community' ? 'goal community-goal' : 'goal'} class="goal">
            <span class="kind">${copy.goalKindsPlain[goal.kind]}:</span> ${goal.text}${goal.status === 'reached' ? html` <strong>(${copy.goalStatus.reached})</strong>` : nothing}
          </li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="now-heading">
      ${r.heading(1, 'now-heading', copy.nowHeading)}
      ${
        running.length
          ? html`<ul class="now">${running.map((effort) => html`<li>${copy.nowWith(effort.offer.name, effort.responsible.name)}${effort.how ? html`. <span class="muted">${effort.how}</span>` : nothing}</li>`)}</ul>`
          : html`<p>${copy.nothingNow}</p>`
      }
    </section>
    <section aria-labelledby="next-heading">
      ${r.heading(1, 'next-heading', copy.nextHeading)}
      ${
        view.nextActions.length
          ? html`<ol part="actions" class="actions-list">
            ${view.nextActions.map(
              (next) => html`<li part="action" class=${next.daysOverdue ? 'action late' : 'action'}>
                ${copy.nextWithHelper(next.action.text, next.action.responsible.name, r.date(next.action.due), next.daysOverdue > 0)}
              </li>`,
            )}
          </ol>`
          : html`<p>${copy.noActions}</p>`
      }
    </section>
    ${renderNotes(r, notes)}
    <section part="comment" aria-labelledby="comment-heading">
      ${r.heading(1, 'comment-heading', r.audience.commentHeading)}
      <form
        part="comment-form"
        class="comment-form"
        @submit=${(event: Event) => {
          event.preventDefault();
          comment.save(saved);
        }}
      >
        ${textareaField({ id: 'comment-text', label: copy.commentLabel, problem: r.refusedAt('comment-text') }, comment.text(saved), (text) => comment.input(text), { rows: 4, maxlength: 4000 })}
        <button part="button save-comment-button" class="primary" type="submit">${copy.saveComment}</button>
      </form>
      ${saveProblem}
    </section>
  `;
}
