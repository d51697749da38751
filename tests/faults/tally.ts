// Counts the combinations tried and held, per widget and route, and prints them as one table at
// the end of the run, so CI output says how much of the fault matrix was covered.

interface Row {
  tried: number;
  held: number;
  failed: string[];
  /** Held, but only after the widget showed a conflict about the person's own write (it had landed). */
  ownConflict: string[];
}

const emptyRow = (): Row => ({ tried: 0, held: 0, failed: [], ownConflict: [] });

export class Tally {
  private readonly rows = new Map<string, Row>();

  /** Names a row before any of its combinations runs, so the table keeps the matrix's order. */
  register(row: string): void {
    if (!this.rows.has(row)) this.rows.set(row, emptyRow());
  }

  /**
   * Runs one combination; it held if `attempt` resolves. A failure is counted and re-thrown.
   * `attempt` resolves `ownConflict` when retrying met a conflict with the person's own landed write.
   */
  async track(row: string, fault: string, attempt: () => Promise<'ownConflict' | void>): Promise<void> {
    this.register(row);
    const counts = this.rows.get(row)!;
    counts.tried += 1;
    try {
      if ((await attempt()) === 'ownConflict') counts.ownConflict.push(fault);
      counts.held += 1;
    } catch (error) {
      counts.failed.push(fault);
      throw error;
    }
  }

  get tried(): number {
    return [...this.rows.values()].reduce((sum, row) => sum + row.tried, 0);
  }

  get held(): number {
    return [...this.rows.values()].reduce((sum, row) => sum + row.held, 0);
  }

  /** The table, then the one line a reader looks for: `faults: 150 combinations tried, 150 held`. */
  report(seconds: number): string {
    const rows = [...this.rows].filter(([, row]) => row.tried > 0);
    const width = Math.max(...rows.map(([name]) => name.length), 'widget · route'.length);
    const lines = [`${'widget · route'.padEnd(width)}  tried  held  did not hold`];
    for (const [name, row] of rows)
      lines.push(`${name.padEnd(width)}  ${String(row.tried).padStart(5)}  ${String(row.held).padStart(4)}  ${row.failed.join(', ')}`);
    const ownConflicts = rows.flatMap(([name, row]) => (row.ownConflict.length ? [`  ${name}: ${row.ownConflict.join(', ')}`] : []));
    if (ownConflicts.length) {
      lines.push(
        '',
        "Held, but the write had landed and its answer was lost, so retrying showed a conflict with the person's own change first:",
        ...ownConflicts,
      );
    }
    lines.push('', `faults: ${this.tried} combinations tried, ${this.held} held (${seconds.toFixed(1)} s)`);
    return lines.join('\n');
  }
}
