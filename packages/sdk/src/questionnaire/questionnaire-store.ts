import type { UfClient } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { isAbortError, isUfError } from '../errors/uf-error.js';
import type {
  AnswerPart,
  Answers,
  CriterionScore,
  QuestionnaireDefinition,
  QuestionnaireDraft,
  QuestionnaireResponse,
  QuestionnaireSubject,
} from '../schemas/questionnaire.js';
import { NotLoadedError, asError } from '../store/resource-lifecycle.js';
import { cacheOf, type CacheKey, type ResourceCache } from '../store/resource-cache.js';
import { ResourceStore } from '../store/resource-store.js';
import type { LoadStatus, SaveStatus, WriteState } from '../store/status.js';
import { visibleCriteria, type VisibleCriterion } from './answer-targets.js';
import { answerPart, mergeAnswers, shownAnswers, withAnswer, type AnswerPartRef, type AnswerPartValue } from './answers.js';
import { missingAnswers, type MissingAnswer } from './missing-answers.js';
import { compareScores, questionnaireProgress, scoreCriteria, scoreResponse, type CriterionChange, type QuestionnaireProgress } from './scores.js';

/**
 * Where the answers are. `pending`: changed, waiting for the autosave pause; `unsaved`: the server
 * could not be reached, the answers are kept in memory and saving is retried ("not saved yet");
 * `error`: the server refused them (not retried by itself; see {@link QuestionnaireStore.retrySave}).
 */
export type QuestionnaireSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'unsaved' | 'error';

export type QuestionnaireSubmitStatus = 'idle' | 'invalid' | 'submitting' | 'submitted' | 'error';

/** A submitted round with the definition version it answered, scored against that version. */
export interface SubmittedRound {
  response: QuestionnaireResponse;
  definition: QuestionnaireDefinition;
  scores: CriterionScore[];
  /** Change since the round before it (all deltas null for the first round). */
  changes: CriterionChange[];
}

export interface QuestionnaireState {
  status: LoadStatus;
  /** Why loading failed: usually a {@link UfError}. */
  error: Error | null;
  subject: QuestionnaireSubject;
  /** The version being answered: the draft's, or else the latest. */
  definition: QuestionnaireDefinition | null;
  /** The answers as the person has given them, saved or not. Never written to browser storage. */
  answers: Answers;
  /** The criteria with the items shown for these answers and this subject. */
  visible: VisibleCriterion[];
  progress: QuestionnaireProgress;
  /** Scores of the answers so far, and their change since the latest submitted round. */
  changes: CriterionChange[];
  /** Submitted rounds, oldest first. */
  rounds: SubmittedRound[];
  /** True while answers exist that the server has not confirmed: warn before leaving the page. */
  hasUnsavedChanges: boolean;
  save: { status: QuestionnaireSaveStatus; error: Error | null; lastSavedAt: string | null };
  submit: { status: QuestionnaireSubmitStatus; missing: MissingAnswer[]; response: QuestionnaireResponse | null; error: Error | null };
}

/** How {@link QuestionnaireStore.submit} ended. `invalid` sent nothing. */
export type QuestionnaireSubmitOutcome =
  { kind: 'invalid'; missing: MissingAnswer[] } | { kind: 'submitted'; response: QuestionnaireResponse; created: boolean } | { kind: 'failed'; error: Error };

/** The timer functions the store schedules autosaves and retries with; injectable for tests. */
export interface StoreTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface QuestionnaireStoreOptions {
  client: UfClient;
  definitionId: string;
  subject: QuestionnaireSubject;
  /** Pause after the last answer before the draft is saved, in ms. Default 800. */
  autosaveMs?: number;
  /** First wait before saving again after the server could not be reached, in ms; doubles each time. Default 1 000. */
  retryFirstMs?: number;
  /** Longest wait between retries, in ms. Default 30 000. */
  retryMaxMs?: number;
  timers?: StoreTimers;
  /**
   * Whether to read the draft (default true). A view that only shows submitted rounds leaves it
   * out: the draft is personal data it does not show, and each read is audited.
   */
  loadDraft?: boolean;
  /** Makes a submit's Idempotency-Key. Default `crypto.randomUUID()`. */
  newIdempotencyKey?: () => string;
}

