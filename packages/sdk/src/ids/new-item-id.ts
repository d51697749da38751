import type { Id } from '../schemas/common.js';

/**
 * A new opaque id for something a user adds (an effort, a goal, a meeting's decision), with a
 * prefix that says what it is. `randomUUID` needs a secure context, which a portal page may not be.
 */
export function newItemId(prefix: string): Id {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
  return `${prefix}-${random.replace(/-/g, '').slice(0, 20)}`;
}
