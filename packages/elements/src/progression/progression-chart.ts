import { html, svg, nothing, type TemplateResult } from 'lit';
import type { IsoDate, ProgressionAnnotation, ScaleSeries } from '@ungeforlob/sdk';
import { cssProperties } from '../directives/css-properties.js';

/**
 * The plot's own coordinates. The SVG stretches to the box (`preserveAspectRatio="none"`) at a
 * height set in CSS, so a chart is as tall in a 320 px column as in a 1200 px one; lines and
 * markers keep their size through `vector-effect: non-scaling-stroke`, and every word (axis
 * values, dates, annotation numbers) is HTML text at the widget's font size, never SVG text that
 * would shrink with the chart to unreadable (issue #12: 130 × 35 px at 320 px).
 */
export const CHART = { width: 1000, height: 100, left: 0, right: 0, top: 0, bottom: 0 } as const;

/** Where a date and a value sit in the chart, for one scale over one time window. */
export interface ChartFrame {
  from: IsoDate;
  to: IsoDate;
  min: number;
  max: number;
}

/** What the chart says in words: its accessible name and the dates under its time axis. */
export interface ChartWords {
  label: string;
  /** The window's first day, its middle (shown only where there is room) and its last day, each long and short. */
  dates: readonly [from: DateWords, middle: DateWords, to: DateWords];
  /** The annotation's number in the course's list of small successes and setbacks, by its id. */
  annotationNumber: (annotation: ProgressionAnnotation) => number;
}

/** A date on the time axis: "28. jul. 2026" where there is room, "28.7.26" in a narrow column. */
export interface DateWords {
  long: string;
  short: string;
}

const dateLabel = (words: DateWords, className: string) =>
  html`<span class=${className}><span class="long">${words.long}</span><span class="short">${words.short}</span></span>`;

/** A calendar date as a day count: `YYYY-MM-DD` parses as UTC midnight, so there is no summer time to trip on. */
const dayNumber = (date: IsoDate): number => Date.parse(date) / 86_400_000;

/** The window's middle day, for the time axis. */
export function middleDate(frame: Pick<ChartFrame, 'from' | 'to'>): IsoDate {
  const middle = (dayNumber(frame.from) + dayNumber(frame.to)) / 2;
  return new Date(Math.round(middle) * 86_400_000).toISOString().slice(0, 10);
}

/** Where `date` sits between the window's ends, 0–1. */
export function shareOfWindow(frame: Pick<ChartFrame, 'from' | 'to'>, date: IsoDate): number {
  const from = dayNumber(frame.from);
  return (dayNumber(date) - from) / Math.max(1, dayNumber(frame.to) - from);
}

export function xOf(frame: ChartFrame, date: IsoDate): number {
  return CHART.left + shareOfWindow(frame, date) * (CHART.width - CHART.left - CHART.right);
}

export function yOf(frame: ChartFrame, value: number): number {
  return CHART.top + (1 - (value - frame.min) / (frame.max - frame.min)) * (CHART.height - CHART.top - CHART.bottom);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The values on the y axis: both ends, and between them the fewest round steps that divide the
 * range into at most four (1–10 → 1, 4, 7, 10; 0–100 → 0, 25, 50, 75, 100), or the ends alone.
 */
export function valueTicks(frame: Pick<ChartFrame, 'min' | 'max'>): number[] {
  const span = frame.max - frame.min;
  const step = [1, 2, 3, 5, 10, 20, 25, 50, 100, 250, 500, 1000].find((candidate) => span % candidate === 0 && span / candidate <= 4);
  if (!step) return [frame.min, frame.max];
  return Array.from({ length: span / step + 1 }, (_tick, index) => frame.min + index * step);
}

/** Marks closer than this share of the window may touch in a 320 px column, so they take different rows. */
const CROWDED = 0.1;

/**
 * The annotations' numbers under the time axis, each at its date, in as many rows as it takes for
 * no number to hide another: each goes into the first row where the mark before it is far enough.
 */
function annotationMarks(annotations: readonly ProgressionAnnotation[], frame: ChartFrame, words: ChartWords): TemplateResult {
  const rowEnds: number[] = [];
  const marks = annotations.map((annotation) => {
    const at = shareOfWindow(frame, annotation.date);
    let row = rowEnds.findIndex((end) => at - end >= CROWDED);
    if (row === -1) row = rowEnds.push(at) - 1;
    else rowEnds[row] = at;
    return { annotation, at, row };
  });
  return html`<div class="marks" ${cssProperties({ '--rows': String(rowEnds.length) })}>
    ${marks.map(
      ({ annotation, at, row }) =>
        html`<span class=${`mark ${annotation.kind}`} ${cssProperties({ '--at': String(at), '--row': String(row) })}>${words.annotationNumber(annotation)}</span>`,
    )}
  </div>`;
}

/**
 * One scale's chart: a line per rater with a marker at each reading, the y axis from the scale's
 * range, dates under the time axis and the course's annotations as numbered marks that match the
 * numbered list above the charts. Raters differ by line style and marker shape as well as colour
 * (WCAG 1.4.1); the table below holds the same numbers. Lines and markers are one path each, so
 * 260 readings are a handful of elements.
 */
export function progressionChart(series: ScaleSeries, frame: ChartFrame, annotations: readonly ProgressionAnnotation[], words: ChartWords): TemplateResult {
  const ticks = valueTicks(frame);
  const share = (value: number) => (value - frame.min) / (frame.max - frame.min);
  return html`
    <div part="chart" class="chart" role="img" aria-label=${words.label}>
      <div class="values">${ticks.map((tick) => html`<span ${cssProperties({ '--at': String(share(tick)) })}>${tick}</span>`)}</div>
      <svg class="plot" viewBox="0 0 ${CHART.width} ${CHART.height}" preserveAspectRatio="none">
        ${ticks.map((tick) => svg`<line class="grid" x1="0" x2=${CHART.width} y1=${round(yOf(frame, tick))} y2=${round(yOf(frame, tick))}></line>`)}
        ${annotations.map(
          (annotation) =>
            svg`<line class=${`annotation ${annotation.kind}`} x1=${round(xOf(frame, annotation.date))} x2=${round(xOf(frame, annotation.date))} y1="0" y2=${CHART.height}></line>`,
        )}
        ${series.series.map((line) => {
          const points = line.points.map((point) => `${round(xOf(frame, point.date))} ${round(yOf(frame, point.value))}`);
          return svg`
            <path class=${`line rater-${line.ratedBy}`} data-rater=${line.ratedBy} d=${`M${points.join('L')}`}></path>
            <path class=${`markers rater-${line.ratedBy}`} d=${points.map((point) => `M${point}h0`).join('')}></path>
          `;
        })}
      </svg>
      <div class="dates">
        ${annotations.length ? annotationMarks(annotations, frame, words) : nothing}
        ${dateLabel(words.dates[0], 'from')} ${dateLabel(words.dates[1], 'middle')} ${dateLabel(words.dates[2], 'to')}
      </div>
    </div>
  `;
}
