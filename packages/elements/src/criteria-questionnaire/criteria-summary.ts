import { LitElement, css, html, type TemplateResult } from 'lit';
import { STRATEGIC_CRITERIA_ID, localized, type LocalizedText, type QuestionnaireState, type SubjectKind, type SubmittedRound, type UfClient } from '@ungeforlob/sdk';
import { cssProperties } from '../directives/css-properties.js';
import { heading } from '../directives/heading.js';
import { describeError, formatDate, messagesFor, pickLocale, type Messages } from '../i18n/index.js';
import { sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { token } from '../styles/tokens.js';
import { ufEvent } from '../directives/uf-event.js';
import type { QuestionnaireErrorDetail, QuestionnaireSubmittedDetail } from './events.js';
import { questionnaireController, type QuestionnaireWidget } from './questionnaire-controller.js';

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
export class UfCriteriaSummary extends LitElement implements QuestionnaireWidget {
  static override styles = [
    sharedStyles,
    widgetContentStyles,
    css`
      :host {
        max-width: 48rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      /* Narrow screens scroll the table inside its own region, never the page (WCAG 1.4.10). */
      .table-wrap {
        overflow-x: auto;
      }
      th,
      td {
        text-align: left;
        padding: 0.375rem ${token('--uf-space-s')};
        border-bottom: 1px solid ${token('--uf-color-border')};
      }
      caption {
        text-align: left;
        margin-bottom: ${token('--uf-space-s')};
      }
      .bars {
        list-style: none;
        margin: ${token('--uf-space-m')} 0 0;
        padding: 0;
      }
      .track {
        display: block;
        height: 1rem;
        background: ${token('--uf-color-surface-muted')};
        border-radius: ${token('--uf-radius')};
      }
      .bar {
        display: block;
        height: 100%;
        width: calc(var(--score) * 25%);
        background: ${token('--uf-color-primary')};
        border-radius: ${token('--uf-radius')};
      }
      .placeholder {
        height: 6rem;
      }
      .error {
        border-left: 6px solid ${token('--uf-color-error')};
        padding: ${token('--uf-space-m')};
      }
    `,
  ];

  static override properties = {
    course: {},
    subjectKind: { attribute: 'subject-kind' },
    subject: {},
    definition: {},
    lang: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    client: { attribute: false },
  };

  /** The course whose rounds to show (when `subject-kind` is `course`); overrides the provider's. */
  declare course: string | undefined;
  /** `course` (default) or `offer`. */
  declare subjectKind: SubjectKind;
  /** The offer's id when `subject-kind` is `offer`. */
  declare subject: string | undefined;
  /** The definition's id (default `strategic-criteria`). */
  declare definition: string;
  /** `da` or `en`; overrides the provider's. Default Danish. */
  declare lang: string;
  /** Level of the heading (1–6, default 2). */
  declare headingLevel: number;
  /** Not used; kept so the widget fits the provider like the others. */
  declare now: Date | undefined;
  /** A client to use instead of the provider's. */
  declare client: UfClient | undefined;

  // Submitted rounds only: the draft is personal data this view does not show.
  private readonly questionnaire = questionnaireController(this, (state, previous) => this.announce(state, previous), undefined, { loadDraft: false });

  constructor() {
    super();
    this.subjectKind = 'course';
    this.definition = STRATEGIC_CRITERIA_ID;
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('uf-questionnaire-submitted', this.reloadOnNewRound);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('uf-questionnaire-submitted', this.reloadOnNewRound);
  }

  /** A questionnaire on the same page made a round for this subject: show it. */
  private readonly reloadOnNewRound = (event: Event): void => {
    const { response } = (event as CustomEvent<QuestionnaireSubmittedDetail>).detail;
    const id = this.subjectKind === 'offer' ? this.subject : this.course || this.questionnaire.state?.subject.id;
    if (response.definition.id === this.definition && response.subject.kind === this.subjectKind && response.subject.id === id) void this.questionnaire.store?.load();
  };

  /** A failed load is told to the host too, like every widget's, so one listener can log them all. */
  private announce(state: QuestionnaireState, previous: QuestionnaireState): void {
    if (state.status !== previous.status && state.status === 'error' && state.error) {
      this.dispatchEvent(ufEvent<QuestionnaireErrorDetail>('uf-error', { error: state.error, operation: 'load' }));
    }
  }

  private get messages(): Messages {
    return messagesFor(pickLocale(this.lang, this.questionnaire.providerLocale), this);
  }

  private text(value: LocalizedText): string {
    return localized(value, pickLocale(this.lang, this.questionnaire.providerLocale));
  }

  protected override render(): TemplateResult {
    const state = this.questionnaire.state;
    const copy = this.messages.questionnaire;
    return html`
      <section part="base" class="summary" lang=${this.messages.languageTag} aria-labelledby="title">
        ${heading(this.headingLevel, 0, 'title', copy.summaryTitle, 'heading', true)}
        <p class="status" role="status">${state?.status === 'loading' ? copy.loading : ''}</p>
        <div class="body" aria-busy=${state?.status === 'loading' ? 'true' : 'false'}>${this.renderBody(state)}</div>
      </section>
    `;
  }

  private renderBody(state: QuestionnaireState | undefined): unknown {
    const copy = this.messages.questionnaire;
    if (!state || state.status === 'loading' || state.status === 'idle') return html`<div class="placeholder" aria-hidden="true"></div>`;
    if (state.status === 'error') {
      return html`
        <div part="error" class="error">
          <p role="alert">${describeError(state.error, this.messages)}</p>
          <button part="button retry-button" class="primary" type="button" @click=${() => void this.questionnaire.store?.load()}>${this.messages.retry}</button>
        </div>
      `;
    }
    const latest = state.rounds.at(-1);
    return latest ? this.renderRound(latest) : html`<p>${copy.noRounds}</p>`;
  }

  private renderRound(round: SubmittedRound): TemplateResult {
    const copy = this.messages.questionnaire;
    const titleOf = new Map(round.definition.criteria.map((criterion) => [criterion.id, this.text(criterion.title)]));
    const score = (value: number | null) => (value === null ? copy.noScore : value.toLocaleString(this.messages.languageTag, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
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
                <td>${score(change.score)}</td>
                <td>${change.previousScore === null ? '–' : score(change.previousScore)}</td>
                <td>${copy.change(change.delta)}</td>
                <td>${change.unanswered}</td>
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
