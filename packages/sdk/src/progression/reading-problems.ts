import type { FieldProblem, IsoDate } from '../schemas/common.js';
import type { ProgressionScale, ReadingInput } from '../schemas/progression.js';

/**
 * What makes a reading that matches the contract's shape still unusable, by path and code (never
 * the value): a scale the set does not have, a value off the scale (a step is a whole number),
 * or a day that has not come yet. The server and the in-memory transport check the same.
 */
export function readingProblems(scales: readonly ProgressionScale[], reading: ReadingInput, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const scale = scales.find((candidate) => candidate.id === reading.scaleId);
  if (!scale) problems.push({ path: 'scaleId', code: 'unknown_scale' });
  else if (!valueFits(scale, reading.value)) problems.push({ path: 'value', code: 'out_of_range' });
  if (reading.date > today) problems.push({ path: 'date', code: 'in_future' });
  return problems;
}

/** True when `value` is a step of the anchored scale or within the measured scale's range. */
export function valueFits(scale: ProgressionScale, value: number): boolean {
  if (scale.kind === 'anchored') return Number.isInteger(value) && value >= 1 && value <= scale.steps.length;
  return Number.isFinite(value) && value >= scale.min && value <= scale.max;
}
