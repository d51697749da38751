import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

/** How the kit gets a token for one role: a command that prints it (`{baseUrl}` is filled in), or the token itself. */
const TokenSource = z.union([z.strictObject({ command: z.string().check(z.minLength(1)) }), z.strictObject({ token: z.string().check(z.minLength(1)) })]);

/**
 * What the kit needs to know about an implementation: which of its courses to use, and how to
 * sign in as each role. The professional is on the team of `courses.team` and not of
 * `courses.other`; the young person is the one `courses.team` is about; the administrator, the
 * offer administrator and the leader see no course. Use a test tenant: the kit adds a reading to `courses.team` and a round to `offer`.
 */
export const Fixtures = z.strictObject({
  description: z.optional(z.string()),
  courses: z.strictObject({ team: z.string(), other: z.string() }),
  /** An offer in the catalogue any professional may review; the offer administrator saves it unchanged. */
  offer: z.string(),
  /** The questionnaire definition id, e.g. `strategic-criteria`. */
  questionnaire: z.string(),
  tokens: z.strictObject({ professional: TokenSource, youth: TokenSource, administrator: TokenSource, offerAdministrator: TokenSource, leader: TokenSource }),
});
export type Fixtures = z.infer<typeof Fixtures>;

/** The fixtures that ship with the kit: the reference server's demo seed, signed in through its development issuer. */
export const DEFAULT_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/reference-demo.json');

/** Reads and checks a fixtures file; token commands run in the file's folder. */
export async function readFixtures(path: string): Promise<{ fixtures: Fixtures; folder: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the fixtures file ${path}: ${(error as Error).message}`);
  }
  const parsed = Fixtures.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`The fixtures file ${path} is not as the kit expects: ${where}`);
  }
  return { fixtures: parsed.data, folder: dirname(resolve(path)) };
}
