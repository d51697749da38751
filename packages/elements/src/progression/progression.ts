import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ProgressionStore,
  RATERS,
  danishToday,
  firstAndLatest,
  isHttpError,
  progressionForYouth,
  progressionWindow,
  scaleRange,
  valueFits,
  type LocalizedText,
  type ProgressionAnnotation,
  type ProgressionReading,
  type ProgressionScale,
  type ProgressionState,
  type Rater,
  type ScaleSeries,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { describeError, formatDate, formatShortDate } from '../i18n/index.js';
import type { ProgressionMessages } from '../i18n/messages.js';
import { errorPanel, frame, placeholder, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
// The events the widget fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';
import { changeChart, type ChangeRow } from './change-chart.js';
import { middleDate, progressionChart, type DateWords } from './progression-chart.js';
import { progressionSkeleton } from './progression-skeleton.js';
import { progressionStyles } from './progression.styles.js';
import { progressionCopy } from './progression.copy.js';

/** `overview`: charts over time with notices and tables. `rate`: one scale at a time, to give a reading. */
export type ProgressionMode = 'overview' | 'rate';

/**
 * @summary "The small progression": readings on anchored scales over time, by the young person
 * and by the professional, side by side; first → latest on every scale; small successes and
 * setbacks in words; passivity and disagreement as notices; a table with the same numbers under
 * every chart; and a rating mode, one scale at a time.
 *
 * @fires uf-progression-loaded - The scales and readings arrived (`detail.readings`: how many).
 * @fires uf-error - Loading or saving failed (`detail.error`, `detail.operation`: `load` or `save`).
 *
 * @csspart base - The widget.
 * @csspart heading - Its heading.
 * @csspart notice - A passivity or disagreement notice.
 * @csspart scale - One scale's figure.
 * @csspart change - First → latest reading on every scale, per rater (a dot plot with the numbers in words).
 * @csspart chart - One scale's chart over time: the axis values, the plot (SVG) and the dates.
 * @csspart table - The numbers of a chart.
 * @csspart rating - The steps to choose from (rating mode).
 * @csspart button - Every button.
 * @csspart error - A loading error.
 */
export class UfProgression extends UfElement {
  static override styles = progressionStyles;

  static override properties = {
    mode: { reflect: true },
    rater: {},
    scaleIndex: { state: true },
  };

  declare mode: ProgressionMode;
  /** Who gives readings in rating mode: `professional` (default) or `youth` (plain words, their own view). */
  declare rater: Rater;
  declare private scaleIndex: number;
  /** The step or value chosen and the note typed in rating mode, per scale, until saved. */
  private choices = new Map<string, { value?: number; note: string }>();
  /** What is wrong with the value in rating mode before anything is sent: none chosen, or off the scale. */
  private valueProblem: 'missing' | 'outOfRange' | null = null;
  /** Scales whose numbers table is open: the rows are built only then (12 scales × 260 readings is 12 000 cells). */
  private openTables = new Set<string>();
  private readonly progression = new CourseStoreController<ProgressionState, ProgressionStore>(this, {
    // A plan shown with the same client (same provider, or same user) reaches the store through
    // the SDK's cache: passivity also counts changes to the plan (seed 003).
    create: (client, courseId, now) => new ProgressionStore({ client, courseId, now }),
    onChange: storeEvents(this, progressionEvents),
    onReplace: () => {
      this.choices = new Map();
      this.openTables = new Set();
      this.scaleIndex = 0;
    },
  });

  constructor() {
    super();
    this.mode = 'overview';
    this.rater = 'professional';
    this.scaleIndex = 0;
  }

  private get copy(): ProgressionMessages {
    return this.localize.copy(progressionCopy);
  }

  /** The young person's own view: their words, and no setbacks (as in the plan's youth mode). */
  private get youth(): boolean {
    return this.rater === 'youth';
  }

  private text(value: LocalizedText): string {
    return this.localize.text(value);
  }

  protected override render(): TemplateResult {
    const state = this.progression.state;
    return frame({
      element: 'section',
      className: 'progression',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.youth ? this.copy.plain.title : this.copy.title, 'heading'),
      status: state?.status === 'loading' ? this.copy.loading : state ? this.saveStatus(state) : '',
      busy: waitingForContent(state?.status),
      body: !state || waitingForContent(state.status) ? placeholder(progressionSkeleton(this.mode)) : this.renderBody(state),
    });
  }

  private saveStatus(state: ProgressionState): string {
    if (state.add.status === 'saving') return this.copy.saving;
    if (state.add.status === 'saved') return this.copy.saved;
    return '';
  }

  private renderBody(state: ProgressionState): unknown {
    if (state.status === 'error' || !state.scaleSet)
      return errorPanel(state.error, this.messages, () => void this.retryLoad(this.progression.store, false), nothing, this.youth ? 'youth' : 'staff');
    return this.mode === 'rate' ? this.renderRating(state) : this.renderOverview(state);
  }

  private renderOverview(state: ProgressionState): unknown {
    const { facts, series } = state;
    if (!facts || !state.progression) return nothing;
    // A young person's own screen shows no setbacks, as the server's youth view and the plan's youth
    // mode: not in the list, not as marks, and not by where the time axis starts.
    const progression = this.youth ? progressionForYouth(state.progression) : state.progression;
    const { annotations } = progression;
    const window = progressionWindow(progression, facts.today);
    const raterName = (rater: Rater) => (this.youth ? this.copy.ratersPlain : this.copy.raters)[rater];
    const raters = RATERS.filter((rater) => series.some((entry) => entry.series.some((line) => line.ratedBy === rater)));
    const notice = (words: string) => html`<p part="notice" class="notice"><span aria-hidden="true">⚠ </span>${words}</p>`;
    const disagreement = this.youth ? this.copy.plain.disagreement : this.copy.disagreement;
    return html`
      ${
        facts.passivity.passive
          ? notice(
              this.youth
                ? this.copy.plain.passive(facts.passivity.weeks)
                : this.copy.passive(facts.passivity.daysSince ?? 0, facts.passivity.weeks, facts.passivity.contactKnown),
            )
          : nothing
      }
      ${facts.disagreements.map((entry) => notice(disagreement(this.text(entry.scale.title), entry.youth.value, entry.professional.value)))}
      ${
        state.status === 'empty'
          ? html`<p>${this.copy.empty}</p>`
          : html`
            <p class="legend" aria-hidden="true">${raters.map((rater) => html`<span class=${`key rater-${rater}`}><span class="swatch"></span>${raterName(rater)}</span>`)}</p>
            ${this.renderChange(state, raters, raterName)} ${this.renderAnnotations(annotations)}
          `
      }
      ${repeat(
        series,
        (entry) => entry.scale.id,
        (entry) => this.renderScale(entry, { ...window, min: entry.range.min, max: entry.range.max }, annotations, state, raterName),
      )}
    `;
  }

  /** First against latest on every scale, per rater, in words and as a dot plot. */
  private renderChange(state: ProgressionState, raters: readonly Rater[], raterName: (rater: Rater) => string): TemplateResult {
    const scales = state.scaleSet!.scales;
    const readings = state.progression!.readings;
    const byRater = raters.map((rater) => ({ rater, entries: firstAndLatest(scales, readings, rater) }));
    const rows: ChangeRow[] = scales.map((scale, index) => {
      const { min, max } = scaleRange(scale);
      return {
        scaleId: scale.id,
        title: this.text(scale.title),
        ends: [this.valueText(scale, min), this.valueText(scale, max)],
        raters: byRater.flatMap(({ rater, entries }) => (entries[index]?.first ? [{ rater, entry: entries[index] }] : [])),
      };
    });
    const key = html`<p class="change-key" aria-hidden="true">
      <span class="key-first">${this.copy.changeKey.first}</span> <span class="key-latest">${this.copy.changeKey.latest}</span>
    </p>`;
    return changeChart(
      rows,
      {
        raterName,
        spoken: (first, latest) => this.copy.fromTo(first, latest),
        noReadings: this.copy.noReadings,
        value: (scaleId, value) =>
          this.valueText(
            scales.find((scale) => scale.id === scaleId)!,
            value,
          ),
      },
      html`${this.heading(1, 'change-heading', this.copy.changeHeading)}${key}`,
    );
  }

  /** The course's small successes and setbacks, numbered as the charts mark them, in words anyone can reach. */
  private renderAnnotations(annotations: readonly ProgressionAnnotation[]): unknown {
    if (!annotations.length) return nothing;
    return html`
      <section class="annotations" aria-labelledby="annotations-heading">
        ${this.heading(1, 'annotations-heading', this.copy.annotations)}
        <ol class="annotation-list" role="list">
          ${annotations.map(
            (annotation, index) => html`
              <li>
                <span class=${`mark ${annotation.kind}`} aria-hidden="true">${index + 1}</span>
                <span
                  ><strong>${this.copy.annotationKinds[annotation.kind]}</strong>,
                  <time datetime=${annotation.date}>${formatDate(annotation.date, this.messages)}</time>: ${annotation.text}</span
                >
              </li>
            `,
          )}
        </ol>
      </section>
    `;
  }

  /** A reading's value as printed: the number, and the unit of a measured scale. */
  private valueText(scale: ProgressionScale, value: number): string {
    return scale.kind === 'measured' ? `${value} ${scale.unit}` : String(value);
  }

  private renderScale(
    entry: ScaleSeries,
    frame: { from: string; to: string; min: number; max: number },
    annotations: readonly ProgressionAnnotation[],
    state: ProgressionState,
    raterName: (rater: Rater) => string,
  ): TemplateResult {
    const title = this.text(entry.scale.title);
    const changes = state.facts!.changes.filter((change) => change.scale.id === entry.scale.id);
    const readings = entry.series.flatMap((line) => line.points.map((point) => point.reading)).sort((a, b) => a.date.localeCompare(b.date));
    const value = (reading: ProgressionReading) => this.valueText(entry.scale, reading.value);
    const spokenChanges = entry.series
      .map((line) => {
        const first = line.points[0]!.reading;
        const latest = line.points.at(-1)!.reading;
        return `${raterName(line.ratedBy)}: ${this.copy.fromTo(value(first), first === latest ? null : value(latest))}.`;
      })
      .join(' ');
    return html`
      <figure part="scale" class="scale" id=${`scale-${entry.scale.id}`}>
        <figcaption><strong>${title}</strong>${changes.length ? html` – ${changes.map((change) => this.copy.sinceFirst(raterName(change.ratedBy), change.sinceFirst)).join('; ')}` : nothing}</figcaption>
        ${
          readings.length
            ? progressionChart(entry, frame, annotations, {
                label: this.copy.chartLabel(title, formatDate(frame.from, this.messages), formatDate(frame.to, this.messages), spokenChanges),
                dates: [frame.from, middleDate(frame), frame.to].map((date) => ({
                  long: formatShortDate(date, this.messages),
                  short: formatShortDate(date, this.messages, true),
                })) as [DateWords, DateWords, DateWords],
                annotationNumber: (annotation) => annotations.indexOf(annotation) + 1,
              })
            : html`<p class="muted">${this.copy.noReadings}</p>`
        }
        ${
          readings.length
            ? html`<details @toggle=${(event: Event) => this.toggleTable(entry.scale.id, (event.target as HTMLDetailsElement).open)}>
              <summary>${this.copy.showNumbers}<span class="visually-hidden"> ${this.copy.numbersOf(title)}</span></summary>
              ${this.openTables.has(entry.scale.id) ? this.renderTable(title, readings, value, raterName) : nothing}
            </details>`
            : nothing
        }
      </figure>
    `;
  }

  private toggleTable(scaleId: string, open: boolean): void {
    if (open) this.openTables.add(scaleId);
    else this.openTables.delete(scaleId);
    this.requestUpdate();
  }

  private renderTable(
    title: string,
    readings: readonly ProgressionReading[],
    value: (reading: ProgressionReading) => string,
    raterName: (rater: Rater) => string,
  ): TemplateResult {
    return html`
              <table part="table">
                <caption class="visually-hidden">${title}</caption>
                <thead><tr><th scope="col">${this.copy.columns.date}</th><th scope="col">${this.copy.columns.rater}</th><th scope="col">${this.copy.columns.value}</th><th scope="col">${this.copy.columns.note}</th></tr></thead>
                <tbody>
                  ${readings.map(
                    (reading) =>
                      html`<tr><td data-label=${this.copy.columns.date}><time datetime=${reading.date}>${formatDate(reading.date, this.messages)}</time></td><td data-label=${this.copy.columns.rater}>${raterName(reading.ratedBy)}</td><td data-label=${this.copy.columns.value}>${value(reading)}</td><td data-label=${this.copy.columns.note}>${reading.note ?? ''}</td></tr>`,
                  )}
                </tbody>
              </table>
    `;
  }

  /** One scale at a time: its steps with their plain-language descriptions, a date and a note. */
  private renderRating(state: ProgressionState): unknown {
    const scales = state.scaleSet!.scales.filter((scale) => scale.inDefaultSet);
    const index = Math.min(this.scaleIndex, scales.length - 1);
    const scale = scales[index]!;
    const choice = this.choices.get(scale.id) ?? { note: '' };
    const saving = state.add.status === 'saving';
    const failed = state.add.status === 'error';
    return html`
      <form class="rate" novalidate @submit=${(event: Event) => {
        event.preventDefault();
        if (!saving) void this.save(scale);
      }}>
        ${this.heading(1, 'scale-heading', this.copy.rateHeading(this.text(scale.title), index + 1, scales.length), undefined, true)}
        ${scale.description ? html`<p class="muted">${this.text(scale.description)}</p>` : nothing}
        ${this.renderChoices(scale, choice.value)}
        ${this.renderValueProblem(scale, state)}
        <label for="reading-note">${this.copy.note}</label>
        <textarea id="reading-note" rows="2" maxlength="500" .value=${live(choice.note)} @input=${(event: Event) => this.choose(scale.id, { note: (event.target as HTMLTextAreaElement).value })}></textarea>
        ${failed && !refusedValue(state.add.error) ? html`<p part="error" class="error" role="alert">${describeError(state.add.error, this.messages, this.youth ? 'youth' : 'staff')} ${this.copy.notSaved}</p>` : nothing}
        <div class="actions">
          <button part="button save-button" class="primary" type="submit" aria-disabled=${saving ? 'true' : 'false'}>${this.copy.save}</button>
          <button part="button" type="button" ?hidden=${index === 0} @click=${() => this.step(index - 1)}>${this.copy.previousScale}</button>
          <button part="button" type="button" ?hidden=${index >= scales.length - 1} @click=${() => this.step(index + 1)}>${this.copy.nextScale}</button>
        </div>
      </form>
    `;
  }

  private renderChoices(scale: ProgressionScale, value: number | undefined): TemplateResult {
    if (scale.kind === 'measured') {
      return html`
        <label for="reading-value">${this.copy.measuredLabel(scale.unit)}</label>
        <input id="reading-value" type="number" min=${scale.min} max=${scale.max} step="1" aria-invalid=${this.valueInvalid ? 'true' : 'false'} aria-describedby=${this.valueInvalid ? 'value-problem' : nothing} .value=${live(value === undefined ? '' : String(value))}
          @input=${(event: Event) => {
            const raw = (event.target as HTMLInputElement).value;
            this.choose(scale.id, raw === '' ? { value: undefined } : { value: Number(raw) });
          }} />
      `;
    }
    return html`
      <div part="rating" class="rating" role="radiogroup" aria-labelledby="scale-heading" aria-invalid=${this.valueInvalid ? 'true' : 'false'} aria-describedby=${this.valueInvalid ? 'value-problem' : nothing}>
        ${repeat(
          scale.steps,
          (_step, position) => `${scale.id}-${position}`,
          (step, position) => html`
            <label class="choice">
              <input type="radio" name=${`reading-${scale.id}`} .checked=${live(value === position + 1)} @change=${() => this.choose(scale.id, { value: position + 1 })} />
              <span><strong>${position + 1}</strong> ${this.text(!this.youth && step.staffText ? step.staffText : step.text)}</span>
            </label>
          `,
        )}
      </div>
    `;
  }

  /** The value is missing or off the scale, found here or by the server (a 400 naming `value`). */
  private get valueInvalid(): boolean {
    return this.valueProblem !== null || refusedValue(this.progression.state?.add.error ?? null);
  }

  private renderValueProblem(scale: ProgressionScale, state: ProgressionState): unknown {
    const problem = this.valueProblem ?? (state.add.status === 'error' && refusedValue(state.add.error) ? 'outOfRange' : null);
    if (!problem) return nothing;
    const text =
      problem === 'outOfRange' && scale.kind === 'measured'
        ? this.copy.valueOutOfRange(scale.min, scale.max, scale.unit)
        : scale.kind === 'measured'
          ? this.copy.enterValue
          : this.copy.chooseValue;
    return html`<p id="value-problem" class="field-problem" role="alert">${text}</p>`;
  }

  private choose(scaleId: string, change: { value?: number | undefined; note?: string }): void {
    const current = this.choices.get(scaleId) ?? { note: '' };
    const next = { ...current, ...change };
    if ('value' in change) this.valueProblem = null;
    if ('value' in change && change.value === undefined) delete next.value;
    this.choices.set(scaleId, next);
    this.requestUpdate();
  }

  private async save(scale: ProgressionScale): Promise<void> {
    const choice = this.choices.get(scale.id);
    // Checked here with the scale's own rule before anything is sent: a value off the scale gets a
    // sentence about the value, not "something went wrong" after the server's 400.
    const problem = choice?.value === undefined ? 'missing' : !valueFits(scale, choice.value) || !Number.isInteger(choice.value) ? 'outOfRange' : null;
    if (!choice || choice.value === undefined || problem) {
      this.valueProblem = problem;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[name^="reading-"], #reading-value')?.focus();
      return;
    }
    const today = this.progression.state?.facts?.today ?? danishToday(this.now ?? new Date());
    const note = choice.note.trim();
    const outcome = await this.progression.store?.addReading({
      scaleId: scale.id,
      value: choice.value,
      date: today,
      ratedBy: this.rater,
      ...(note ? { note } : {}),
    });
    if (outcome?.kind === 'added') {
      this.choices.delete(scale.id);
      this.requestUpdate();
    }
  }

  private async step(index: number): Promise<void> {
    this.scaleIndex = index;
    this.valueProblem = null;
    // The last save's error was about the scale left behind; what was chosen there is kept in `choices`.
    if (this.progression.state?.add.status === 'error') this.progression.store?.discard();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#scale-heading')?.focus();
  }
}

/** A 400 whose `errors` name the value: the server found it off the scale. */
function refusedValue(error: Error | null): boolean {
  return isHttpError(error) && error.status === 400 && (error.problem?.errors ?? []).some((problem) => problem.path === 'value');
}

/** The widget's public events, by store transition. */
const progressionEvents: readonly StoreEvent<ProgressionState>[] = [
  {
    event: 'uf-progression-loaded',
    when: entered((state) => state.status, 'ready', 'empty'),
    detail: (state) => ({ readings: state.progression?.readings.length ?? 0 }),
  },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
  {
    event: 'uf-error',
    // One failure, one event: a reading that fails as loading does is told as the load's.
    when: (state, previous) =>
      entered((s: ProgressionState) => s.add.status, 'error')(state, previous) && !entered((s: ProgressionState) => s.status, 'error')(state, previous),
    detail: failure((state) => state.add.error, 'save'),
  },
];