/** What one load brings: the version to answer, the draft, the rounds, and every definition version they use. */
interface QuestionnaireLoad {
  definition: QuestionnaireDefinition;
  draft: { value: QuestionnaireDraft; etag: string } | null;
  responses: QuestionnaireResponse[];
  versions: Map<number, QuestionnaireDefinition>;
}

/** After this many conflicts in a row, stop and show the error rather than loop against another writer. */
const MAX_CONFLICTS_IN_A_ROW = 3;

const partKey = (ref: AnswerPartRef) => `${ref.targetId}\u0000${ref.part}`;

const realTimers: StoreTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Headless state for answering one questionnaire about one subject (a course or an offer): loads
 * the definition, the draft and the earlier rounds; keeps every answer in memory the moment it is
 * given; autosaves the draft to the server after a pause, and while the server cannot be reached
 * keeps the answers, says `unsaved` and retries with backoff. Nothing is ever written to
 * localStorage or sessionStorage: the answers are personal data about a young person.
 *
 * A conflict on the draft (someone else saved meanwhile) loses nothing: the other version is
 * taken, and every part this person changed since their last save is put back on top of it.
 * Submitting checks the required answers first and sends nothing when some are missing; it sends
 * an Idempotency-Key that stays the same for retries of the same answers, so a double click or a
 * retry after a timeout makes one round. Call {@link dispose} when the view goes away.
 */
export class QuestionnaireStore extends ResourceStore<QuestionnaireState, QuestionnaireLoad> {
  private readonly client: UfClient;
  private readonly definitionId: string;
  private readonly autosaveMs: number;
  private readonly retryFirstMs: number;
  private readonly retryMaxMs: number;
  private readonly timers: StoreTimers;
  private readonly newKey: () => string;
  private readonly loadDraft: boolean;
  /** The answers as the server last confirmed them. */
  private base: Answers = {};
  /** Parts changed since `base`: what is mine in a merge, and what is still unsaved. */
  private readonly dirty = new Map<string, AnswerPartRef>();
  private etag: string | null = null;
  private timer: unknown = null;
  private retries = 0;
  private conflictsInARow = 0;
  /** A draft save is queued and has not started: it takes the newest answers when it does, so no second one is queued. */
  private saveWaiting = false;
  /** Rounds this store has made: a read of the rounds begun before one of them is older. */
  private submitsMade = 0;
  /** A draft save has been sent and not answered yet. */
  private draftSaveRunning = false;
  private submitting: Promise<QuestionnaireSubmitOutcome> | null = null;
  private readonly cache: ResourceCache;
  /** The submitted rounds of this questionnaire about this subject, as the client's other stores know them. */
  private readonly roundsKey: CacheKey;
  private readonly stopWatchingRounds: () => void;
  /** The key of a submit that has not succeeded yet, with the answers it was for. */
  private pendingSubmit: { key: string; answers: string } | null = null;

  constructor(options: QuestionnaireStoreOptions) {
    super(
      {
        status: 'idle',
        error: null,
        subject: options.subject,
        definition: null,
        answers: {},
        visible: [],
        progress: { answered: 0, total: 0 },
        changes: [],
        rounds: [],
        hasUnsavedChanges: false,
        save: { status: 'idle', error: null, lastSavedAt: null },
        submit: { status: 'idle', missing: [], response: null, error: null },
      },
      { refreshFactsEveryMs: 0 },
    );
    this.client = options.client;
    this.definitionId = options.definitionId;
    this.autosaveMs = options.autosaveMs ?? 800;
    this.retryFirstMs = options.retryFirstMs ?? 1_000;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.timers = options.timers ?? realTimers;
    this.newKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
    this.loadDraft = options.loadDraft ?? true;
    this.cache = cacheOf(options.client);
    this.roundsKey = ['questionnaire-rounds', options.definitionId, options.subject.kind, options.subject.id];
    this.stopWatchingRounds = this.cache.watch(this.roundsKey, this.takeNewRound);
  }

  /**
   * Another store of this client made a round for this subject (a questionnaire beside a summary):
   * read the rounds again and show them. Only the rounds: the draft, its version and what the person
   * is typing are left as they are, and the view does not go back to "loading".
   */
  private readonly takeNewRound = (): void => {
    if (this.lifecycle.disposed || this.getSnapshot().status !== 'ready') return;
    void this.refreshRounds();
  };

