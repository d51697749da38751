import { LIMITS } from '@ungeforlob/sdk';
import type { CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = 'limits: too large is refused as a problem';

/**
 * A body over the reference server's limit is refused (413, or 400 where an implementation takes
 * bigger bodies: the text is too long for the contract anyway) and oversized request headers are
 * 431 (or 400); never a 2xx or 5xx, and always a problem body (checked with every answer).
 */
export async function checkLimits({ session, results, params }: CheckContext): Promise<void> {
  const text = 'a'.repeat(LIMITS.bodyBytes + 1024);
  const body = await session.call('updatePlanComment', { as: 'youth', params: params(), headers: { 'If-Match': '"conformance-stale"' }, body: { text } });
  results.expect(GROUP, `a body over ${LIMITS.bodyBytes / 1024} KiB is 413 (or 400)`, body.status === 413 || body.status === 400, `got ${body.status}`);
  const head = await session.call('getMe', { as: 'professional', headers: { 'X-Conformance-Padding': 'a'.repeat(LIMITS.headerBytes + 4096) } });
  results.expect(
    GROUP,
    `request headers over ${LIMITS.headerBytes / 1024} KiB are 431 (or 400)`,
    head.status === 431 || head.status === 400,
    `got ${head.status}`,
  );
}
