// How the demo portal signs in, as the server tells it at /demo/sign-in.json:
// - development: the reference server's development issuer signs a token for each seeded user the
//   page shows (POST /demo/token), so one page shows a professional's and a young person's view;
// - oidc: the municipality's identity provider, as a public client: the authorization code flow
//   with PKCE (RFC 7636) in the browser, the access token renewed with the refresh token.
// Tokens live in memory only, never in localStorage or sessionStorage, where other scripts could
// read them. The PKCE verifier and state wait in sessionStorage during the one redirect.

/** Renewed a minute before it runs out, or halfway through a short life, so no request leaves with a token about to expire. */
const renewAt = (seconds) => Date.now() + Math.max(seconds - 60, seconds / 2) * 1000;

/** After a 401 a token renewed for another 401 this recently is used, not renewed again. */
const FRESH_MS = 5000;

/**
 * The `getToken` the widgets call: the held token until it is due for renewal, or after a 401
 * (`forceRefresh`); then `fetchToken(held)` once, shared by every widget asking meanwhile. Widgets
 * refused together each ask after their 401: the first renews, the others take its token. A
 * renewal that fails keeps what was held (with its refresh token), so the next call tries again.
 *
 * @param fetchToken - `(held) => Promise<{ token, renewAt, refreshToken? }>`; `held` is undefined the first time.
 */
export function renewingToken(fetchToken) {
  let held;
  let renewal;
  const renew = (forced) => {
    renewal ??= fetchToken(held)
      .then((tokens) => {
        held = { ...tokens, obtainedAt: Date.now(), forced };
        return held;
      })
      .finally(() => {
        renewal = undefined;
      });
    return renewal;
  };
  return async ({ forceRefresh = false } = {}) => {
    if (renewal) return (await renewal).token;
    const justRenewedForA401 = held?.forced && Date.now() - held.obtainedAt < FRESH_MS;
    const due = !held || Date.now() >= held.renewAt || (forceRefresh && !justRenewedForA401);
    return due ? (await renew(forceRefresh)).token : held.token;
  };
}

async function whoIs(getToken) {
  const response = await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${await getToken()}` } });
  if (!response.ok) throw new Error(`/me answered ${response.status}`);
  return response.json();
}

function developmentSignIn() {
  const providers = new Map();
  /**
   * The `getToken` of `user`: one function per user, so the providers of one user share one client,
   * and with it what its widgets fetch and learn of each other's changes.
   */
  const tokenProviderFor = (user) => {
    if (!providers.has(user)) {
      providers.set(
        user,
        renewingToken(async () => {
          const response = await fetch('/demo/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) });
          if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
          const { access_token: token, expires_in: seconds } = await response.json();
          return { token, renewAt: renewAt(seconds) };
        }),
      );
    }
    return providers.get(user);
  };
  const names = new Map();
  const nameOf = (user) => {
    if (!names.has(user)) {
      names.set(
        user,
        whoIs(tokenProviderFor(user)).then(
          (me) => me.name,
          () => user,
        ),
      );
    }
    return names.get(user);
  };
  return { mode: 'development', tokenProviderFor, nameOf };
}

const PENDING_KEY = 'uf-demo-sign-in';

const base64url = (bytes) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const randomString = (length) => base64url(crypto.getRandomValues(new Uint8Array(length)));

async function discover(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`the identity provider's discovery answered ${response.status}`);
  const configuration = await response.json();
  if (configuration.issuer !== issuer) throw new Error('the identity provider names another issuer');
  return configuration;
}

/** The token endpoint said no: `code` is its OAuth error code (`invalid_grant` when the sign-in has ended). */
class TokenError extends Error {
  constructor(status, code) {
    const safeCode = typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? code : undefined;
    super(`the token endpoint answered ${status}${safeCode ? ` ${safeCode}` : ''}`);
    this.code = safeCode;
  }
}

async function tokenRequest(endpoint, parameters) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.access_token !== 'string') throw new TokenError(response.status, body.error);
  return { token: body.access_token, refreshToken: body.refresh_token, renewAt: renewAt(Number(body.expires_in) || 300) };
}

/** Sends the browser to the identity provider; resolves never, as the page is leaving. */
async function redirectToSignIn(configuration, { clientId, scope }, redirectUri) {
  const verifier = randomString(32);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, verifier, returnTo: location.href }));
  const address = new URL(configuration.authorization_endpoint);
  const parameters = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(parameters)) address.searchParams.set(name, value);
  location.assign(address);
  return new Promise(() => {});
}

/**
 * The provider's answer in the address, taken out of it at once with the pending sign-in, so that a
 * reload, a shared link or a failure further on never carries the code.
 */
function takeAnswer(redirectUri) {
  const answer = new URLSearchParams(location.search);
  if (!answer.has('code') && !answer.has('error')) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(null, '', pending?.returnTo ?? redirectUri);
  return { answer, pending };
}

async function oidcSignIn(settings, onSignedOut) {
  const redirectUri = `${location.origin}${location.pathname}`;
  const returned = takeAnswer(redirectUri);
  const configuration = await discover(settings.issuer);
  if (!returned) return redirectToSignIn(configuration, settings, redirectUri);

  const { answer, pending } = returned;
  // Anything in the address may have been put there by someone else: only an answer to a sign-in this page started counts.
  if (!pending || pending.state !== answer.get('state')) throw new Error('the answer from the identity provider belongs to no sign-in started here');
  // RFC 9207: the answer names its issuer, which must be ours; a provider that promises to name it must.
  const issuer = answer.get('iss');
  if (issuer !== null ? issuer !== configuration.issuer : configuration.authorization_response_iss_parameter_supported === true) {
    throw new Error('the answer came from another issuer');
  }
  if (answer.has('error')) {
    const code = answer.get('error');
    throw new Error(`the identity provider refused${/^[a-z_]{1,40}$/.test(code) ? `: ${code}` : ''}`);
  }

  const first = tokenRequest(configuration.token_endpoint, {
    grant_type: 'authorization_code',
    code: answer.get('code'),
    redirect_uri: redirectUri,
    client_id: settings.clientId,
    code_verifier: pending.verifier,
  });
  const getToken = renewingToken(async (held) => {
    if (!held) return first;
    if (!held.refreshToken) {
      onSignedOut('the identity provider gave no refresh token');
      throw new Error('signed out: no refresh token');
    }
    try {
      const renewed = await tokenRequest(configuration.token_endpoint, {
        grant_type: 'refresh_token',
        refresh_token: held.refreshToken,
        client_id: settings.clientId,
      });
      // A provider that rotates refresh tokens sends a new one; one that does not keeps the old valid.
      return { ...renewed, refreshToken: renewed.refreshToken ?? held.refreshToken };
    } catch (error) {
      // The sign-in has ended (expired, revoked): only signing in again helps. Anything else may pass.
      if (error instanceof TokenError && error.code === 'invalid_grant') onSignedOut('your sign-in has ended');
      throw error;
    }
  });
  const me = await whoIs(getToken);
  return { mode: 'oidc', getToken, me };
}

/**
 * Signs the page in as the server says; `{ mode: 'none' }` when it names no way to.
 *
 * @param onSignedOut - told (with a reason fit to show) when signing in again is the only way on.
 */
export async function startSignIn({ onSignedOut = () => {} } = {}) {
  const response = await fetch('/demo/sign-in.json');
  if (!response.ok) throw new Error(`the server did not say how to sign in (${response.status})`);
  const settings = await response.json();
  if (settings.mode === 'development') return developmentSignIn();
  if (settings.mode === 'oidc') return oidcSignIn(settings, onSignedOut);
  return { mode: 'none' };
}
