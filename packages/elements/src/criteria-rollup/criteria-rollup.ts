import { html, nothing, type TemplateResult } from 'lit';
import {
  CriteriaOverviewStore,
  STRATEGIC_CRITERIA_ID,
  danishToday,
  recentPeriods,
  type CourseCell,
  type CriteriaOverview,
  type CriteriaOverviewRow,
  type CriteriaOverviewState,
  type CriteriaPeriod,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { cssProperties } from '../directives/css-properties.js';
import { formatDate } from '../i18n/index.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { criteriaRollupCopy } from './criteria-rollup.copy.js';
import type { CriteriaRollupCopy } from './criteria-rollup.copy.types.js';
import { criteriaRollupSkeleton } from './criteria-rollup-skeleton.js';
import { criteriaRollupStyles } from './criteria-rollup.styles.js';

/**
 * @summary For leaders: the municipality's offers × the strategic criteria (relations and network,
 * empowerment, individual and flexible focus), for a period and a unit. Per offer, its own latest
 * review with the change since the round before, and the mean over the courses that used it, which
 * is suppressed below five courses ("for få til at vise") so no young person can be singled out.
 * A summary in words and a table come first; bars repeat the review scores; "Vis runder" drills
 * into an offer's review rounds.
 *
 * Needs no course: reads the client and language from a surrounding `<uf-provider>` (its own
 * `client` and `lang` win). The data logic is the SDK's `CriteriaOverviewStore`; what is too few to
 * show is decided by the server, which never sends it.
 *
 * @fires uf-error - Loading failed (`detail.operation` is `load`).
 *
 * @csspart base - The overview.
 * @csspart heading - Its heading.
 * @csspart status - The polite live region ("Henter oversigten …").
 * @csspart filters - The unit and period choices.
 * @csspart summary - The summary in words, the text alternative to the table and bars.
 * @csspart table - The offers × criteria table.
 * @csspart bar - A review score's bar (hidden from screen readers: the table says the same).
 * @csspart rounds - An offer's review rounds, shown by "Vis runder".
 * @csspart button - Every button.
 * @csspart error - The error message when loading failed.
 *
 * @cssprop [--uf-font-family=inherit] - Font (the page's own unless set).
 * @cssprop [--uf-font-size=1rem] - Body text size.
 * @cssprop [--uf-font-size-small=0.875rem] - Secondary text size.
 * @cssprop [--uf-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--uf-line-height=1.5] - Line height.
 * @cssprop [--uf-color-text=#1a1a1a] - Text.
 * @cssprop [--uf-color-text-muted=#454545] - Secondary text (keep 4.5:1 on the surface).
 * @cssprop [--uf-color-surface=#ffffff] - Background.
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - The bars' tracks, the filters and the loading placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders and table lines.
 * @cssprop [--uf-color-primary=#0059b3] - Buttons and the bars.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks a loading error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfCriteriaRollup extends UfElement {
  static override styles = criteriaRollupStyles;

  static override properties = {
    definition: {},
    period: {},
  };

  /** The questionnaire's id (default `strategic-criteria`). */
  declare definition: string;

  /** The period shown first: `all` (default), a year (`2026`), a half-year (`2026-H2`) or a quarter (`2026-Q4`). */
  declare period: CriteriaPeriod;

  /** The offers whose review rounds are shown, by id. */
  private opened = new Set<string>();

  private readonly overview = new CourseStoreController<CriteriaOverviewState, CriteriaOverviewStore>(this, {
    // Not a course's: one store per client and questionnaire.
    subject: () => this.definition,
    create: (client, definitionId, now) => new CriteriaOverviewStore({ client, definitionId, period: this.period, now }),
    onChange: storeEvents(this, rollupEvents),
    onReplace: () => (this.opened = new Set()),
  });

  constructor() {
    super();
    this.definition = STRATEGIC_CRITERIA_ID;
    this.period = 'all';
  }

  get copy(): CriteriaRollupCopy {
    return this.localize.copy(criteriaRollupCopy);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A host that sets `period` later moves the store to it.
    const store = this.overview.store;
    if (changed.has('period') && store && store.getSnapshot().period !== this.period) void store.setPeriod(this.period);
  }

  private toggleRounds(offerId: string): void {
    const opened = new Set(this.opened);
    if (opened.has(offerId)) opened.delete(offerId);
    else opened.add(offerId);
    this.opened = opened;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const state = this.overview.state;
    return frame({
      element: 'section',
      className: 'rollup',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.copy.title, 'heading'),
      status: state?.status === 'loading' ? this.copy.loading : '',
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(state?.status, {
        initial: () => placeholder(criteriaRollupSkeleton()),
        loading: () => (state?.overview ? this.renderOverview(state, state.overview) : placeholder(criteriaRollupSkeleton())),
        empty: () => html`${this.renderFilters(state!)}${emptySlot(this.copy.empty)}`,
        // The choices stay: a period that fails can be left for another.
        error: () =>
          html`${this.renderFilters(state!)}${errorPanel(state!.error, this.messages, () => void this.retryLoad(this.overview.store, true), nothing, 'staff')}`,
        ready: () => this.renderOverview(state!, state!.overview!),
      }),
    });
  }

  private renderFilters(state: CriteriaOverviewState): TemplateResult {
    const { copy } = this;
    const today = danishToday(this.now ?? new Date());
    const periods = recentPeriods(today);
    if (!periods.includes(state.period)) periods.push(state.period);
    return html`
      <form part="filters" class="filters" aria-label=${copy.filtersLabel} @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <label for="period">${copy.periodLabel}</label>
          <select id="period" @change=${(event: Event) => void this.overview.store?.setPeriod((event.target as HTMLSelectElement).value)}>
            ${periods.map((period) => html`<option value=${period} ?selected=${period === state.period}>${copy.period(period)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="unit">${copy.unitLabel}</label>
          <select id="unit" @change=${(event: Event) => this.overview.store?.setUnit((event.target as HTMLSelectElement).value || null)}>
            <option value="" ?selected=${state.unitId === null}>${copy.anyUnit}</option>
            ${state.units.map((unit) => html`<option value=${unit.id} ?selected=${state.unitId === unit.id}>${unit.name}</option>`)}
          </select>
        </div>
      </form>
    `;
  }

  private renderOverview(state: CriteriaOverviewState, overview: CriteriaOverview): TemplateResult {
    const { copy } = this;
    const rows = state.rows;
    const reviewed = rows.filter((row) => row.review !== null).length;
    const titles = overview.criteria.map((criterion) => this.localize.text(criterion.title));
    return html`
      ${this.renderFilters(state)}
      <div part="summary" class="summary">
        <p>${copy.summary(rows.length, reviewed)}</p>
        <p class="muted">${copy.suppressionNote(overview.minimumCourses)}</p>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="rollup-caption">
        <table part="table">
          <caption id="rollup-caption">${copy.caption(overview.period)}</caption>
          <thead>
            <tr>
              <th scope="col">${copy.offerColumn}</th>
              ${titles.map((title) => html`<th scope="col">${title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => this.renderRow(row, titles, overview))}
          </tbody>
        </table>
      </div>
      <p class="muted">${copy.barsNote}</p>
    `;
  }

  private renderRow(row: CriteriaOverviewRow, titles: readonly string[], overview: CriteriaOverview): TemplateResult {
    const { copy } = this;
    const id = `offer-${row.offer.id}`;
    const opened = this.opened.has(row.offer.id);
    return html`
      <tr>
        <th scope="row">
          <span id=${id} class="offer-name">${row.offer.name}</span>
          <span class="unit">${row.unit.name}</span>
          ${
            row.rounds.length > 0
              ? html`<button
                  part="button rounds-button"
                  type="button"
                  aria-expanded=${opened ? 'true' : 'false'}
                  aria-controls=${`rounds-${row.offer.id}`}
                  aria-describedby=${id}
                  @click=${() => this.toggleRounds(row.offer.id)}
                >
                  ${copy.roundsButton}
                </button>`
              : nothing
          }
        </th>
        ${overview.criteria.map((criterion, index) => {
          const review = row.review?.scores.find((score) => score.criterionId === criterion.id);
          const courses = row.courses.find((cell) => cell.criterionId === criterion.id);
          return html`<td data-label=${titles[index] ?? criterion.id}>
            <span class="line">${review && review.score !== null ? copy.review(this.score(review.score), copy.change(review.change)) : copy.noReview}</span>
            ${review && review.score !== null ? html`<span class="track" aria-hidden="true"><span part="bar" class="bar" ${cssProperties({ '--score': String(review.score) })}></span></span>` : nothing}
            <span class="line courses">${this.coursesText(courses)}</span>
          </td>`;
        })}
      </tr>
      ${opened ? html`<tr class="rounds-row"><td colspan=${overview.criteria.length + 1}>${this.renderRounds(row, overview)}</td></tr>` : nothing}
    `;
  }

  private renderRounds(row: CriteriaOverviewRow, overview: CriteriaOverview): TemplateResult {
    const { copy } = this;
    return html`
      <table part="rounds" class="rounds" id=${`rounds-${row.offer.id}`}>
        <caption>${copy.roundsCaption(row.offer.name)}</caption>
        <thead>
          <tr>
            <th scope="col">${copy.roundColumn}</th>
            <th scope="col">${copy.dateColumn}</th>
            ${overview.criteria.map((criterion) => html`<th scope="col">${this.localize.text(criterion.title)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${row.rounds.map(
            (round) => html`<tr>
              <th scope="row">${round.round}</th>
              <td data-label=${copy.dateColumn}>${formatDate(danishToday(new Date(round.submittedAt)), this.messages)}</td>
              ${overview.criteria.map((criterion) => {
                const score = round.scores.find((entry) => entry.criterionId === criterion.id)?.score ?? null;
                return html`<td data-label=${this.localize.text(criterion.title)}>${score === null ? copy.noScore : this.score(score)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private coursesText(cell: CourseCell | undefined): string {
    return cell?.status === 'shown' ? this.copy.courses(this.score(cell.score)) : this.copy.suppressed;
  }

  private score(value: number): string {
    return value.toLocaleString(this.messages.languageTag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
}

const rollupEvents: readonly StoreEvent<CriteriaOverviewState>[] = [
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
];
