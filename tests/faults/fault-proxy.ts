import { Agent, createServer, request as upstreamRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_BASE_PATH, problemTypes } from '@ungeforlob/sdk';

// A proxy in front of the real server that breaks chosen answers on their way to the browser.
// Everything is forwarded unchanged (the Authorization header too; only the suite's own
// `x-fault-lane` is dropped) unless a rule matches the request's method, route template and lane;
// then the rule's fault is applied instead. Rules are set from the test, in process, and can
// change between two requests without a restart.

/** What can go wrong between the widgets and the server. */
export type Fault =
  /** The server's answer cut off half-way: not JSON. The request reaches the server (a write lands). */
  | { kind: 'malformedJson' }
  /** The server's real answer with every top-level field turned into another type: JSON, but not the contract. The request reaches the server. */
  | { kind: 'wrongTypes' }
  /** A 20 MB JSON document (by default) that is not the resource, streamed. The request reaches the server. */
  | { kind: 'hugeBody'; bytes?: number }
  /** No answer for `ms`; if the browser has given up by then, the request is dropped and never reaches the server. */
  | { kind: 'delay'; ms: number }
  /** The real status and headers on time, then half the body and nothing more for `ms`. The request reaches the server. */
  | { kind: 'stall'; ms: number }
  /** An error status with an RFC 9457 problem body like the real server's. The request does not reach the server. */
  | { kind: 'status'; status: 401 | 403 | 409 | 412 | 500 | 502 | 503 }
  /** The connection is destroyed before anything is answered. The request does not reach the server. */
  | { kind: 'cut' }
  /** The real status and headers, half the body, then the connection is destroyed. The request reaches the server. */
  | { kind: 'cutMidAnswer' };

export interface FaultRule {
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
  /** A route template below the API base, as the SDK names it: `/courses/{courseId}/plan`. */
  route: string;
  fault: Fault;
  /** Apply it to this many matching requests, then forward again. Default: every one. */
  times?: number;
  /**
   * Only requests carrying this `x-fault-lane` header (the browser context of one lane of the
   * suite sets it), so lanes running side by side do not break each other's requests.
   */
  lane?: string;
}

/** A rule in force; `hits` counts the requests it broke, so a test can tell it was reached at all. */
export interface ArmedRule extends Readonly<FaultRule> {
  readonly hits: number;
  /** How many of those still reached the real server (a broken answer to a write that landed). */
  readonly forwarded: number;
}

/** A file the proxy itself serves (the test page and its script), outside the API. */
export interface ServedFile {
  type: string;
  body: string | Buffer;
  headers?: Readonly<Record<string, string>>;
}

interface LiveRule extends FaultRule {
  hits: number;
  forwarded: number;
  pattern: RegExp;
}

const HUGE_BYTES = 20 * 1024 * 1024;
/** Which lane of the suite a request comes from; never forwarded. */
export const LANE_HEADER = 'x-fault-lane';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer', LANE_HEADER]);

const statusTitles: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  409: 'Conflict',
  412: 'Edit conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** `/courses/{courseId}/plan` → a pattern for the concrete path under the API base. */
function routePattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${API_BASE_PATH.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}${escaped}$`);
}

function withoutHopByHop(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/**
 * Valid JSON that breaks the contract: each top-level field of an object gets another type
 * (numbers become strings, strings numbers, lists objects and objects lists), a list becomes an
 * object holding it, anything else an object no schema wants.
 */
export function corruptTypes(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return JSON.stringify({ unexpected: true });
  }
  if (Array.isArray(value)) return JSON.stringify({ items: value });
  if (value === null || typeof value !== 'object') return JSON.stringify({ unexpected: value });
  const swapped = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]): [string, unknown] => {
      if (typeof field === 'number') return [key, String(field)];
      if (typeof field === 'string') return [key, 42];
      if (typeof field === 'boolean') return [key, String(field)];
      if (Array.isArray(field)) return [key, { length: field.length }];
      if (field === null) return [key, 0];
      return [key, [field]];
    }),
  );
  return JSON.stringify(swapped);
}

export class FaultProxy {
  private readonly server: Server;
  private readonly agent = new Agent({ keepAlive: true });
  private readonly rules: LiveRule[] = [];
  private readonly files = new Map<string, ServedFile>();
  private readonly upstreamOrigin: string;
  private origin = '';

  private constructor(upstream: string) {
    this.upstreamOrigin = new URL(upstream).origin;
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  /** Listens on a free loopback port and forwards to `upstream` (the real server's origin). */
  static async start(upstream: string): Promise<FaultProxy> {
    const proxy = new FaultProxy(upstream);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.origin = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  /** Where the browser goes: the proxy's origin, without a trailing slash. */
  get url(): string {
    return this.origin;
  }

  /** Serve a file of the proxy's own at `path` (e.g. the test page), never forwarded. */
  serve(path: string, file: ServedFile): void {
    this.files.set(path, file);
  }

  /** Break matching requests from now on; earlier rules keep applying too. */
  inject(rule: FaultRule): ArmedRule {
    const live: LiveRule = { ...rule, hits: 0, forwarded: 0, pattern: routePattern(rule.route) };
    this.rules.push(live);
    return live;
  }

  /** Forward everything again: every rule, or those of one lane. */
  clear(lane?: string): void {
    const kept = lane === undefined ? [] : this.rules.filter((rule) => rule.lane !== lane);
    this.rules.splice(0, this.rules.length, ...kept);
  }

  async close(): Promise<void> {
    this.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.agent.destroy();
  }

  private ruleFor(request: IncomingMessage, path: string): LiveRule | undefined {
    const lane = request.headers[LANE_HEADER];
    return this.rules.find(
      (rule) =>
        rule.method === request.method &&
        rule.pattern.test(path) &&
        (rule.lane === undefined || rule.lane === lane) &&
        (rule.times === undefined || rule.hits < rule.times),
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0]!;
    const file = request.method === 'GET' ? this.files.get(path) : undefined;
    if (file) {
      response.writeHead(200, { 'content-type': file.type, ...file.headers }).end(file.body);
      return;
    }
    const rule = this.ruleFor(request, path);
    if (!rule) {
      this.forward(request, response);
      return;
    }
    rule.hits += 1;
    const { fault } = rule;
    switch (fault.kind) {
      case 'cut':
        request.socket.destroy();
        return;
      case 'status':
        request.resume();
        this.answerProblem(response, fault.status);
        return;
      case 'delay': {
        const gone = await this.waitOrGone(response, fault.ms);
        // The browser timed out and closed the connection: like a server that never got it.
        if (gone) {
          request.resume();
          return;
        }
        rule.forwarded += 1;
        this.forward(request, response);
        return;
      }
      default:
        rule.forwarded += 1;
        this.forward(request, response, (upstream, body) => this.breakBody(fault, upstream, body, response));
    }
  }

  /** Resolves true as soon as the browser closes the connection, or false after `ms`. */
  private waitOrGone(response: ServerResponse, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        response.off('close', onClose);
        resolve(false);
      }, ms);
      const onClose = () => {
        clearTimeout(timer);
        resolve(true);
      };
      response.once('close', onClose);
    });
  }

  /**
   * Sends the request on to the real server. Without `rewrite` the answer streams back as it is;
   * with it, the answer is read whole and `rewrite` writes what the browser gets instead.
   */
  private forward(request: IncomingMessage, response: ServerResponse, rewrite?: (upstream: IncomingMessage, body: Buffer) => void): void {
    const outgoing = upstreamRequest(`${this.upstreamOrigin}${request.url ?? '/'}`, {
      method: request.method,
      // A body to be rewritten is asked for as text: a compressed one would be broken before the fault.
      headers: { ...withoutHopByHop(request.headers), host: new URL(this.upstreamOrigin).host, ...(rewrite ? { 'accept-encoding': 'identity' } : {}) },
      agent: this.agent,
    });
    outgoing.on('error', () => response.destroy());
    outgoing.on('response', (upstream) => {
      if (!rewrite) {
        response.writeHead(upstream.statusCode ?? 502, withoutHopByHop(upstream.headers));
        upstream.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      upstream.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstream.on('end', () => rewrite(upstream, Buffer.concat(chunks)));
      upstream.on('error', () => response.destroy());
    });
    request.pipe(outgoing);
  }

  /** The real answer's status and headers (a 204 becomes a 200), with a broken body. */
  private breakBody(fault: Fault, upstream: IncomingMessage, body: Buffer, response: ServerResponse): void {
    const headers = withoutHopByHop(upstream.headers);
    delete headers['content-length'];
    const status = upstream.statusCode === 204 ? 200 : (upstream.statusCode ?? 200);
    const text = body.toString('utf8');
    // Half the real answer: it stops in the middle of a value.
    const half = text.length > 2 ? text.slice(0, Math.floor(text.length / 2)) : '{"broken": ';
    switch (fault.kind) {
      case 'malformedJson':
        response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(half);
        return;
      case 'wrongTypes':
        response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(corruptTypes(text));
        return;
      case 'hugeBody':
        response.writeHead(status, { ...headers, 'content-type': 'application/json' });
        this.streamHuge(response, fault.bytes ?? HUGE_BYTES);
        return;
      case 'stall':
      case 'cutMidAnswer': {
        // The length of the whole answer is promised, and half of it is sent.
        const promised = Buffer.byteLength(text) + (text.length > 2 ? 0 : 16);
        response.writeHead(status, { ...headers, 'content-length': String(promised) });
        response.write(half);
        if (fault.kind === 'cutMidAnswer') setTimeout(() => response.socket?.destroy(), 20);
        else void this.waitOrGone(response, fault.ms).then(() => response.socket?.destroy());
        return;
      }
      default:
        response.destroy();
    }
  }

  /** `{"padding":"aaa…"}` of about `bytes`, in 64 KB chunks, respecting back-pressure. */
  private streamHuge(response: ServerResponse, bytes: number): void {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let left = bytes;
    response.write('{"padding":"');
    const pump = (): void => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!response.write(piece)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end('"}');
    };
    response.on('close', () => {
      left = 0;
    });
    pump();
  }

  private answerProblem(response: ServerResponse, status: number): void {
    const conflict = status === 409 || status === 412;
    const body = {
      type: conflict ? problemTypes.editConflict : 'about:blank',
      title: statusTitles[status] ?? 'Error',
      status,
      detail: 'Injected by the fault-injection proxy.',
      requestId: `fault-${Date.now().toString(36)}`,
    };
    const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
    if (status === 401) headers['www-authenticate'] = 'Bearer error="invalid_token"';
    response.writeHead(status, headers).end(JSON.stringify(body));
  }
}
