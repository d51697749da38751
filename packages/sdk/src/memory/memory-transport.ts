import { contactForYouth, planForYouth, progressionForYouth } from '../access/youth-view.js';
import { API_BASE_PATH, problemTypes } from '../client/api-paths.js';
import { createClient, type ClientOptions, type UfClient } from '../client/create-client.js';
import { matchOperation } from '../contract/match-operation.js';
import { operations, updateContact, updatePlan, updatePlanComment, type Operation, type OperationId } from '../contract/operations.js';
import { Id, type FieldProblem } from '../schemas/common.js';
import type { Contact } from '../schemas/contact.js';
import type { Author, Plan } from '../schemas/plan.js';
import { applyCommentUpdate, applyPlanUpdate, type AppliedChange } from '../plan/apply-plan-update.js';
import { duplicateIdProblems } from '../plan/duplicate-ids.js';
import { buildSeed, type Seed } from '../seed/index.js';
import type { FaultRule, TransportFault } from './faults.js';
import { MemoryProgression } from './memory-progression.js';
import { MemoryQuestionnaires } from './memory-questionnaires.js';
import { parseBody, precondition, problem, versioned, type BodySchema, type MemoryHandler, type PathParam } from './replies.js';

export type { FaultRule, TransportFault } from './faults.js';

export interface MemoryTransportOptions {
  /** The data to serve; defaults to {@link buildSeed} for today. Deep-copied, so stories do not share state. */
  seed?: Pick<Seed, 'contacts'> & Partial<Pick<Seed, 'plans' | 'questionnaires' | 'progression'>>;
  /** Simulated latency for every answer, in milliseconds. Default 0. */
  latencyMs?: number;
  /**
   * Whom the transport answers as. `'youth'` shows what the reference server sends a young person
   * (the SDK's youth-view rule: no caseload or absence reasons, no setbacks); default `'staff'`,
   * everything. Who may call what is not checked here.
   */
  audience?: 'staff' | 'youth';
}

/**
 * An in-memory implementation of the API contract behind a `fetch` function. Plug it into
 * {@link createClient} (or use {@link createMemoryClient}) and every call goes through the same
 * ky, ETag and zod path as against a real server — for Storybook, widget tests and vendors'
 * prototypes. Faults can be injected per route.
 */
export class MemoryTransport {
  readonly origin = 'https://memory.ungeforlob.invalid';
  readonly baseUrl = `${this.origin}${API_BASE_PATH}`;
  /** Every request seen, as `METHOD /path`; handy in tests. */
  readonly requests: string[] = [];
  private readonly contacts = new Map<string, { contact: Contact | null; version: number }>();
  private readonly plans = new Map<string, { plan: Plan; version: number }>();
  private readonly faults: FaultRule[] = [];
  private readonly latencyMs: number;
  private readonly audience: 'staff' | 'youth';
  /** The handler of each operation in the contract's table. */
  private readonly handlers: ReadonlyMap<Operation, MemoryHandler>;
  /** The questionnaire routes: definitions, drafts, submitted rounds (inspect `responses` in tests), roll-up. */
  readonly questionnaires: MemoryQuestionnaires;
  /** The progression routes: the scale set, and readings and annotations per course (inspect `courses` in tests). */
  readonly progression: MemoryProgression;

