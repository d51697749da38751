import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Plan, PlanNote } from '@ungeforlob/sdk';
import type { PlanRenderer } from './plan-renderer.js';

/** The life goal, dreams and path in the young person's own words: first in both modes (seed 001 §3.3). */
export function renderLifeGoal(r: PlanRenderer, plan: Plan, editing: unknown = nothing): TemplateResult {
  const { lifeGoal } = plan;
  return html`
    <section part="life-goal" class="life-goal" aria-labelledby="life-goal-heading">
      ${r.heading(1, 'life-goal-heading', r.audience.lifeGoalHeading)}
      <blockquote><p class="life-goal-text">${lifeGoal.text}</p></blockquote>
      ${
        lifeGoal.dreams.length
          ? html`${r.heading(2, 'dreams-heading', r.audience.dreamsHeading)}
            <ul class="dreams">${lifeGoal.dreams.map((dream) => html`<li>${dream}</li>`)}</ul>`
          : nothing
      }
      ${lifeGoal.path ? html`${r.heading(2, 'path-heading', r.audience.pathHeading)}<p>${lifeGoal.path}</p>` : nothing}
      ${editing}
    </section>
  `;
}

/** Learning, small successes (and for staff, setbacks), newest first; `form` goes below the list. */
export function renderNotes(r: PlanRenderer, notes: readonly PlanNote[], form: unknown = nothing): TemplateResult {
  const { copy } = r;
  return html`
    <section aria-labelledby="notes-heading">
      ${r.heading(1, 'notes-heading', r.audience.notesHeading)}
      ${
        notes.length
          ? html`<ul part="notes" class="notes">
            ${repeat(
              notes,
              (note) => note.id,
              (note) => html`
                <li class=${`note ${note.kind}`}>
                  <strong>${copy.noteKinds[note.kind]}:</strong> ${note.text}
                  <span class="muted">– ${copy.noteByOn(note.author.name, r.date(note.date))}</span>
                </li>
              `,
            )}
          </ul>`
          : html`<p>${r.audience.noNotes}</p>`
      }
      ${form}
    </section>
  `;
}
