import type { Author } from '@ungeforlob/sdk';
import type { Principal } from '../auth/principals.js';

/** Who is calling, as written to the audit log. */
export interface Actor {
  /** The signed-in user's subject (the token's `sub`). */
  id: string;
  role: Principal['role'];
  /**
   * How the caller signs a plan revision or a reading: shown to colleagues and to the young
   * person, so a display name, never the id.
   */
  author: Author;
}

/** The audit log's actor for a signed-in principal. An administrator writes as staff. */
export function actorOf(principal: Principal): Actor {
  return { id: principal.subject, role: principal.role, author: { role: principal.role === 'youth' ? 'youth' : 'professional', name: principal.name } };
}
