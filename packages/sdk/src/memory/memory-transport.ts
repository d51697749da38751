import { API_BASE_PATH } from '../client/api-paths.js';
import { createClient, type ClientOptions, type UfClient } from '../client/create-client.js';
import { matchOperation } from '../contract/match-operation.js';
import type { AccessRule } from '../contract/access-rule.js';
import type { Operation } from '../contract/operations.js';
import { Id } from '../schemas/common.js';
import type { Me } from '../schemas/access.js';
import { memoryResources, operations } from '../resources.js';
import type { Contact } from '../schemas/contact.js';
import type { Author, Plan } from '../schemas/plan.js';
import { buildSeed } from '../seed/index.js';
import type { FaultRule, TransportFault } from './faults.js';
import type { MemoryCaller, MemoryContext, MemoryHandler, MemorySeed, PathParam } from './memory-resource.js';
import { etagOf, invalid, notServed, problem, viewTag } from './replies.js';

export type { FaultRule, TransportFault } from './faults.js';

export interface MemoryTransportOptions {
  /** The data to serve; defaults to {@link buildSeed} for today. Deep-copied, so stories do not share state. */
  seed?: MemorySeed;
  /** Simulated latency for every answer, in milliseconds. Default 0. */
  latencyMs?: number;
  /**
   * Whom the transport answers as. `'youth'` shows what the reference server sends a young person
   * (the SDK's youth-view rule: no caseload or absence reasons, no setbacks); default `'staff'`,
   * everything. Ignored with `signIn`, where each caller is shown what they may see.
   */
  audience?: 'staff' | 'youth';
  /**
   * Sign callers in and answer as the reference server does for who they are: `Authorization:
   * Bearer <subject>` names one of the seed's users (memory has no identity provider, so the
   * subject is the token); without one, 401, and 403 for a subject the seed does not have. Each operation's access rule is applied (403
   * for a role it leaves out, or a course not theirs), a young person is shown their view, and
   * what someone writes carries their name. Default false: every request is answered, as
   * `audience` says, and written by a demo professional.
   */
  signIn?: boolean;
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
  private readonly faults: FaultRule[] = [];
  private readonly latencyMs: number;
  /** The handler of each operation in the contract's table. */
  private readonly handlers: ReadonlyMap<Operation, MemoryHandler>;
  /** With `signIn`: the seed's users by subject, as callers. */
  private readonly callers: ReadonlyMap<string, SignedInCaller> | undefined;
  /** Without `signIn`: who every request comes from. */
  private readonly anyone: MemoryCaller;
  /** Each resource's part of the transport, by its name in the SDK's resource list; inspect their state in tests. */
  readonly resources: MemoryResources;

  constructor(options: MemoryTransportOptions = {}) {
    const seed = structuredClone(options.seed ?? buildSeed());
    this.latencyMs = options.latencyMs ?? 0;
    this.callers = options.signIn ? signedInCallers(seed) : undefined;
    this.anyone = demoCaller(options.audience ?? 'staff');
    const context: MemoryContext = {
      seed,
      // A course exists while it is in the seed; taking its contact off leaves the course.
      courseExists: (courseId) => Object.hasOwn(seed.contacts, courseId),
      answer: (operationId, params, caller) => this.answer(operationId, params, caller),
    };
    this.resources = Object.fromEntries(Object.entries(memoryResources).map(([name, create]) => [name, create(context)])) as MemoryResources;
    this.handlers = handlerTable(Object.values(this.resources).map((resource) => resource.handlers));
  }

  /** The questionnaire routes: definitions, drafts, submitted rounds (inspect `responses` in tests), roll-up. */
  get questionnaires(): MemoryResources['questionnaire'] {
    return this.resources.questionnaire;
  }

  /** The progression routes: the scale set, and readings and annotations per course (inspect `courses` in tests). */
  get progression(): MemoryResources['progression'] {
    return this.resources.progression;
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
    this.resources.contact.change(courseId, change);
  }

  /** Change a plan behind the client's back, as another professional would: its ETag changes. */
  changePlan(courseId: string, change: (plan: Plan) => void): void {
    this.resources.plan.change(courseId, change);
  }

