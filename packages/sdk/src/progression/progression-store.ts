import type { UfClient } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import type { IsoDate } from '../schemas/common.js';
import type { AnnotationInput, CourseProgression, ProgressionAnnotation, ProgressionReading, ReadingInput, ScaleSet } from '../schemas/progression.js';
import { NotLoadedError, asError } from '../store/resource-lifecycle.js';
import { planKey } from '../plan/plan-store.js';
import type { Plan } from '../schemas/plan.js';
import { cacheOf, type CacheKey } from '../store/resource-cache.js';
import { contactLogKey } from '../contact-log/contact-log-store.js';
import { lastHeldContactDay } from '../contact-log/contact-log-facts.js';
import type { ContactLog } from '../schemas/contact-log.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus, WriteState } from '../store/status.js';
import { danishToday } from '../time/calendar.js';
import { deriveProgressionFacts, type DisagreementOptions, type ProgressionFacts } from './progression-facts.js';
import { progressionSeries, type ScaleSeries } from './progression-series.js';
import { lastPlanActivity } from './plan-activity.js';
import { byDate } from './readings-by-scale.js';

export type ProgressionAddStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What is being added, with the id it is sent under: the same id for every retry, so a retry never makes two. */
export type PendingEntry = { kind: 'reading'; id: string; input: ReadingInput } | { kind: 'annotation'; id: string; input: AnnotationInput };

export interface ProgressionAddState {
  status: ProgressionAddStatus;
  /**
   * The reading or annotation as the person gave it, kept while saving and after an error so the
   * widget can show it and {@link ProgressionStore.retryAdd} sends it again. Never shown as saved
   * before the server says so: a rating in a chart that was never stored would mislead.
   */
  pending: PendingEntry | null;
  /** Why the last add failed: usually a {@link UfError} (`retryable` says whether to offer a retry). */
  error: Error | null;
}

export interface ProgressionState {
  status: LoadStatus;
  /** Why loading failed: usually a {@link UfError}. */
  error: Error | null;
  scaleSet: ScaleSet | null;
  progression: CourseProgression | null;
  facts: ProgressionFacts | null;
  /** Chart-ready series per scale of the set. */
  series: ScaleSeries[];
  add: ProgressionAddState;
}

export interface ProgressionStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
  /**
   * The day the plan last changed (see `lastPlanActivity(plan)`); passivity counts from the later
   * of it and the last reading. Default: taken from a plan store of the same client, when one holds
   * this course's plan, and kept current as that plan changes.
   */
  lastPlanActivity?: IsoDate | null;
  /**
   * The day of the last contact held with the young person; passivity counts from it too. Default:
   * taken from a contact log store of the same client on this course, and kept current as contacts are logged.
   */
  lastContact?: IsoDate | null;
  /** Weeks before a quiet course is flagged. Default 6. */
  passivityWeeks?: number;
  disagreement?: DisagreementOptions;
  /** Makes the id a new reading or annotation is sent under. Default `crypto.randomUUID()`. */
  newId?: () => string;
}

/** How an add ended. Never a rejection: failures are also in `state.add`. */
export type ProgressionAddOutcome = { kind: 'added'; entry: ProgressionReading | ProgressionAnnotation; created: boolean } | { kind: 'failed'; error: Error };

const idleAdd: ProgressionAddState = { status: 'idle', pending: null, error: null };

/** What a progression store holds: the scales it is rated on and the course's readings. */
interface ProgressionValue {
  scaleSet: ScaleSet;
  progression: CourseProgression;
}

/**
 * Headless state for one course's progression: the scale set and the readings, the derived facts
 * (distance travelled, disagreement, passivity) kept current by a clock, and chart-ready series.
 * Adding is not optimistic: the state says `saving`, keeps what was typed through an error, and
 * {@link retry} sends it again under the same id. Call {@link dispose} when done.
 */
