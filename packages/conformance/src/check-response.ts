import { DocumentedProblem } from '@ungeforlob/sdk/openapi';
import type { DocumentedOperation } from './contract-document.js';

/** An answer as the kit saw it. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The body as text ('' for none). */
  text: string;
}

/** The answer's JSON body, or undefined when it has none or it is not JSON. */
export function jsonOf(answer: Answer): unknown {
  if (answer.text === '') return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

/**
 * How an answer to `operation` breaks the document, in words (empty when it does not): a status
 * the operation does not list, a missing required ETag, a content type or a body that is not as
 * documented. Bodies are checked with the zod schemas the document was generated from; a problem
 * body's field codes against the document's enumeration. Never quotes a value: bodies hold
 * personal data.
 */
export function responseProblems(operation: DocumentedOperation, answer: Answer, method = operation.method): string[] {
  const documented = operation.responses.get(answer.status);
  if (!documented) return [`${answer.status} is not a documented answer of ${operation.id}`];
  const problems: string[] = [];
  const etag = answer.headers.get('etag');
  if (documented.etag && !etag) problems.push(`${answer.status} of ${operation.id} lacks its required ETag header`);
  if (documented.etag && etag && !/^"[\x21\x23-\x7e\x80-\xff]*"$/.test(etag)) problems.push(`${operation.id}: ETag is not a strong entity tag`);
  if (documented.contentTypes.length === 0) {
    if (answer.text !== '') problems.push(`${answer.status} of ${operation.id} carries a body, but none is documented`);
    return problems;
  }
  if (method === 'HEAD') return problems;
  const contentType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!documented.contentTypes.includes(contentType)) {
    problems.push(`${answer.status} of ${operation.id} is ${contentType || 'without a content type'}, not ${documented.contentTypes.join(' or ')}`);
    return problems;
  }
  if (contentType === 'text/csv') return problems;
  const body = jsonOf(answer);
  if (body === undefined) return [...problems, `${answer.status} of ${operation.id} is not JSON`];
  const schema = answer.status >= 400 ? DocumentedProblem : operation.contract.response;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const paths = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code}`);
    problems.push(`${answer.status} of ${operation.id} does not match its schema (${paths.join('; ')})`);
  }
  if (answer.status >= 400 && (body as { status?: unknown }).status !== undefined && (body as { status?: unknown }).status !== answer.status) {
    problems.push(`${answer.status} of ${operation.id}: the problem's status says ${String((body as { status?: unknown }).status)}`);
  }
  return problems;
}