  /** Take the contact off the course, as a case system does when it ends the assignment. */
  removeContact(courseId: string): void {
    this.resources.contact.remove(courseId);
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

  /** One operation answered for `caller` by its handler, as a request to its path with `params`, without a body (see `MemoryContext.answer`). */
  private async answer(operationId: string, params: Readonly<Record<string, string | number>>, caller: MemoryCaller): Promise<Response> {
    const operation = (operations as Record<string, Operation>)[operationId];
    if (!operation) throw new Error(`The contract has no operation ${operationId}`);
    const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
    const path = operation.route.template.replace(/\{(\w+)\}/g, (_whole, name: string) =>
      encodeURIComponent(values[name] ?? unknownParameter(operation, name)),
    );
    const request = new Request(`${this.baseUrl}${path}`, { method: operation.method });
    return this.handlers.get(operation)!(request, (name) => values[name] ?? unknownParameter(operation, name), caller);
  }

  /** Dispatches by the contract's table: 404 for a path it does not have, 405 with Allow for another method of one it has. */
  private async route(request: Request, pathname: string): Promise<Response> {
    const found = pathname.startsWith(`${API_BASE_PATH}/`) ? matchOperation(request.method, pathname.slice(API_BASE_PATH.length)) : undefined;
    if (!found) return notServed();
    if ('allowed' in found) return problem(405, 'Method not allowed', {}, { allow: found.allowed.join(', ') });
    const { operation, params } = found;
    const param: PathParam = (name) => params[name] ?? unknownParameter(operation, name);
    let caller: MemoryCaller = this.anyone;
    if (this.callers) {
      const subject = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      if (subject === undefined) return problem(401, 'Unauthorized', {}, { 'www-authenticate': 'Bearer realm="ungeforlob"' });
      // As the server answers a valid token of someone who is no user of the service.
      const signedIn = this.callers.get(subject);
      if (!signedIn) return problem(403, 'Forbidden', { detail: 'You are not a user of this service.' });
      const refused = refusal(operation.access, signedIn, params);
      if (refused) return refused;
      caller = signedIn;
    }
    return this.handlers.get(operation)!(request, param, caller);
  }
}

type MemoryResources = { readonly [Name in keyof typeof memoryResources]: ReturnType<(typeof memoryResources)[Name]> };

/**
 * One handler per operation of the contract's table, from the resources' handlers: an operation
 * nobody answers, or an answer to an operation the contract does not have, stops the transport
 * (and every test with it), rather than becoming a silent 404.
 */
function handlerTable(parts: readonly Readonly<Record<string, MemoryHandler>>[]): ReadonlyMap<Operation, MemoryHandler> {
  const table = new Map<Operation, MemoryHandler>();
  for (const handlers of parts) {
    for (const [id, handler] of Object.entries(handlers)) {
      const operation = (operations as Record<string, Operation>)[id];
      if (!operation) throw new Error(`The memory transport answers ${id}, which the contract does not have`);
      table.set(operation, handler);
    }
  }
  const unanswered = Object.keys(operations).filter((id) => !table.has((operations as Record<string, Operation>)[id]!));
  if (unanswered.length > 0) throw new Error(`The memory transport answers no ${unanswered.join(', ')}`);
  return table;
}

function unknownParameter(operation: Operation, name: string): never {
  throw new Error(`The route ${operation.route.template} has no parameter ${name}`);
}

/** Who the memory transport records as the author of a professional's change without sign-in. */
const DEMO_PROFESSIONAL: Author = { role: 'professional', name: 'Demo-medarbejder' };

/** Every request, without sign-in: a demo professional, shown what `audience` is shown. */
function demoCaller(audience: 'staff' | 'youth'): MemoryCaller {
  return callerShowing(audience === 'youth', DEMO_PROFESSIONAL);
}

/** A caller who writes as `author` and is shown the youth view when `youth`, with their own ETags. */
function callerShowing(youth: boolean, author: Author): MemoryCaller {
  return {
    author,
    shown: (resource, youthView) => (youth ? youthView(resource) : resource),
    view: (resource, version, youthView) => {
      if (!youth) return { body: resource, etag: etagOf(version) };
      const body = youthView(resource);
      return { body, etag: viewTag(body) };
    },
  };
}

interface SignedInCaller extends MemoryCaller {
  readonly me: Me;
}

/** The seed's users as callers: a professional sees their teams' courses, a young person their own, an administrator none. */
function signedInCallers(seed: MemorySeed): ReadonlyMap<string, SignedInCaller> {
  return new Map(
    (seed.users ?? []).map((user) => {
      const courseIds =
        user.role === 'professional'
          ? (seed.teams ?? []).filter((team) => team.members.some((member) => member.id === user.staffId)).flatMap((team) => team.courseIds)
          : user.role === 'youth'
            ? (seed.courses ?? []).filter((course) => course.citizen.id === user.citizenId).map((course) => course.id)
            : [];
      const me: Me = { subject: user.subject, role: user.role, name: user.name, courseIds: [...new Set(courseIds)] };
      const author: Author = { role: user.role === 'youth' ? 'youth' : 'professional', name: user.name };
      return [user.subject, { me, ...callerShowing(user.role === 'youth', author) }] as const;
    }),
  );
}

/**
 * The 403 (or 400 for a malformed course id) the reference server gives a caller `rule` leaves
 * out, or for a course they may not see; null when they may go on. A course that does not exist
 * is refused like another team's, so nobody learns which ids exist.
 */
function refusal(rule: AccessRule, caller: SignedInCaller, params: Readonly<Record<string, string>>): Response | null {
  const scope = rule[caller.me.role];
  const forbidden = (detail: string) => problem(403, 'Forbidden', { detail });
  if (!scope) return forbidden(`This is not for the ${caller.me.role} role.`);
  const courseId = params['courseId'] ?? (params['subjectKind'] === 'course' ? params['subjectId'] : undefined);
  if (courseId !== undefined && !Id.safeParse(courseId).success)
    return invalid([{ path: params['courseId'] !== undefined ? 'courseId' : 'subjectId', code: 'custom' }]);
  if (scope === 'own' && courseId === undefined) return forbidden(`This is not for the ${caller.me.role} role.`);
  if ((scope === 'team' || scope === 'own') && courseId !== undefined && !caller.me.courseIds.includes(courseId)) {
    return forbidden('You may not see this course: it is not assigned to your team, or it is not yours.');
  }
  return null;
}

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
