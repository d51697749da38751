import { execFile } from 'node:child_process';
import type { Fixtures } from './fixtures.js';

export type Role = keyof Fixtures['tokens'];

/** Single-quoted for a POSIX shell. */
const quoted = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/**
 * A token for each role, from the fixtures: a command's standard output (trimmed), run by the
 * shell in the fixtures' folder with `{baseUrl}` filled in, or the token as written. A command
 * that fails stops the run: without tokens nothing can be checked. Tokens are never printed.
 */
export async function tokensFor(fixtures: Fixtures, folder: string, baseUrl: string): Promise<Record<Role, string>> {
  const entries = await Promise.all(
    (Object.entries(fixtures.tokens) as [Role, Fixtures['tokens'][Role]][]).map(async ([role, source]) => {
      if ('token' in source) return [role, source.token] as const;
      const command = source.command.replaceAll('{baseUrl}', quoted(baseUrl));
      const token = await new Promise<string>((resolve, reject) => {
        execFile('/bin/sh', ['-c', command], { cwd: folder, timeout: 30_000 }, (error, stdout, stderr) => {
          if (error) reject(new Error(`The token command for ${role} failed: ${stderr.trim() || error.message}`));
          else resolve(stdout.trim());
        });
      });
      if (!token) throw new Error(`The token command for ${role} printed nothing`);
      return [role, token] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, string>;
}
