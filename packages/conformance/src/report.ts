/** One expectation the kit checked, in a group of the report. */
export interface Outcome {
  group: string;
  name: string;
  passed: boolean;
  /** Why it failed; never a token or a body (bodies hold personal data). */
  detail?: string;
}

/** Collects outcomes as the checks run. */
export class Results {
  readonly outcomes: Outcome[] = [];

  /** Records `passed` for `name`; `detail` says what was seen instead. */
  expect(group: string, name: string, passed: boolean, detail?: string): boolean {
    this.outcomes.push({ group, name, passed, ...(passed || detail === undefined ? {} : { detail }) });
    return passed;
  }

  get passed(): number {
    return this.outcomes.filter((outcome) => outcome.passed).length;
  }

  get failed(): number {
    return this.outcomes.length - this.passed;
  }
}

/** The report as the command line prints it: per group its counts and every failure, then the totals. */
export function formatReport(results: Results, heading: string): string {
  const groups = [...new Set(results.outcomes.map((outcome) => outcome.group))];
  const lines = [heading, ''];
  for (const group of groups) {
    const outcomes = results.outcomes.filter((outcome) => outcome.group === group);
    const failed = outcomes.filter((outcome) => !outcome.passed);
    lines.push(`${failed.length === 0 ? '✓' : '✗'} ${group.padEnd(46, ' ')} ${outcomes.length - failed.length} passed, ${failed.length} failed`);
    for (const outcome of failed) lines.push(`    ✗ ${outcome.name}${outcome.detail ? `: ${outcome.detail}` : ''}`);
  }
  lines.push('', `${results.passed} passed, ${results.failed} failed`);
  return lines.join('\n');
}
