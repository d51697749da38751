import { svg, type TemplateResult } from 'lit';
import type { IsoDate, ProgressionAnnotation, ScaleSeries } from '@ungeforlob/sdk';

// The chart's own coordinate system; the SVG scales to any width (viewBox), so it stays crisp.
export const CHART = { width: 640, height: 180, left: 36, right: 12, top: 12, bottom: 24 } as const;

/** Where a date and a value sit in the chart, for one scale over one time window. */
export interface ChartFrame {
  from: IsoDate;
  to: IsoDate;
  min: number;
  max: number;
}

/** A calendar date as a day count: `YYYY-MM-DD` parses as UTC midnight, so there is no summer time to trip on. */
const dayNumber = (date: IsoDate): number => Date.parse(date) / 86_400_000;

export function xOf(frame: ChartFrame, date: IsoDate): number {
  const from = dayNumber(frame.from);
  const span = Math.max(1, dayNumber(frame.to) - from);
  return CHART.left + ((dayNumber(date) - from) / span) * (CHART.width - CHART.left - CHART.right);
}

export function yOf(frame: ChartFrame, value: number): number {
  return CHART.top + (1 - (value - frame.min) / (frame.max - frame.min)) * (CHART.height - CHART.top - CHART.bottom);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * One scale's chart: a line per rater with a marker at each reading, the y axis from the scale's
 * range and annotations as ticks on the time axis. Raters differ by line style and marker shape as
 * well as colour (WCAG 1.4.1); the table beside it holds the same numbers. Lines and markers are
 * one path each, so 260 readings are a handful of elements.
 */
export function progressionChart(
  series: ScaleSeries,
  frame: ChartFrame,
  annotations: readonly ProgressionAnnotation[],
  label: string,
  dateLabels: readonly [string, string],
): TemplateResult {
  const ticks = series.range.max - series.range.min <= 10 ? [frame.min, Math.round((frame.min + frame.max) / 2), frame.max] : [frame.min, frame.max];
  const bottom = CHART.height - CHART.bottom;
  return svg`
    <svg part="chart" class="chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label=${label} preserveAspectRatio="none">
      ${ticks.map(
        (tick) => svg`<line class="grid" x1=${CHART.left} x2=${CHART.width - CHART.right} y1=${round(yOf(frame, tick))} y2=${round(yOf(frame, tick))}></line>
        <text class="axis" x=${CHART.left - 6} y=${round(yOf(frame, tick)) + 4} text-anchor="end">${tick}</text>`,
      )}
      <text class="axis" x=${CHART.left} y=${CHART.height - 4}>${dateLabels[0]}</text>
      <text class="axis" x=${CHART.width - CHART.right} y=${CHART.height - 4} text-anchor="end">${dateLabels[1]}</text>
      ${annotations.map((annotation) => svg`<path class=${`annotation ${annotation.kind}`} d=${`M${round(xOf(frame, annotation.date))} ${bottom} v6`}><title>${annotation.text}</title></path>`)}
      ${series.series.map((line) => {
        const points = line.points.map((point) => `${round(xOf(frame, point.date))} ${round(yOf(frame, point.value))}`);
        return svg`
          <path class=${`line rater-${line.ratedBy}`} data-rater=${line.ratedBy} d=${`M${points.join('L')}`}></path>
          <path class=${`markers rater-${line.ratedBy}`} d=${points.map((point) => `M${point}h0`).join('')}></path>
        `;
      })}
    </svg>
  `;
}

const STAR = { size: 240, radius: 90 } as const;

/** A point on spoke `index` of `count` at `share` (0–1) of the radius; the first spoke points up. */
function spoke(index: number, count: number, share: number): string {
  const angle = (index / count) * 2 * Math.PI - Math.PI / 2;
  const centre = STAR.size / 2;
  return `${round(centre + Math.cos(angle) * STAR.radius * share)},${round(centre + Math.sin(angle) * STAR.radius * share)}`;
}

/**
 * The star (radar) of one rater's first and latest reading on every scale, as shares of each
 * scale's range so anchored and measured scales share the spokes. First is dashed, latest solid;
 * scales without readings sit at the centre. The table beside it holds the numbers.
 */
export function starChart(firstShares: readonly (number | null)[], latestShares: readonly (number | null)[], label: string): TemplateResult {
  const count = firstShares.length;
  const outline = (shares: readonly (number | null)[]) => shares.map((share, index) => spoke(index, count, share ?? 0)).join(' ');
  return svg`
    <svg part="star" class="star" viewBox="0 0 ${STAR.size} ${STAR.size}" role="img" aria-label=${label}>
      ${[0.5, 1].map((ring) => svg`<polygon class="ring" points=${firstShares.map((_share, index) => spoke(index, count, ring)).join(' ')}></polygon>`)}
      ${firstShares.map((_share, index) => svg`<line class="grid" x1=${STAR.size / 2} y1=${STAR.size / 2} x2=${spoke(index, count, 1).split(',')[0]} y2=${spoke(index, count, 1).split(',')[1]}></line>`)}
      <polygon class="first" points=${outline(firstShares)}></polygon>
      <polygon class="latest" points=${outline(latestShares)}></polygon>
    </svg>
  `;
}
