import { html, nothing, type TemplateResult } from 'lit';
import { STRATEGIC_CRITERIA_ID, type LocalizedText, type QuestionnaireState, type SubjectKind, type SubmittedRound } from '@ungeforlob/sdk';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { cssProperties } from '../directives/css-properties.js';
import { formatDate } from '../i18n/index.js';
import { errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { summaryStyles } from './criteria-summary.styles.js';
import { summarySkeleton } from './criteria-questionnaire-skeleton.js';
import { questionnaireController, type QuestionnaireWidget } from './questionnaire-controller.js';
import { questionnaireCopy } from './criteria-questionnaire.copy.js';

/**
 * @summary The strategic criteria's results for one course or offer: the mean score per criterion
 * in the latest submitted round, the change since the round before, and the ratings left
 * unanswered. The bars repeat the table, which is the text alternative to them.
 *
 * Every round is scored against the definition version it answered, so rounds from before a
 * municipality changed its questions still show.
 *
 * @fires uf-error - Loading failed (`detail.error`, the SDK's typed error; `detail.operation`: `load`).
 *
 * @csspart base - The summary.
 * @csspart heading - Its heading.
 * @csspart table - The scores table.
 * @csspart bar - One criterion's bar (hidden from screen readers: the table says the same).
 * @csspart error - The error message when loading failed.
 * @csspart button - Every button.
 */
export class UfCriteriaSummary extends UfElement implements QuestionnaireWidget {
  static override styles = summaryStyles;

  static override properties = {
    subjectKind: { attribute: 'subject-kind' },
    subject: {},
    definition: {},
  };

  // `course` (from UfElement): the course whose rounds to show, when `subject-kind` is `course`.

  /** `course` (default) or `offer`. */
  declare subjectKind: SubjectKind;
  /** The offer's id when `subject-kind` is `offer`. */
  declare subject: string | undefined;
  /** The definition's id (default `strategic-criteria`). */
  declare definition: string;

  // Submitted rounds only: the draft is personal data this view does not show. A round submitted
  // through the same client (a questionnaire beside it) reaches the store through the SDK's cache.
  private readonly questionnaire = questionnaireController(this, storeEvents(this, summaryEvents), undefined, { loadDraft: false });

  constructor() {
    super();
    this.subjectKind = 'course';
    this.definition = STRATEGIC_CRITERIA_ID;
  }

  private text(value: LocalizedText): string {
    return this.localize.text(value);
  }

  protected override render(): TemplateResult {
    const state = this.questionnaire.state;
    const copy = this.localize.copy(questionnaireCopy);
    const loading = state?.status === 'loading';
    return frame({
      element: 'section',
      className: 'summary',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', copy.summaryTitle, 'heading', true),
      status: loading ? copy.loading : '',
      busy: waitingForContent(state?.status),
      body: statusBranch(state?.status, {
        initial: () => placeholder(summarySkeleton()),
        loading: () => placeholder(summarySkeleton()),
        error: () => errorPanel(state!.error, this.messages, () => void this.retryLoad(this.questionnaire.store, false), nothing, 'staff'),
        ready: () => {
          const latest = state!.rounds.at(-1);
          return latest ? this.renderRound(latest) : html`<p>${copy.noRounds}</p>`;
        },
      }),
    });
  }

  private renderRound(round: SubmittedRound): TemplateResult {
    const copy = this.localize.copy(questionnaireCopy);
    const titleOf = new Map(round.definition.criteria.map((criterion) => [criterion.id, this.text(criterion.title)]));
    const score = (value: number | null) =>
      value === null ? copy.noScore : value.toLocaleString(this.messages.languageTag, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    return html`
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="summary-caption">
      <table part="table">
        <caption id="summary-caption">${copy.summaryCaption(round.response.round, html`<time datetime=${round.response.submittedAt}>${formatDate(round.response.submittedAt.slice(0, 10), this.messages)}</time>`)}</caption>
        <thead>
          <tr>
            <th scope="col">${copy.columns.criterion}</th>
            <th scope="col">${copy.columns.score}</th>
            <th scope="col">${copy.columns.previous}</th>
            <th scope="col">${copy.columns.change}</th>
            <th scope="col">${copy.columns.unanswered}</th>
          </tr>
        </thead>
        <tbody>
          ${round.changes.map(
            (change) => html`
              <tr>
                <th scope="row">${titleOf.get(change.criterionId) ?? change.criterionId}</th>
                <td data-label=${copy.columns.score}>${score(change.score)}</td>
                <td data-label=${copy.columns.previous}>${change.previousScore === null ? '–' : score(change.previousScore)}</td>
                <td data-label=${copy.columns.change}>${copy.change(change.delta)}</td>
                <td data-label=${copy.columns.unanswered}>${change.unanswered}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      </div>
      <p class="muted">${copy.scaleHint}. ${copy.chartLabel}</p>
      <ul class="bars" aria-hidden="true">
        ${round.changes.map(
          (change) => html`
            <li>
              <span>${titleOf.get(change.criterionId) ?? change.criterionId}</span>
              <span class="track"><span part="bar" class="bar" ${cssProperties({ '--score': String(change.score ?? 0) })}></span></span>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

/** A failed load is told to the host too, like every widget's, so one listener can log them all. */
const summaryEvents: readonly StoreEvent<QuestionnaireState>[] = [
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
];
