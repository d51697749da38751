import { buildCriteriaOverview } from '../questionnaire/criteria-overview.js';
import { CriteriaPeriod } from '../schemas/criteria-overview.js';
import type { Unit } from '../schemas/contact.js';
import type { Effort } from '../schemas/plan.js';
import { IDEMPOTENCY_KEY_PATTERN, problemTypes } from '../client/api-paths.js';
import { canonicalJson } from '../json/canonical-json.js';
import { answerProblems } from '../questionnaire/answer-problems.js';
import { rollUpOffers } from '../questionnaire/roll-up.js';
import type { Id } from '../schemas/common.js';
import type { Author } from '../schemas/plan.js';
import { addQuestionnaireDefinition, saveQuestionnaireDraft, submitQuestionnaireResponse } from '../contract/operations.js';
import type { QuestionnaireDefinition, QuestionnaireDraft, QuestionnaireResponse, QuestionnaireSubject } from '../schemas/questionnaire.js';
import type { QuestionnaireSeed } from '../seed/questionnaires.js';
import { etagOf, invalid, json, missingIfMatch, parseBody, problem, staleIfMatch, versioned } from './replies.js';
import type { MemoryHandlers, PathParam } from './memory-resource.js';

interface StoredDraft {
  draft: QuestionnaireDraft;
  version: number;
}

const subjectKey = (definitionId: Id, subject: QuestionnaireSubject) => `${definitionId}/${subject.kind}/${subject.id}`;

/**
 * The questionnaire operations of the in-memory transport, with the reference server's rules: versions
 * only grow, a draft is created with If-None-Match: * and replaced with If-Match, a submit needs an
 * Idempotency-Key and makes one round per key (a key reused for other answers is a 422), and the
 * draft goes when its round is submitted.
 */
/** What a subject's route is about: the questionnaire, its versions (oldest first), and the subject. */
interface SubjectTarget {
  definitionId: Id;
  subject: QuestionnaireSubject;
  versions: QuestionnaireDefinition[];
}

export class MemoryQuestionnaires {
  private readonly definitions = new Map<Id, QuestionnaireDefinition[]>();
  private readonly offers: { id: Id; name: string }[];
  private readonly catalogue: readonly { id: Id; name: string; unit?: Unit }[];
  private readonly drafts = new Map<string, StoredDraft>();
  /** Submitted rounds, oldest first. */
  readonly responses: QuestionnaireResponse[];
  private readonly keys = new Map<string, { fingerprint: string; responseId: Id }>();
  private draftVersions = 0;
  private responseIds = 0;

  /**
   * @param catalogue - the offers a round may be about, and the roll-up's rows, as the server reads
   * them from its offers table; default the questionnaire seed's own. The leaders' overview shows
   * those with a unit.
   * @param courseEfforts - each course's efforts, for the leaders' overview (which offers each course used).
   * @param coursePeople - the young person of each course, by course id: the overview counts people.
   */
  constructor(
    seed: QuestionnaireSeed | undefined,
    private readonly courseExists: (courseId: Id) => boolean,
    catalogue?: readonly { id: Id; name: string; unit?: Unit }[],
    private readonly courseEfforts: () => ReadonlyMap<Id, readonly Effort[]> = () => new Map(),
    private readonly coursePeople: ReadonlyMap<Id, Id> = new Map(),
  ) {
    for (const definition of seed?.definitions ?? [])
      this.definitions.set(definition.id, [...(this.definitions.get(definition.id) ?? []), structuredClone(definition)]);
    this.catalogue = catalogue ?? seed?.offers ?? [];
    this.offers = this.catalogue.map(({ id, name }) => ({ id, name }));
    this.responses = structuredClone(seed?.responses ?? []);
  }

  /** Change a draft behind the client's back, as another professional would: its ETag changes. */
  changeDraft(definitionId: Id, subject: QuestionnaireSubject, change: (draft: QuestionnaireDraft) => void): void {
    const stored = this.drafts.get(subjectKey(definitionId, subject));
    if (!stored) throw new Error('No draft for that subject in the memory transport');
    change(stored.draft);
    stored.version = ++this.draftVersions;
  }