  constructor(options: MemoryTransportOptions = {}) {
    const seed = options.seed ?? buildSeed();
    for (const [courseId, contact] of Object.entries(seed.contacts)) {
      this.contacts.set(courseId, { contact: structuredClone(contact), version: 1 });
    }
    for (const [courseId, plan] of Object.entries(seed.plans ?? {})) {
      this.plans.set(courseId, { plan: structuredClone(plan), version: 1 });
    }
    this.latencyMs = options.latencyMs ?? 0;
    this.audience = options.audience ?? 'staff';
    this.questionnaires = new MemoryQuestionnaires(seed.questionnaires, (courseId) => this.contacts.has(courseId), DEMO_PROFESSIONAL);
    this.progression = new MemoryProgression(
      seed.progression,
      (courseId) => this.contacts.has(courseId),
      DEMO_PROFESSIONAL.name,
      (progression) => this.forAudience(progression, progressionForYouth),
    );
    // A record over every operation id: an operation added to the contract without a handler here
    // is a type error, not a silent 404.
    const handlers: Record<OperationId, MemoryHandler> = {
      getContact: (_request, param) =>
        this.withCourse(param, (courseId) => {
          const entry = this.contacts.get(courseId)!;
          return entry.contact ? versioned(this.forAudience(entry.contact, contactForYouth), entry.version) : new Response(null, { status: 204 });
        }),
      updateContact: (request, param) => this.withCourse(param, (courseId) => this.patchContact(request, this.contacts.get(courseId)!)),
      getPlan: (_request, param) =>
        this.withCourse(param, (courseId) => {
          const entry = this.plans.get(courseId);
          return entry ? versioned(this.forAudience(entry.plan, planForYouth), entry.version) : new Response(null, { status: 204 });
        }),
      updatePlan: (request, param) =>
        this.withCourse(param, (courseId) =>
          this.putPlan(
            request,
            courseId,
            updatePlan.request,
            (plan, update, at) => applyPlanUpdate(plan, update, { at, by: DEMO_PROFESSIONAL }),
            duplicateIdProblems,
          ),
        ),
      updatePlanComment: (request, param) =>
        this.withCourse(param, (courseId) =>
          this.putPlan(request, courseId, updatePlanComment.request, (plan, update, at) =>
            applyCommentUpdate(plan, update.text, { at, by: { role: 'youth', name: plan.firstName } }),
          ),
        ),
      ...this.questionnaires.handlers,
      ...this.progression.handlers,
      // No sign-in and no audit log in memory: these answer as an unknown route, as they always have.
      getMe: notServed,
      getCourseAudit: notServed,
    };
    this.handlers = new Map(Object.entries(handlers).map(([id, handler]) => [operations[id as OperationId], handler]));
  }

  /** Answer the next matching requests with a fault. */
  inject(fault: TransportFault, rule: Omit<FaultRule, 'fault'> = {}): this {
    this.faults.push({ fault, ...rule });
    return this;
  }

  /** Remove every injected fault. */
  clearFaults(): this {
    this.faults.length = 0;
    return this;
  }

  /** Change a contact behind the client's back, as another professional would: its ETag changes. */
  changeContact(courseId: string, change: (contact: Contact) => void): void {
    const entry = this.contacts.get(courseId);
    if (!entry?.contact) throw new Error('No contact for that course in the memory transport');
    change(entry.contact);
    entry.version += 1;
  }

  /** Change a plan behind the client's back, as another professional would: its ETag changes. */
  changePlan(courseId: string, change: (plan: Plan) => void): void {
    const entry = this.plans.get(courseId);
    if (!entry) throw new Error('No plan for that course in the memory transport');
    change(entry.plan);
    entry.version += 1;
  }

  /** Take the contact off the course, as a case system does when it ends the assignment. */
  removeContact(courseId: string): void {
    const entry = this.contacts.get(courseId);
    if (!entry) throw new Error('No such course in the memory transport');
    entry.contact = null;
    entry.version += 1;
  }

  /** The fetch function to give to {@link createClient}. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    this.requests.push(`${request.method} ${url.pathname}`);
    const fault = this.takeFault(request.method);
    await wait(fault?.kind === 'delay' ? fault.ms : this.latencyMs, request.signal);
    if (fault && fault.kind !== 'delay') return answerWithFault(fault, request.signal);
    return this.route(request, url.pathname);
  };

  private takeFault(method: string): TransportFault | undefined {
    const index = this.faults.findIndex((rule) => !rule.method || rule.method.toUpperCase() === method);
    const rule = this.faults[index];
    if (!rule) return undefined;
    if (rule.times !== undefined && --rule.times <= 0) this.faults.splice(index, 1);
    return rule.fault;
  }

  /** Dispatches by the contract's table: 404 for a path it does not have, 405 with Allow for another method of one it has. */
  private async route(request: Request, pathname: string): Promise<Response> {
    const found = pathname.startsWith(`${API_BASE_PATH}/`) ? matchOperation(request.method, pathname.slice(API_BASE_PATH.length)) : undefined;
    if (!found) return notServed();
    if ('allowed' in found) return problem(405, 'Method not allowed', {}, { allow: found.allowed.join(', ') });
    const { operation, params } = found;
    const param: PathParam = (name) => params[name] ?? unknownParameter(operation, name);
    return this.handlers.get(operation)!(request, param);
  }

  /** `answer` for the course of the path, or 400 for a malformed course id and 404 for an unknown course. */
  private withCourse(param: PathParam, answer: (courseId: Id) => Response | Promise<Response>): Response | Promise<Response> {
    const courseId = param('courseId');
    if (!Id.safeParse(courseId).success) return problem(400, 'Invalid course id');
    if (!this.contacts.has(courseId)) return problem(404, 'No such course');
    return answer(courseId);
  }