  private async refreshRounds(): Promise<void> {
    const submitsBefore = this.submitsMade;
    const known = this.getSnapshot();
    const loaded = await this.readRounds([known.definition, ...known.rounds.map((round) => round.definition)]).catch(() => null);
    const state = this.getSnapshot();
    // A round of this store's own, made meanwhile, is newer than what this read found.
    if (!loaded || this.lifecycle.disposed || this.submitsMade !== submitsBefore || !state.definition) return;
    const rounds = roundsOf(loaded.responses, loaded.versions);
    this.setState({ rounds, ...this.deriveAnswers(state.definition, state.answers, rounds) });
  }

  /**
   * The submitted rounds and every definition version they answered, through the client's cache;
   * a version among `known` (in hand already, or on its way) is not asked for again.
   */
  private async readRounds(
    known: (QuestionnaireDefinition | Promise<QuestionnaireDefinition> | null)[],
    signal?: AbortSignal,
  ): Promise<{ responses: QuestionnaireResponse[]; versions: Map<number, QuestionnaireDefinition> }> {
    const responses = await this.cache.fetch(
      this.roundsKey,
      (shared) => this.client.questionnaire.listResponses(this.definitionId, this.subject, { signal: shared }),
      { signal },
    );
    const versions = new Map<number, QuestionnaireDefinition>();
    for (const definition of await Promise.all(known)) if (definition) versions.set(definition.version, definition);
    for (const response of responses) {
      const version = response.definition.version;
      if (!versions.has(version)) versions.set(version, await this.definition(version, signal));
    }
    return { responses, versions };
  }

  /**
   * One version of the definition, or the latest, shared with the client's other stores: a
   * questionnaire and its summary on one page read it once. A numbered version never changes, so
   * it is kept.
   */
  private definition(version: number | undefined, signal: AbortSignal | undefined): Promise<QuestionnaireDefinition> {
    const id = this.definitionId;
    return this.cache.fetch(
      ['questionnaire-definition', id, version ?? 'latest'],
      (shared) => this.client.questionnaire.getDefinition(id, { ...(version === undefined ? {} : { version }), signal: shared }),
      { signal, keep: version !== undefined },
    );
  }

  private get subject(): QuestionnaireSubject {
    return this.getSnapshot().subject;
  }

  /** Fetch the definition, the draft (the answers come back from the server after a reload) and the submitted rounds. */
  protected async fetch(signal: AbortSignal): Promise<QuestionnaireLoad> {
    const latestRead = this.definition(undefined, signal);
    const [latest, draft, rounds] = await Promise.all([
      latestRead,
      this.loadDraft ? this.client.questionnaire.getDraft(this.definitionId, this.subject, { signal }) : Promise.resolve(null),
      this.readRounds([latestRead], signal),
    ]);
    // A draft begun on an older version is finished on that version; old rounds are shown against theirs.
    const versions = new Map<number, QuestionnaireDefinition>([...rounds.versions, [latest.version, latest]]);
    const draftVersion = draft?.value.definition.version ?? latest.version;
    if (!versions.has(draftVersion)) versions.set(draftVersion, await this.definition(draftVersion, signal));
    return { definition: versions.get(draftVersion)!, draft, responses: rounds.responses, versions };
  }

  /** Take the loaded draft as the server's answers and score each round against its own definition version. */
  protected hold(loaded: QuestionnaireLoad | null): Partial<QuestionnaireState> {
    if (!loaded) return { status: 'empty' };
    const { definition, draft, responses, versions } = loaded;
    this.etag = draft?.etag ?? null;
    this.base = draft?.value.answers ?? {};
    const rounds = roundsOf(responses, versions);
    // Answers given while loading again (after an error, say) stay on top of the server's.
    const answers = mergeAnswers(this.base, this.getSnapshot().answers, this.dirty.values());
    return { status: 'ready', definition, rounds, ...this.deriveAnswers(definition, answers, rounds) };
  }

  /** Nothing here depends on the day: the answers are derived as they change. */
  protected current(): null {
    return null;
  }