  /**
   * One handler per questionnaire operation of the contract. Unknown questionnaires are a 404,
   * checked before the subject (its kind is a 400, an unknown one a 404), as the server does.
   */
  readonly handlers = {
    listQuestionnaireDefinitions: () => json([...this.definitions.values()].flat().map(({ id, version, title }) => ({ id, version, title }))),
    addQuestionnaireDefinition: (request) => this.addDefinition(request),
    getQuestionnaireDefinition: (_request, param) => this.withDefinition(param, (versions) => json(versions.at(-1))),
    getQuestionnaireDefinitionVersion: (_request, param) =>
      this.withDefinition(param, (versions) => {
        const definition = versions.find((candidate) => String(candidate.version) === param('version'));
        return definition ? json(definition) : problem(404, 'No such version');
      }),
    getQuestionnaireRollUp: (_request, param) =>
      this.withDefinition(param, (versions) =>
        json(rollUpOffers(versions.at(-1)!, this.responses, (_id, version) => versions.find((candidate) => candidate.version === version), this.offers)),
      ),
    getCriteriaOverview: (_request, param) =>
      this.withDefinition(param, (versions) => {
        const period = param('period');
        if (!CriteriaPeriod.safeParse(period).success) return invalid([{ path: 'period', code: 'invalid_format' }]);
        return json(
          buildCriteriaOverview({
            definition: versions.at(-1)!,
            definitionOf: (_id, version) => versions.find((candidate) => candidate.version === version),
            responses: this.responses,
            offers: this.catalogue.flatMap((offer) => (offer.unit ? [{ id: offer.id, name: offer.name, unit: offer.unit }] : [])),
            efforts: this.courseEfforts(),
            personOf: this.coursePeople,
            period,
          }),
        );
      }),
    getQuestionnaireDraft: (_request, param) =>
      this.withSubject(param, ({ definitionId, subject }) => {
        const stored = this.drafts.get(subjectKey(definitionId, subject));
        return stored ? versioned(stored.draft, stored.version) : new Response(null, { status: 204 });
      }),
    saveQuestionnaireDraft: (request, param, caller) => this.withSubject(param, (target) => this.putDraft(request, caller.author, target)),
    listQuestionnaireResponses: (_request, param) =>
      this.withSubject(param, ({ definitionId, subject }) => {
        const key = subjectKey(definitionId, subject);
        return json(this.responses.filter((response) => subjectKey(response.definition.id, response.subject) === key));
      }),
    submitQuestionnaireResponse: (request, param, caller) => this.withSubject(param, (target) => this.submit(request, caller.author, target)),
  } satisfies MemoryHandlers;

  /** `answer` with the definition's versions (oldest first), or 404 for an unknown definition. */
  private withDefinition(param: PathParam, answer: (versions: QuestionnaireDefinition[]) => Response | Promise<Response>): Response | Promise<Response> {
    const versions = this.definitions.get(param('definitionId'));
    return versions ? answer(versions) : problem(404, 'No such questionnaire');
  }

  /** `answer` for the definition and subject of the path, or the 404 or 400 the server gives. */
  private withSubject(param: PathParam, answer: (target: SubjectTarget) => Response | Promise<Response>): Response | Promise<Response> {
    return this.withDefinition(param, (versions) => {
      const kind = param('subjectKind');
      const id = param('subjectId');
      if (kind !== 'course' && kind !== 'offer')
        return problem(400, 'Invalid subject kind', { type: problemTypes.invalidRequest, errors: [{ path: 'subjectKind', code: 'invalid_value' }] });
      const exists = kind === 'course' ? this.courseExists(id) : this.offers.some((offer) => offer.id === id);
      if (!exists) return problem(404, `No such ${kind}`);
      return answer({ definitionId: param('definitionId'), subject: { kind, id }, versions });
    });
  }

  private async addDefinition(request: Request): Promise<Response> {
    const definition = await parseBody(request, addQuestionnaireDefinition.request);
    if (definition instanceof Response) return definition;
    const versions = this.definitions.get(definition.id) ?? [];
    if (versions.some((known) => known.version >= definition.version))
      return problem(409, 'Definition version exists', { type: problemTypes.definitionVersionExists });
    this.definitions.set(definition.id, [...versions, definition]);
    return json(definition, 201);
  }

