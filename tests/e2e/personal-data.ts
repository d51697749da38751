import { buildSeed } from '@ungeforlob/sdk/seed';
import { staff } from '../../packages/sdk/src/seed/people.js';

// What must never show up in a URL, a log line or an error message: the name of anyone in the
// seed, and anything shaped like a CPR number. Names come from the seed code itself, so a person
// added to the seed is searched for without touching this file.

/** A seeded person's name, and the parts of it that would give them away on their own. */
export interface SeededName {
  name: string;
  /** The whole name, then (for young people and staff) each first and last name on its own. */
  needles: string[];
}

/** Words shorter than this are not searched for on their own: too many ordinary words match. */
const MIN_PART_LENGTH = 3;

/**
 * Every person the seed names. Young people (`courses[].citizen`) and staff (`people.ts`, the
 * contacts and their deputies, and whoever can sign in) are searched for by whole name and by each
 * part; others named in plans and questionnaires (a coach, a teacher) by whole name only, since
 * some of those "names" are job titles ("Psykolog, team Syd") whose words are not personal.
 */
export function seededNames(): SeededName[] {
  const seed = buildSeed();
  const people = new Set<string>([
    ...seed.courses.map((course) => course.citizen.name),
    ...Object.values(staff).map((person) => person.name),
    ...Object.values(seed.contacts).flatMap((contact) =>
      contact ? [contact.person.name, ...contact.absences.map((absence) => absence.deputy.person.name)] : [],
    ),
    // Who can sign in, once the seed has users (sign-in, issue #6).
    ...((seed as { users?: { name: string }[] }).users ?? []).map((user) => user.name),
  ]);
  const searched: SeededName[] = [...people].map((name) => ({ name, needles: unique([name, ...partsOf(name)]) }));
  const covered = new Set(searched.flatMap((person) => person.needles));
  for (const name of personNamesIn(seed)) {
    // A young person's notes are signed with their first name, already searched for.
    if (!covered.has(withoutRemark(name))) searched.push({ name, needles: [withoutRemark(name)] });
  }
  return searched;
}

/** The names of every person-like object in the seed: authors, responsibles, people with an id. */
function personNamesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const inner of value) personNamesIn(inner, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const looksLikePerson = 'role' in record || 'unit' in record || 'birthDate' in record || (typeof record['id'] === 'string' && /^[sp]-/.test(record['id']));
    if (typeof record['name'] === 'string' && looksLikePerson) found.add(record['name']);
    for (const inner of Object.values(record)) personNamesIn(inner, found);
  }
  return found;
}

/** "Maja Friis (træner)" → "Maja Friis": the remark is not part of the name. */
function withoutRemark(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

function partsOf(name: string): string[] {
  return withoutRemark(name)
    .split(/\s+/)
    .filter((part) => part.length >= MIN_PART_LENGTH);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** A found piece of personal data: what it is (never the matched text itself, beyond a name). */
export interface Finding {
  kind: 'name' | 'cpr';
  /** For a name: the seeded person's name part that matched; for a CPR number: `ddmmyy-xxxx`. */
  what: string;
}

/** Letters and digits of any script: a name inside a longer word ("Alibi") is not that name. */
const WORD = '[\\p{L}\\p{N}_]';

/**
 * A CPR number with a real day and month, with or without the hyphen, not inside a longer run of
 * letters or digits (so a UUID's hex groups cannot pass for one).
 */
const CPR = new RegExp(`(?<!${WORD})(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}-?\\d{4}(?!${WORD})`, 'u');

/** A finder for the seeded names and CPR-shaped numbers in a line of text. */
export function personalDataFinder(names: readonly SeededName[] = seededNames()): (line: string) => Finding[] {
  const needles = unique(names.flatMap((name) => name.needles)).map((needle) => {
    // Also as a URL would carry it ("S%C3%B8rensen"), in any case.
    const forms = unique([needle, encodeURIComponent(needle)]).map(escapeRegExp);
    return { needle, pattern: new RegExp(`(?<!${WORD})(?:${forms.join('|')})(?!${WORD})`, 'iu') };
  });
  return (line) => [
    ...needles.filter(({ pattern }) => pattern.test(line)).map(({ needle }): Finding => ({ kind: 'name', what: needle })),
    ...(CPR.test(line) ? [{ kind: 'cpr', what: 'ddmmyy-xxxx' } as const] : []),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