export class ProgressionStore extends ResourceStore<ProgressionState, ProgressionValue> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly newId: () => string;
  private readonly options: ProgressionStoreOptions;
  private planActivity: IsoDate | null;
  /** The last held contact's day; undefined while the contact log is not known (never read, or not kept by the case system). */
  private contactActivity: IsoDate | null | undefined;
  private readonly stopWatching: (() => void)[];

  constructor(options: ProgressionStoreOptions) {
    super({ status: 'idle', error: null, scaleSet: null, progression: null, facts: null, series: [], add: idleAdd }, options);
    this.options = options;
    this.client = options.client;
    this.courseId = options.courseId;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    const cache = cacheOf(options.client);
    this.shared = { cache, key: ['progression', options.courseId] };
    const follow = <T>(
      key: CacheKey,
      given: IsoDate | null | undefined,
      dayOf: (value: T) => IsoDate | null,
      set: (day: IsoDate | null | undefined) => void,
    ) => {
      // Given by the host: theirs, not the cache's (null included: "none").
      if (given !== undefined) return () => {};
      const known = cache.peek<T | null>(key);
      set(known ? dayOf(known) : undefined);
      return cache.watch<T | null>(key, (changed) => {
        if (changed === undefined) return;
        set(changed ? dayOf(changed) : null);
        this.refreshFacts();
      });
    };
    this.planActivity = options.lastPlanActivity ?? null;
    this.contactActivity = options.lastContact;
    this.stopWatching = [
      follow<Plan>(planKey(options.courseId), options.lastPlanActivity, lastPlanActivity, (day) => (this.planActivity = day ?? null)),
      follow<ContactLog>(
        contactLogKey(options.courseId),
        options.lastContact,
        (log) => lastHeldContactDay(log.entries),
        (day) => (this.contactActivity = day),
      ),
    ];
  }

  override dispose(): void {
    for (const stop of this.stopWatching) stop();
    super.dispose();
  }

  /** The plan changed (or was loaded): passivity counts from this day too. */
  setLastPlanActivity(date: IsoDate | null): void {
    this.planActivity = date;
    this.refreshFacts();
  }

  /** Add a reading; see {@link ProgressionAddState}. */
  addReading(input: ReadingInput): Promise<ProgressionAddOutcome> {
    return this.add({ kind: 'reading', id: this.idFor('reading', input), input });
  }

  /** Add a small success or a setback to the timeline. */
  addAnnotation(input: AnnotationInput): Promise<ProgressionAddOutcome> {
    return this.add({ kind: 'annotation', id: this.idFor('annotation', input), input });
  }

  /** After an error: send the kept reading or annotation again, under the same id. */
  retry(): Promise<ProgressionAddOutcome> {
    const { pending } = this.getSnapshot().add;
    if (!pending) return Promise.resolve({ kind: 'failed', error: new NotLoadedError() });
    return this.add(pending);
  }

  /** Forget a failed add (the person chose not to retry). */
  discard(): void {
    if (this.getSnapshot().add.status !== 'saving') this.setState({ add: idleAdd });
  }

  /** The same as {@link retry}. */
  retryAdd(): Promise<ProgressionAddOutcome> {
    return this.retry();
  }

  /** The same as {@link discard}. */
  discardAdd(): void {
    this.discard();
  }

  protected async fetch(signal: AbortSignal): Promise<ProgressionValue> {
    const [scaleSet, progression] = await Promise.all([
      this.client.progression.getScales({ signal }),
      this.client.progression.get(this.courseId, { signal }),
      this.readContactLog(signal),
    ]);
    return { scaleSet, progression };
  }

  /**
   * A held contact is activity (seed 003): when no store of this client has the course's contact
   * log, read it (joining a contact log widget's read on its way). A case system that keeps no log,
   * or a failed read, leaves contacts unknown: passivity then neither counts nor claims them.
   */
  private async readContactLog(signal: AbortSignal): Promise<void> {
    if (this.options.lastContact !== undefined || this.contactActivity !== undefined) return;
    const key = contactLogKey(this.courseId);
    try {
      const log = await cacheOf(this.client).fetch(key, (own) => this.client.contactLog.get(this.courseId, { signal: own }), { signal });
      this.contactActivity = lastHeldContactDay(log.entries);
    } catch {
      // Unknown, as said above; a contact log store that loads later publishes it.
    }
  }

  /** A course without a single reading or annotation is shown as empty, with the scales to rate on. */
  protected hold(value: ProgressionValue | null): Partial<ProgressionState> {
    if (!value) return { status: 'empty' };
    const { scaleSet, progression } = value;
    return { status: progression.readings.length > 0 || progression.annotations.length > 0 ? 'ready' : 'empty', scaleSet, progression };
  }

  protected derive({ scaleSet, progression }: ProgressionValue): Pick<ProgressionState, 'facts' | 'series'> {
    const facts = deriveProgressionFacts(scaleSet.scales, progression, {
      today: danishToday(this.now()),
      lastPlanActivity: this.planActivity,
      lastContact: this.contactActivity,
      ...(this.options.passivityWeeks === undefined ? {} : { weeks: this.options.passivityWeeks }),
      ...(this.options.disagreement ? { disagreement: this.options.disagreement } : {}),
    });
    return { facts, series: progressionSeries(scaleSet.scales, progression.readings) };
  }

  protected current(): ProgressionValue | null {
    const { scaleSet, progression } = this.getSnapshot();
    return scaleSet && progression ? { scaleSet, progression } : null;
  }

  /** The same content as the failed add keeps its id, so a retry of something that did land finds it; anything else gets a new one. */
  private idFor(kind: PendingEntry['kind'], input: ReadingInput | AnnotationInput): string {
    const { pending } = this.getSnapshot().add;
    return pending?.kind === kind && JSON.stringify(pending.input) === JSON.stringify(input) ? pending.id : this.newId();
  }

  private add(entry: PendingEntry): Promise<ProgressionAddOutcome> {
    if (!this.getSnapshot().progression) return Promise.resolve({ kind: 'failed', error: new NotLoadedError() });
    this.setState({ add: { status: 'saving', pending: entry, error: null } });
    let outcome: ProgressionAddOutcome = { kind: 'failed', error: new NotLoadedError() };
    return this.enqueueWrite(async (signal) => {
      try {
        const progression = this.client.progression;
        const result =
          entry.kind === 'reading'
            ? await progression.addReading(this.courseId, entry.id, entry.input, { signal })
            : await progression.addAnnotation(this.courseId, entry.id, entry.input, { signal });
        this.took(entry.kind, result.entry);
        outcome = { kind: 'added', entry: result.entry, created: result.created };
      } catch (error) {
        const failure = asError(error);
        // 409: the id holds something else; a retry must not send it again.
        const pending = error instanceof ConflictError ? { ...entry, id: this.newId() } : entry;
        if (!this.lifecycle.disposed) this.setState({ add: { status: 'error', pending, error: failure } });
        outcome = { kind: 'failed', error: failure };
      }
    }).then(() => outcome);
  }

  private took(kind: PendingEntry['kind'], entry: ProgressionReading | ProgressionAnnotation): void {
    const value = this.current();
    if (!value) return;
    const key = kind === 'reading' ? 'readings' : 'annotations';
    const list = value.progression[key] as { id: string; date: string }[];
    // A retry that the server answers with the stored entry must not add it twice.
    const next = list.some((known) => known.id === entry.id) ? list : byDate([...list, entry]);
    const progression = { ...value.progression, [key]: next };
    this.takeWritten({ scaleSet: value.scaleSet, progression }, { status: 'ready', add: { status: 'saved', pending: null, error: null } });
  }
}

/** The reading or annotation on its way or kept after an error. Entries are only ever added, so there are no conflicts. */
export function progressionWriteState(state: ProgressionState): WriteState<PendingEntry, never> {
  return { status: state.add.status, pending: state.add.pending ?? undefined, error: state.add.error, theirs: null };
}
