import { IDEMPOTENCY_KEY_PATTERN, problemTypes } from '../client/api-paths.js';
import { canonicalJson } from '../json/canonical-json.js';
import { answerProblems } from '../questionnaire/answer-problems.js';
import { rollUpOffers } from '../questionnaire/roll-up.js';
import type { Id } from '../schemas/common.js';
import type { Author } from '../schemas/plan.js';
import {
  QuestionnaireDefinition,
  QuestionnaireDraftUpdate,
  QuestionnaireSubmission,
  type QuestionnaireDraft,
  type QuestionnaireResponse,
  type QuestionnaireSubject,
} from '../schemas/questionnaire.js';
import type { QuestionnaireSeed } from '../seed/questionnaires.js';
import { etagOf, json, parseBody, problem, precondition, versioned } from './replies.js';

interface StoredDraft {
  draft: QuestionnaireDraft;
  version: number;
}

const subjectKey = (definitionId: Id, subject: QuestionnaireSubject) => `${definitionId}/${subject.kind}/${subject.id}`;

/**
 * The questionnaire routes of the in-memory transport, with the reference server's rules: versions
 * only grow, a draft is created with If-None-Match: * and replaced with If-Match, a submit needs an
 * Idempotency-Key and makes one round per key (a key reused for other answers is a 422), and the
 * draft goes when its round is submitted.
 */
export class MemoryQuestionnaires {
  private readonly definitions = new Map<Id, QuestionnaireDefinition[]>();
  private readonly offers: { id: Id; name: string }[];
  private readonly drafts = new Map<string, StoredDraft>();
  /** Submitted rounds, oldest first. */
  readonly responses: QuestionnaireResponse[];
  private readonly keys = new Map<string, { fingerprint: string; responseId: Id }>();
  private draftVersions = 0;
  private responseIds = 0;

  constructor(
    seed: QuestionnaireSeed | undefined,
    private readonly courseExists: (courseId: Id) => boolean,
    private readonly author: Author,
  ) {
    for (const definition of seed?.definitions ?? []) this.definitions.set(definition.id, [...(this.definitions.get(definition.id) ?? []), structuredClone(definition)]);
    this.offers = structuredClone(seed?.offers ?? []);
    this.responses = structuredClone(seed?.responses ?? []);
  }

  /** Change a draft behind the client's back, as another professional would: its ETag changes. */
  changeDraft(definitionId: Id, subject: QuestionnaireSubject, change: (draft: QuestionnaireDraft) => void): void {
    const stored = this.drafts.get(subjectKey(definitionId, subject));
    if (!stored) throw new Error('No draft for that subject in the memory transport');
    change(stored.draft);
    stored.version = ++this.draftVersions;
  }

  /** Answers a request under `/questionnaires`; `path` is what follows it. */
  async route(request: Request, path: string): Promise<Response> {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const [definitionId, segment, ...rest] = parts;
    const method = request.method;
    if (definitionId === undefined) {
      if (method === 'GET') return json([...this.definitions.values()].flat().map(({ id, version, title }) => ({ id, version, title })));
      if (method === 'POST') return this.addDefinition(request);
      return problem(405, 'Method not allowed');
    }
    const versions = this.definitions.get(definitionId);
    if (!versions) return problem(404, 'No such questionnaire');
    const latest = versions.at(-1)!;
    if (segment === undefined) return method === 'GET' ? json(latest) : problem(405, 'Method not allowed');
    if (segment === 'versions' && rest.length === 1) {
      const definition = versions.find((candidate) => String(candidate.version) === rest[0]);
      return definition ? json(definition) : problem(404, 'No such version');
    }
    if (segment === 'rollup' && rest.length === 0) {
      return json(rollUpOffers(latest, this.responses, (_id, version) => versions.find((candidate) => candidate.version === version), this.offers));
    }
    if (segment !== 'subjects' || rest.length !== 3) return problem(404, 'Not found');
    const [kind, id, resource] = rest as [string, string, string];
    if (kind !== 'course' && kind !== 'offer') return problem(400, 'Invalid subject kind', { type: problemTypes.invalidRequest, errors: [{ path: 'subjectKind', code: 'invalid_value' }] });
    const subject: QuestionnaireSubject = { kind, id };
    const exists = kind === 'course' ? this.courseExists(id) : this.offers.some((offer) => offer.id === id);
    if (!exists) return problem(404, `No such ${kind}`);
    const key = subjectKey(definitionId, subject);
    if (resource === 'draft' && method === 'GET') {
      const stored = this.drafts.get(key);
      return stored ? versioned(stored.draft, stored.version) : new Response(null, { status: 204 });
    }
    if (resource === 'draft' && method === 'PUT') return this.putDraft(request, definitionId, subject, versions);
    if (resource === 'responses' && method === 'GET') return json(this.responses.filter((response) => subjectKey(response.definition.id, response.subject) === key));
    if (resource === 'responses' && method === 'POST') return this.submit(request, definitionId, subject, versions);
    return problem(405, 'Method not allowed');
  }

