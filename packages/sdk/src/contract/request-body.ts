import { formatIssuePath } from '../client/issue-paths.js';
import type { FieldProblem } from '../schemas/common.js';

// What a request body must be before its schema is asked, as the reference server and the memory
// transport both check it.

/**
 * `application/json`, in UTF-8 (RFC 8259 §8.1), which is all the contract takes. Another JSON
 * type would be read as if it were this one (a merge patch means something else), and another
 * charset would be decoded as UTF-8 all the same: both are refused (415) rather than misread.
 */
export function isJsonInUtf8(contentType: string): boolean {
  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

// NUL cannot be stored in PostgreSQL text, and a lone surrogate (half of a UTF-16 pair) is no
// character at all: stored, it became U+FFFD, so what was echoed differed from what was kept and
// an identical retry looked like another body.
// Without the u flag the pattern sees UTF-16 code units, so a half pair can be found. NUL is the
// one control character meant here.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string, key or value, in a parsed JSON body that cannot be stored as it was sent: one
 * with NUL or a lone surrogate. `invalid_text` at its path (a key's path ends with the key).
 */
export function unstorableTextProblems(body: unknown): FieldProblem[] {
  const found: FieldProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) found.push({ path: formatIssuePath(path), code: 'invalid_text' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) found.push({ path: formatIssuePath([...path, key]), code: 'invalid_text' });
        visit(item, [...path, key]);
      }
    }
  };
  visit(body, []);
  return found;
}
