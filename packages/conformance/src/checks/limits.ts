import { LIMITS } from '@ungeforlob/sdk';
import type { CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = 'limits: too large is refused as a problem';

/**
 * A body over the reference server's limit is refused (413, or 400 where an implementation takes
 * bigger bodies: the text is too long for the contract anyway), sent with the current ETag so the
 * refusal is about the body. Request headers over the reference server's limit are 431 (or 400)
 * where an implementation refuses them, and never a 5xx; one that takes bigger heads may answer.
 * Every refusal is a problem body (checked with every answer).
 */
export async function checkLimits({ session, results, params }: CheckContext): Promise<void> {
  const text = 'a'.repeat(LIMITS.bodyBytes + 1024);
  const current = (await session.call('getPlan', { as: 'youth', params: params() })).headers.get('etag') ?? '"none"';
  const body = await session.call('updatePlanComment', { as: 'youth', params: params(), headers: { 'If-Match': current }, body: { text } });
  results.expect(GROUP, `a body over ${LIMITS.bodyBytes / 1024} KiB is 413 (or 400)`, body.status === 413 || body.status === 400, `got ${body.status}`);
  const head = await session.call('getMe', { as: 'professional', headers: { 'X-Conformance-Padding': 'a'.repeat(LIMITS.headerBytes + 4096) } });
  results.expect(
    GROUP,
    `request headers over ${LIMITS.headerBytes / 1024} KiB are 431 (or 400), or served`,
    head.status === 431 || head.status === 400 || head.status === 200,
    `got ${head.status}`,
  );
}