  /**
   * A draft save or a submit answered while a load was on its way: that load read an older draft
   * (or rounds without the new one), so it is dropped and what the person sees stays as it is.
   */
  protected override overtakenStatus(): LoadStatus {
    return this.getSnapshot().definition ? 'ready' : 'empty';
  }

  /** After `error`: try saving the answers again. */
  retry(): Promise<void> {
    return this.retrySave();
  }

  /**
   * Give, change or clear (`undefined`, or text that is only white space) one part of one answer.
   * The answer is in the state at once; the draft is saved after {@link QuestionnaireStoreOptions.autosaveMs}
   * without another answer. Ignored before loading and while a submit is under way.
   */
  answer<P extends AnswerPart>(targetId: string, part: P, value: AnswerPartValue<P> | undefined): void {
    const state = this.getSnapshot();
    if (!state.definition || state.submit.status === 'submitting' || this.lifecycle.disposed) return;
    const answers = withAnswer(state.answers, targetId, part, value);
    if (answers === state.answers || answerPart(answers, targetId, part) === answerPart(state.answers, targetId, part)) return;
    this.dirty.set(partKey({ targetId, part }), { targetId, part });
    // While retrying after a failure the status keeps saying "not saved yet", and the retry
    // already planned takes these answers too, rather than a save per keystroke against a dead line.
    const retrying = state.save.status === 'unsaved';
    // Answering after a round was submitted begins the next one: "submitted" is news no more.
    const submit = state.submit.status === 'submitted' ? { submit: { status: 'idle' as const, missing: [], response: null, error: null } } : {};
    this.setState({
      ...this.deriveAnswers(state.definition, answers, state.rounds),
      save: { ...state.save, status: retrying ? 'unsaved' : 'pending' },
      ...submit,
    });
    if (!retrying) this.schedule(this.autosaveMs);
  }

  /** Save now instead of after the pause (before leaving the page, say); resolves when that save is answered. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.saveNow();
    await this.lifecycle.settled();
  }

  /** After `error`: try saving the answers again. */
  retrySave(): Promise<void> {
    this.retries = 0;
    this.conflictsInARow = 0;
    return this.flush();
  }

  /**
   * Submit the answers as a round. When required answers are missing, nothing is sent and the list
   * comes back (and in `state.submit.missing`) for an error summary. Calling it again while a submit
   * is under way returns the same promise; a retry after a failure with unchanged answers sends the
   * same Idempotency-Key, so the server makes at most one round of them.
   */
  submit(): Promise<QuestionnaireSubmitOutcome> {
    if (this.submitting) return this.submitting;
    const { definition, answers } = this.getSnapshot();
    if (!definition) return Promise.resolve({ kind: 'failed', error: new NotLoadedError() });
    const missing = missingAnswers(definition, answers, this.subject);
    if (missing.length > 0) {
      this.setState({ submit: { status: 'invalid', missing, response: null, error: null } });
      return Promise.resolve({ kind: 'invalid', missing });
    }
    const submission = { definitionVersion: definition.version, answers: shownAnswers(definition, answers, this.subject) };
    const fingerprint = JSON.stringify(submission);
    // Other answers are another submission and get a key of their own; the same answers keep theirs.
    if (this.pendingSubmit?.answers !== fingerprint) this.pendingSubmit = { key: this.newKey(), answers: fingerprint };
    const key = this.pendingSubmit.key;
    this.submitting = this.send(submission, key, definition).finally(() => {
      this.submitting = null;
    });
    return this.submitting;
  }

  /**
   * Stop every timer; the store does nothing after this. Answers the server has not confirmed yet
   * are sent once more rather than dropped with the view (another course chosen, in-app
   * navigation), and a save on its way is let finish. Best effort: offline, they are lost, which
   * is why the widget warns before the page is left.
   */
  override dispose(): void {
    this.clearTimer();
    const { definition, answers, submit } = this.getSnapshot();
    if (!this.draftSaveRunning && this.dirty.size > 0 && definition && submit.status !== 'submitting' && !this.lifecycle.disposed) {
      this.client.questionnaire
        .saveDraft(this.definitionId, this.subject, { definitionVersion: definition.version, answers }, { ifMatch: this.etag ?? undefined })
        .catch(() => undefined);
    }
    this.stopWatchingRounds();
    this.lifecycle.dispose();
  }