  /** The resource as the audience is shown it: a young person through the SDK's youth-view rule, as the server answers them. */
  private forAudience<Resource>(resource: Resource, youthView: (resource: Resource) => Resource): Resource {
    return this.audience === 'youth' ? youthView(resource) : resource;
  }

  private async patchContact(request: Request, entry: { contact: Contact | null; version: number }): Promise<Response> {
    const refused = precondition(request, entry.contact && this.forAudience(entry.contact, contactForYouth), entry.version);
    if (refused) return refused;
    const parsed = await parseBody(request, updateContact.request);
    if (parsed instanceof Response) return parsed;
    entry.contact!.preferredChannel = parsed.preferredChannel;
    entry.version += 1;
    return versioned(this.forAudience(entry.contact!, contactForYouth), entry.version);
  }

  private async putPlan<Body>(
    request: Request,
    courseId: string,
    schema: BodySchema<Body>,
    apply: (plan: Plan, body: Body, at: string) => AppliedChange,
    bodyProblems: (body: Body) => FieldProblem[] = () => [],
  ): Promise<Response> {
    const entry = this.plans.get(courseId);
    const refused = precondition(request, entry ? this.forAudience(entry.plan, planForYouth) : null, entry?.version ?? 0);
    if (refused) return refused;
    const parsed = await parseBody(request, schema);
    if (parsed instanceof Response) return parsed;
    const problems = bodyProblems(parsed);
    if (problems.length) return problem(400, 'Invalid request body', { type: problemTypes.invalidRequest, errors: problems });
    const { plan, revision } = apply(entry!.plan, parsed, new Date().toISOString());
    if (revision) {
      entry!.plan = plan;
      entry!.version += 1;
    }
    return versioned(this.forAudience(entry!.plan, planForYouth), entry!.version);
  }
}

/** What the transport answers for a path the contract does not have, and for what it does not serve. */
function notServed(): Response {
  return problem(404, 'Not found');
}

function unknownParameter(operation: Operation, name: string): never {
  throw new Error(`The route ${operation.route.template} has no parameter ${name}`);
}

/** Who the memory transport records as the author of a professional's change (no sign-in here). */
const DEMO_PROFESSIONAL: Author = { role: 'professional', name: 'Demo-medarbejder' };

/** A client wired to a fresh {@link MemoryTransport}; the transport is returned too, for faults. */
export function createMemoryClient(options: MemoryTransportOptions & Omit<ClientOptions, 'baseUrl' | 'fetch'> = {}): {
  client: UfClient;
  transport: MemoryTransport;
} {
  const transport = new MemoryTransport(options);
  const client = createClient({ ...options, baseUrl: transport.baseUrl, fetch: transport.fetch });
  return { client, transport };
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return signal.aborted ? rejectAsAborted(signal) : Promise.resolve();
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(rejectAsAborted(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A 200 whose body starts (`{"courseId": `) and then stalls or breaks off. */
function partialBody(then: 'stall' | 'cut', signal: AbortSignal): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"courseId": '));
      if (then === 'cut') controller.error(new TypeError('network error'));
      else signal.addEventListener('abort', () => controller.error(abortReason(signal)), { once: true });
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json', etag: '"fault"' } });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/**
 * Rejected as fetch rejects an aborted request: with the signal's reason as given (an AbortError,
 * or whatever the caller aborted with), which `throwIfAborted` throws and the executor turns into
 * the rejection.
 */
function rejectAsAborted(signal: AbortSignal): Promise<never> {
  return new Promise(() => signal.throwIfAborted());
}

function answerWithFault(fault: Exclude<TransportFault, { kind: 'delay' }>, signal: AbortSignal): Promise<Response> | Response {
  switch (fault.kind) {
    case 'status':
      return problem(fault.status, fault.title ?? 'Injected fault');
    case 'body':
      return new Response(fault.body, { status: 200, headers: { 'content-type': 'application/json', etag: '"fault"' } });
    case 'network':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'hang':
      return new Promise((resolve) => signal.addEventListener('abort', () => resolve(rejectAsAborted(signal)), { once: true }));
    case 'stallBody':
      return partialBody('stall', signal);
    case 'cutBody':
      return partialBody('cut', signal);
  }
}
