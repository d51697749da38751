import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// The demo portal's token renewal (packages/server/public/portal-sign-in.js), which every widget
// on the page shares: one renewal for widgets asking together, and a failed one loses nothing.

interface Tokens {
  token: string;
  renewAt: number;
  refreshToken?: string;
}
type FetchToken = (held: (Tokens & { obtainedAt: number }) | undefined) => Promise<Tokens>;
type GetToken = (request?: { forceRefresh?: boolean }) => Promise<string>;

const { renewingToken } = (await import(new URL('../../packages/server/public/portal-sign-in.js', import.meta.url).href)) as {
  renewingToken: (fetchToken: FetchToken) => GetToken;
};

/** A token provider whose answers the test hands out: `next()` gives the next fetch its result. */
function provider() {
  const calls: ((Tokens & { obtainedAt: number }) | undefined)[] = [];
  const answers: ((tokens: Tokens | Error) => void)[] = [];
  const getToken = renewingToken((held) => {
    calls.push(held);
    return new Promise((resolve, reject) => answers.push((tokens) => (tokens instanceof Error ? reject(tokens) : resolve(tokens))));
  });
  const answer = async (tokens: Tokens | Error) => {
    while (answers.length === 0) await new Promise((resolve) => setImmediate(resolve));
    answers.shift()!(tokens);
  };
  return { getToken, calls, answer };
}

const later = (seconds: number) => Date.now() + seconds * 1000;

describe("the demo portal's token renewal", () => {
  test('widgets asking together share one fetch, and the held token serves until it is due', async () => {
    const { getToken, calls, answer } = provider();
    const asked = [getToken(), getToken(), getToken()];
    await answer({ token: 'a', renewAt: later(60), refreshToken: 'r1' });
    assert.deepEqual(await Promise.all(asked), ['a', 'a', 'a']);
    assert.equal(await getToken(), 'a');
    assert.equal(calls.length, 1);
  });

  test('a due token is renewed with what was held; a 401 renews once for every widget refused together', async () => {
    const { getToken, calls, answer } = provider();
    const first = getToken();
    await answer({ token: 'a', renewAt: Date.now() - 1, refreshToken: 'r1' });
    await first;
    const due = getToken();
    await answer({ token: 'b', renewAt: later(60), refreshToken: 'r2' });
    assert.equal(await due, 'b');
    assert.equal(calls[1]?.refreshToken, 'r1');

    const refused = [getToken({ forceRefresh: true }), getToken({ forceRefresh: true })];
    await answer({ token: 'c', renewAt: later(60), refreshToken: 'r3' });
    assert.deepEqual(await Promise.all(refused), ['c', 'c']);
    assert.equal(await getToken({ forceRefresh: true }), 'c', 'a 401 right after a renewal for a 401 takes the new token');
    assert.equal(calls.length, 3);
  });

  test('a renewal that fails keeps the refresh token, so the next call tries again and can succeed', async () => {
    const { getToken, calls, answer } = provider();
    const first = getToken();
    await answer({ token: 'a', renewAt: later(60), refreshToken: 'r1' });
    await first;
    const failed = getToken({ forceRefresh: true });
    await answer(new Error('network'));
    await assert.rejects(failed, /network/);
    const again = getToken({ forceRefresh: true });
    await answer({ token: 'b', renewAt: later(60), refreshToken: 'r2' });
    assert.equal(await again, 'b');
    assert.equal(calls[2]?.refreshToken, 'r1', 'the second try renews with the token held before the failure');
  });
});
