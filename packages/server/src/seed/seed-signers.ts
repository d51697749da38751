import type { Seed } from '@ungeforlob/sdk/seed';

/**
 * The seed's professionals by name, to their token's subject: the seed names who wrote a need, a
 * contact or a meeting, and the server knows a writer by their subject (the demo's sign-ins).
 */
export function seedSubjectsByName(seed: Seed): Map<string, string> {
  return new Map(seed.users.filter((user) => user.role === 'professional').map((user) => [user.name, user.subject]));
}