  private async putDraft(request: Request, author: Author, { definitionId, subject, versions }: SubjectTarget): Promise<Response> {
    const key = subjectKey(definitionId, subject);
    const stored = this.drafts.get(key);
    const noneMatch = request.headers.get('if-none-match') === '*';
    const create = noneMatch && !request.headers.get('if-match');
    if (!create) {
      const missing = missingIfMatch(request);
      if (missing) return missing;
    }
    const update = await parseBody(request, saveQuestionnaireDraft.request);
    if (update instanceof Response) return update;
    const definition = versions.find((candidate) => candidate.version === update.definitionVersion);
    if (!definition) return invalid([{ path: 'definitionVersion', code: 'unknown_version' }]);
    const problems = answerProblems(definition, update.answers, subject, { complete: false });
    if (problems.length > 0) return invalid(problems);
    // With If-Match too, If-None-Match: * still fails wherever a draft exists (RFC 9110 §13.2.2).
    if (noneMatch && stored)
      return problem(412, 'The draft exists', { type: problemTypes.editConflict, current: stored.draft }, { etag: etagOf(stored.version) });
    if (!create) {
      const stale = staleIfMatch(request, stored ? { body: stored.draft, etag: etagOf(stored.version) } : null);
      if (stale) return stale;
    }
    const draft: QuestionnaireDraft = {
      subject,
      definition: { id: definitionId, version: update.definitionVersion },
      answers: update.answers,
      updatedAt: new Date().toISOString(),
      updatedBy: author,
    };
    const version = ++this.draftVersions;
    this.drafts.set(key, { draft, version });
    return versioned(draft, version, create ? 201 : 200);
  }

  private async submit(request: Request, author: Author, { definitionId, subject, versions }: SubjectTarget): Promise<Response> {
    const rawKey = request.headers.get('idempotency-key')?.trim();
    if (!rawKey) return invalid([{ path: 'Idempotency-Key', code: 'missing_header' }]);
    const idempotencyKey = /^"(.*)"$/.exec(rawKey)?.[1] ?? rawKey;
    if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return invalid([{ path: 'Idempotency-Key', code: 'invalid_format' }]);
    const submission = await parseBody(request, submitQuestionnaireResponse.request);
    if (submission instanceof Response) return submission;
    const definition = versions.find((candidate) => candidate.version === submission.definitionVersion);
    if (!definition) return invalid([{ path: 'definitionVersion', code: 'unknown_version' }]);
    const problems = answerProblems(definition, submission.answers, subject, { complete: true });
    if (problems.length > 0) return invalid(problems);

    // Checked and claimed with no await in between: JavaScript runs this to the end, so two
    // requests with one key can never both get past it.
    const { replacesDraft, ...submitted } = submission;
    const fingerprint = canonicalJson({ definitionId, subject, submission: submitted });
    const earlier = this.keys.get(idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) return problem(422, 'Idempotency key reused', { type: problemTypes.idempotencyKeyReused });
      return json(
        this.responses.find((response) => response.id === earlier.responseId),
        200,
      );
    }
    const key = subjectKey(definitionId, subject);
    const rounds = this.responses.filter((response) => subjectKey(response.definition.id, response.subject) === key);
    const response: QuestionnaireResponse = {
      id: `r-memory-${++this.responseIds}`,
      subject,
      definition: { id: definitionId, version: submission.definitionVersion },
      round: rounds.reduce((last, round) => Math.max(last, round.round), 0) + 1,
      answers: submission.answers,
      submittedAt: new Date().toISOString(),
      submittedBy: author,
    };
    this.responses.push(response);
    this.keys.set(idempotencyKey, { fingerprint, responseId: response.id });
    // Only the draft version these answers were saved as: one saved by someone else since stays.
    if (replacesDraft && replacesDraft === etagOf(this.drafts.get(key)?.version ?? -1)) this.drafts.delete(key);
    return json(response, 201);
  }
}
