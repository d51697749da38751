import type { UfClient } from '../client/create-client.js';
import type { Id } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import type { CriteriaOverview, CriteriaOverviewRow, CriteriaPeriod } from '../schemas/criteria-overview.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus } from '../store/status.js';
import { STRATEGIC_CRITERIA_ID } from './default-definition.js';

export interface CriteriaOverviewState {
  status: LoadStatus;
  error: Error | null;
  /** The period shown (or being loaded). */
  period: CriteriaPeriod;
  overview: CriteriaOverview | null;
  /** The units that run an offer in the overview, by name: the unit filter's choices. */
  units: Unit[];
  /** Only offers of this unit; null: every unit. */
  unitId: Id | null;
  /** The overview's rows for the unit filter. */
  rows: CriteriaOverviewRow[];
}

export interface CriteriaOverviewStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  /** Default the strategic criteria. */
  definitionId?: Id;
  /** Default `all`. */
  period?: CriteriaPeriod;
}

/**
 * Headless state for the leaders' offers × criteria overview: the period is asked of the server
 * (it decides what is too few to show), the unit filter is applied here. `empty` when no offer has
 * a review round or a course in the period.
 */
export class CriteriaOverviewStore extends ResourceStore<CriteriaOverviewState, CriteriaOverview> {
  private readonly client: UfClient;
  private readonly definitionId: Id;

  constructor(options: CriteriaOverviewStoreOptions) {
    super({ status: 'idle', error: null, period: options.period ?? 'all', overview: null, units: [], unitId: null, rows: [] }, options);
    this.client = options.client;
    this.definitionId = options.definitionId ?? STRATEGIC_CRITERIA_ID;
  }

  /** Show another period: loads it. */
  setPeriod(period: CriteriaPeriod): Promise<void> {
    this.setState({ period });
    return this.load();
  }

  /** Only the offers of one unit (null: every unit). */
  setUnit(unitId: Id | null): void {
    const { overview } = this.getSnapshot();
    this.setState({ unitId, rows: rowsOf(overview, unitId) });
  }

  /** Nothing is written here; trying again means loading again. */
  retry(): Promise<void> {
    return this.load();
  }

  protected fetch(signal: AbortSignal): Promise<CriteriaOverview> {
    return this.client.questionnaire.overview(this.definitionId, this.getSnapshot().period, { signal });
  }

  protected hold(overview: CriteriaOverview | null): Partial<CriteriaOverviewState> {
    const units = unitsOf(overview);
    // A unit with no offer in the new period is no filter any more.
    const unitId = units.some((unit) => unit.id === this.getSnapshot().unitId) ? this.getSnapshot().unitId : null;
    return { status: overview && overview.rows.length > 0 ? 'ready' : 'empty', overview, units, unitId, rows: rowsOf(overview, unitId) };
  }

  protected derive(): Partial<CriteriaOverviewState> {
    return {};
  }

  protected current(): CriteriaOverview | null {
    return this.getSnapshot().overview;
  }
}

function rowsOf(overview: CriteriaOverview | null, unitId: Id | null): CriteriaOverviewRow[] {
  return (overview?.rows ?? []).filter((row) => unitId === null || row.unit.id === unitId);
}

function unitsOf(overview: CriteriaOverview | null): Unit[] {
  const byId = new Map<Id, Unit>();
  for (const row of overview?.rows ?? []) if (!byId.has(row.unit.id)) byId.set(row.unit.id, row.unit);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
