import { formatIssuePath, type FieldProblem } from '@ungeforlob/sdk';

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
      if (!storable(value)) found.push({ path: formatIssuePath(path), code: 'invalid_text' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!storable(key)) found.push({ path: formatIssuePath([...path, key]), code: 'invalid_text' });
        visit(item, [...path, key]);
      }
    }
  };
  visit(body, []);
  return found;
}

function storable(text: string): boolean {
  return !UNSTORABLE.test(text);
}
