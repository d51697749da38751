/**
 * JSON data (what a contract schema parsed: objects, arrays, strings, numbers, booleans, null) as
 * text in one canonical form: what `JSON.stringify` writes, but with every object's keys in
 * code-unit order and members whose value is `undefined` left out, so equal data gives equal text
 * however it was built, parsed or stored (PostgreSQL's jsonb does not keep key order).
 *
 * The server and the in-memory transport fingerprint questionnaire submissions with it, and the
 * server keeps those fingerprints: the text for a given value must never change.
 */
export function canonicalJson(value: unknown): string {
  // An undefined element is null, as JSON.stringify writes it.
  if (Array.isArray(value)) return `[${value.map((element) => (element === undefined ? 'null' : canonicalJson(element))).join(',')}]`;
  if (value && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
