import { responseProblems, type Answer } from './check-response.js';
import { pathOf, type DocumentedOperation } from './contract-document.js';
import type { Role } from './tokens.js';

/** Who sends a request: a role of the fixtures, or nobody (no Authorization header). */
export type Caller = Role | 'anonymous';

export interface Request {
  as: Caller;
  params?: Readonly<Record<string, string | number>>;
  headers?: Readonly<Record<string, string>>;
  /** A JSON body (sent as application/json) … */
  body?: unknown;
  /** … or these bytes as they are, with `contentType`. */
  raw?: string;
  contentType?: string;
  method?: string;
}

/** What one request broke of the document, for the report. */
export interface Deviation {
  operation: string;
  problems: string[];
}

/**
 * Talks to the implementation under test as the fixtures' roles. Every answer is checked against
 * the document on the way (see {@link responseProblems}); what deviates is kept for the report.
 */
export class Session {
  readonly deviations: Deviation[] = [];
  /** Answers seen per operation, for the report's "every answer as documented". */
  readonly answered = new Map<string, number>();

  constructor(
    readonly baseUrl: string,
    private readonly tokens: Readonly<Record<Role, string>>,
    readonly operations: ReadonlyMap<string, DocumentedOperation>,
    private readonly timeoutMs = 15_000,
  ) {}

  operation(id: string): DocumentedOperation {
    const found = this.operations.get(id);
    if (!found) throw new Error(`the document has no operation ${id}`);
    return found;
  }

  async call(id: string, request: Request): Promise<Answer> {
    const operation = this.operation(id);
    const method = request.method ?? operation.method;
    const headers = new Headers(request.headers);
    if (request.as !== 'anonymous') headers.set('Authorization', `Bearer ${this.tokens[request.as]}`);
    let body: string | undefined;
    if (request.raw !== undefined) body = request.raw;
    else if (request.body !== undefined) body = JSON.stringify(request.body);
    if (body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', request.contentType ?? 'application/json');
    const url = `${this.baseUrl.replace(/\/$/, '')}${pathOf(operation, request.params ?? {})}`;
    const send = () => fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    // A read once more when a kept-alive connection was closed under it (servers close after a
    // 413); never a write, which may have landed, nor after a timeout.
    const again = (error: Error) => (error.name !== 'TimeoutError' && (method === 'GET' || method === 'HEAD') ? send() : Promise.reject(error));
    const response = await send()
      .catch(again)
      .catch((error: Error) => {
        throw new Error(`${method} ${operation.template} could not be sent: ${(error.cause as Error | undefined)?.message ?? error.message}`);
      });
    const answer: Answer = { status: response.status, headers: response.headers, text: await response.text() };
    this.answered.set(id, (this.answered.get(id) ?? 0) + 1);
    const problems = responseProblems(operation, answer, method);
    if (problems.length > 0) this.deviations.push({ operation: id, problems });
    return answer;
  }
}