  private async addDefinition(request: Request): Promise<Response> {
    const definition = await parseBody(request, QuestionnaireDefinition);
    if (definition instanceof Response) return definition;
    const versions = this.definitions.get(definition.id) ?? [];
    if (versions.some((known) => known.version >= definition.version)) return problem(409, 'Definition version exists', { type: problemTypes.definitionVersionExists });
    this.definitions.set(definition.id, [...versions, definition]);
    return json(definition, 201);
  }

  private async putDraft(request: Request, definitionId: Id, subject: QuestionnaireSubject, versions: QuestionnaireDefinition[]): Promise<Response> {
    const key = subjectKey(definitionId, subject);
    const stored = this.drafts.get(key);
    const create = request.headers.get('if-none-match') === '*' && !request.headers.get('if-match');
    if (create && stored) return problem(412, 'The draft exists', { type: problemTypes.editConflict, current: stored.draft }, { etag: etagOf(stored.version) });
    if (!create) {
      const refused = precondition(request, stored?.draft ?? null, stored?.version ?? 0);
      if (refused) return refused;
    }
    const update = await parseBody(request, QuestionnaireDraftUpdate);
    if (update instanceof Response) return update;
    const definition = versions.find((candidate) => candidate.version === update.definitionVersion);
    if (!definition) return invalid([{ path: 'definitionVersion', code: 'unknown_version' }]);
    const problems = answerProblems(definition, update.answers, subject, { complete: false });
    if (problems.length > 0) return invalid(problems);
    const draft: QuestionnaireDraft = {
      subject,
      definition: { id: definitionId, version: update.definitionVersion },
      answers: update.answers,
      updatedAt: new Date().toISOString(),
      updatedBy: this.author,
    };
    const version = ++this.draftVersions;
    this.drafts.set(key, { draft, version });
    return versioned(draft, version, create ? 201 : 200);
  }

  private async submit(request: Request, definitionId: Id, subject: QuestionnaireSubject, versions: QuestionnaireDefinition[]): Promise<Response> {
    const rawKey = request.headers.get('idempotency-key')?.trim();
    if (!rawKey) return invalid([{ path: 'Idempotency-Key', code: 'missing_header' }]);
    const idempotencyKey = /^"(.*)"$/.exec(rawKey)?.[1] ?? rawKey;
    if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return invalid([{ path: 'Idempotency-Key', code: 'invalid_format' }]);
    const submission = await parseBody(request, QuestionnaireSubmission);
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
      return json(this.responses.find((response) => response.id === earlier.responseId), 200);
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
      submittedBy: this.author,
    };
    this.responses.push(response);
    this.keys.set(idempotencyKey, { fingerprint, responseId: response.id });
    // Only the draft version these answers were saved as: one saved by someone else since stays.
    if (replacesDraft && replacesDraft === etagOf(this.drafts.get(key)?.version ?? -1)) this.drafts.delete(key);
    return json(response, 201);
  }
}

function invalid(errors: { path: string; code: string }[]): Response {
  return problem(400, 'Invalid request', { type: problemTypes.invalidRequest, errors });
}