  private async send(
    submission: { definitionVersion: number; answers: Answers },
    idempotencyKey: string,
    definition: QuestionnaireDefinition,
  ): Promise<QuestionnaireSubmitOutcome> {
    this.clearTimer();
    this.setState({ submit: { status: 'submitting', missing: [], response: null, error: null } });
    // A draft save still on its way could land after the submit and bring the draft back.
    await this.lifecycle.settled();
    try {
      // Names the draft version these answers were saved as, read after the last save: the server
      // removes that one only, so a draft someone else saved meanwhile keeps their answers.
      const replacing = this.etag ? { ...submission, replacesDraft: this.etag } : submission;
      const { response, created } = await this.client.questionnaire.submit(this.definitionId, this.subject, replacing, { idempotencyKey });
      this.pendingSubmit = null;
      this.submitsMade += 1;
      this.lifecycle.tookWrittenVersion();
      this.dirty.clear();
      this.base = {};
      this.etag = null;
      const rounds = appendRound(this.getSnapshot().rounds, response, definition);
      this.cache.invalidate(this.roundsKey, this.takeNewRound);
      this.setState({
        rounds,
        ...this.deriveAnswers(definition, {}, rounds),
        save: { status: 'idle', error: null, lastSavedAt: this.getSnapshot().save.lastSavedAt },
        submit: { status: 'submitted', missing: [], response, error: null },
      });
      return { kind: 'submitted', response, created };
    } catch (error) {
      const failure = asError(error);
      this.setState({ submit: { status: 'error', missing: [], response: null, error: failure } });
      // The answers are still only in memory: keep saving them as the draft.
      if (this.dirty.size > 0 && !this.lifecycle.disposed) this.schedule(this.autosaveMs);
      return { kind: 'failed', error: failure };
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.lifecycle.disposed) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Queues a draft save behind the one under way, unless one is already waiting (it will take
   * these answers too); never rejects. The save on its way is never cancelled, not even by
   * dispose: it may already have reached the server.
   */
  private saveNow(): Promise<void> {
    if (this.saveWaiting) return this.lifecycle.settled();
    this.saveWaiting = true;
    return this.lifecycle.enqueue(async () => {
      this.saveWaiting = false;
      const { definition, answers, submit } = this.getSnapshot();
      if (!definition || submit.status === 'submitting' || this.dirty.size === 0) return;
      this.draftSaveRunning = true;
      await this.saveDraft(definition, answers).finally(() => {
        this.draftSaveRunning = false;
      });
    });
  }

  private async saveDraft(definition: QuestionnaireDefinition, answers: Answers): Promise<void> {
    this.setState({ save: { ...this.getSnapshot().save, status: 'saving', error: null } });
    try {
      const saved = await this.client.questionnaire.saveDraft(
        this.definitionId,
        this.subject,
        { definitionVersion: definition.version, answers },
        { ifMatch: this.etag ?? undefined },
      );
      this.lifecycle.tookWrittenVersion();
      this.took(saved.value, saved.etag, answers);
      this.retries = 0;
      this.conflictsInARow = 0;
      const pending = this.dirty.size > 0;
      this.setState({ hasUnsavedChanges: pending, save: { status: pending ? 'pending' : 'saved', error: null, lastSavedAt: saved.value.updatedAt } });
      if (pending) this.schedule(this.autosaveMs);
    } catch (error) {
      if (isAbortError(error) || this.lifecycle.disposed) return;
      if (error instanceof ConflictError) await this.takeConflict(error as ConflictError<QuestionnaireDraft>);
      else this.takeFailure(asError(error));
    }
  }

  /** The server confirmed `sent`: parts not changed again since are saved. */
  private took(draft: QuestionnaireDraft, etag: string, sent: Answers): void {
    this.etag = etag;
    this.base = draft.answers;
    const now = this.getSnapshot().answers;
    for (const [key, ref] of this.dirty) {
      if (answerPart(now, ref.targetId, ref.part) === answerPart(sent, ref.targetId, ref.part)) this.dirty.delete(key);
    }
  }

  /** Someone else saved the draft: take theirs, put every part this person changed back on top, and save that. */
  private async takeConflict(error: ConflictError<QuestionnaireDraft>): Promise<void> {
    this.conflictsInARow += 1;
    if (this.conflictsInARow > MAX_CONFLICTS_IN_A_ROW) {
      this.setState({ save: { ...this.getSnapshot().save, status: 'error', error } });
      return;
    }
    let theirs: { answers: Answers; etag: string | null } | undefined =
      error.current && error.currentEtag ? { answers: error.current.answers, etag: error.currentEtag } : undefined;
    if (!theirs) {
      // No draft to show (it was submitted or removed meanwhile): start a new one from these answers.
      const read = await this.client.questionnaire.getDraft(this.definitionId, this.subject).catch((failure: unknown) => asError(failure));
      if (read instanceof Error) {
        this.takeFailure(read);
        return;
      }
      theirs = read ? { answers: read.value.answers, etag: read.etag } : { answers: {}, etag: null };
    }
    if (this.lifecycle.disposed) return;
    this.etag = theirs.etag;
    this.base = theirs.answers;
    const state = this.getSnapshot();
    const answers = mergeAnswers(theirs.answers, state.answers, this.dirty.values());
    this.setState({ ...this.deriveAnswers(state.definition!, answers, state.rounds), save: { ...state.save, status: 'pending', error: null } });
    void this.saveNow();
  }

  /** Unreachable or overloaded: keep the answers and try again later; refused: say so and stop. */
  private takeFailure(error: Error): void {
    const retryable = isUfError(error) && error.retryable;
    this.setState({ save: { ...this.getSnapshot().save, status: retryable ? 'unsaved' : 'error', error } });
    if (!retryable) return;
    const wait = Math.min(this.retryMaxMs, this.retryFirstMs * 2 ** this.retries);
    this.retries += 1;
    this.schedule(wait);
  }

  /** Everything that follows from the answers, in one snapshot. */
  protected derive(): Partial<QuestionnaireState> {
    return {};
  }

  private deriveAnswers(definition: QuestionnaireDefinition, answers: Answers, rounds: readonly SubmittedRound[]): Partial<QuestionnaireState> {
    const subject = this.subject;
    const scores = scoreCriteria(definition, answers, subject);
    const { submit } = this.getSnapshot();
    return {
      answers,
      visible: visibleCriteria(definition, answers, subject),
      progress: questionnaireProgress(definition, answers, subject),
      changes: compareScores(scores, rounds.at(-1)?.scores ?? null),
      hasUnsavedChanges: this.dirty.size > 0,
      // The error summary shrinks as the missing answers are given.
      ...(submit.status === 'invalid' ? { submit: { ...submit, missing: missingAnswers(definition, answers, subject) } } : {}),
    };
  }
}

function roundsOf(responses: readonly QuestionnaireResponse[], versions: ReadonlyMap<number, QuestionnaireDefinition>): SubmittedRound[] {
  return [...responses]
    .sort((a, b) => a.round - b.round)
    .reduce<SubmittedRound[]>((rounds, response) => {
      const definition = versions.get(response.definition.version);
      return definition ? appendRound(rounds, response, definition) : rounds;
    }, []);
}

function appendRound(rounds: readonly SubmittedRound[], response: QuestionnaireResponse, definition: QuestionnaireDefinition): SubmittedRound[] {
  const scores = scoreResponse(response, definition);
  return [...rounds, { response, definition, scores, changes: compareScores(scores, rounds.at(-1)?.scores ?? null) }];
}

/**
 * The draft's saving and the submit as one write: saving while either is on its way, an error
 * while either failed (also "not saved yet", which retries by itself), and the answers pending
 * while the server has not confirmed them. Drafts merge with the other person's answers, so
 * there is no conflict to show.
 */
export function questionnaireWriteState(state: QuestionnaireState): WriteState<Answers, never> {
  const { save, submit } = state;
  const status: SaveStatus =
    submit.status === 'submitting' || save.status === 'saving'
      ? 'saving'
      : submit.status === 'error' || save.status === 'error' || save.status === 'unsaved'
        ? 'error'
        : submit.status === 'submitted' || save.status === 'saved'
          ? 'saved'
          : 'idle';
  return { status, pending: state.hasUnsavedChanges ? state.answers : undefined, error: submit.error ?? save.error, theirs: null };
}
