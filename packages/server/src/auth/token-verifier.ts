import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { SIGN_IN } from '@ungeforlob/sdk';

/** Where tokens come from and for whom they are meant: the identity provider's configuration. */
export interface OidcOptions {
  /** The `iss` every token must carry, e.g. `https://login.kommune.example/realms/ung`. */
  issuer: string;
  /** The `aud` every token must carry: this API's client id at the identity provider. */
  audience: string;
  /** The identity provider's JSON Web Key Set, e.g. `https://login.kommune.example/realms/ung/protocol/openid-connect/certs`. */
  jwksUrl: string;
  /**
   * The JOSE `typ` every access token must carry; default `at+jwt` (RFC 9068). ID tokens are
   * refused by it: they are about a sign-in, not a grant to call this API. For a provider that
   * marks its access tokens otherwise, name that type here.
   */
  accessTokenType?: string;
  /**
   * The demo page's own client at the provider, a public one: it signs in in the browser with the
   * authorization code flow and PKCE, and renews its access token with a refresh token.
   */
  demoClient?: DemoClient;
}

/** A public client of the identity provider, for the demo page. */
export interface DemoClient {
  /** Its `client_id`; its redirect URI is the demo page's address, e.g. `https://ung.kommune.example/`. */
  clientId: string;
  /** The scopes it asks for, space-separated; default `openid`. Name here what makes the provider issue access tokens for this API. */
  scope?: string;
}

/** What a verified token says about the caller: only the subject; the server knows the rest. */
export interface VerifiedToken {
  subject: string;
}

/** The token is missing, malformed, expired, for someone else, or not signed by the issuer: 401. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** The identity provider's keys could not be fetched: not the caller's fault, 503. */
export class KeysUnavailableError extends Error {
  constructor() {
    super("the identity provider's keys could not be fetched");
    this.name = 'KeysUnavailableError';
  }
}

const unavailableKeyCodes = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

/**
 * A token issued longer ago than this is refused whatever its `exp` says (and one issued in the
 * future too): access tokens live minutes to hours, so a token claiming to live for years is a
 * mistake or a leak. `iat` is therefore required.
 */
const MAX_TOKEN_AGE_MS = SIGN_IN.maxTokenAgeSeconds * 1000;

/**
 * A token verified this long ago is taken as verified without checking its signature again. An
 * ECDSA check is a tenth of a read's CPU and a client sends the same token for minutes; jose holds
 * the issuer's key set for 10 minutes anyway, so a withdrawn key counts no later than it would.
 * Who the subject is and what they may see is still looked up on every request.
 */
const TRUST_VERIFIED_MS = 60_000;
/** Tokens remembered at most: about a kilobyte each. */
const REMEMBERED_TOKENS = 1_000;

/**
 * Verifies bearer tokens with jose: the `typ` of an access token, signature against the issuer's
 * keys, `iss`, `aud`, `exp`, `nbf` and `iat` (within {@link SIGN_IN}), and a `sub`. Keys are
 * fetched from `jwksUrl` and cached by jose; an unknown `kid` refetches them, so the issuer can
 * rotate keys without a restart.
 */
export function createTokenVerifier(issuer: string, audience: string, keys: JWTVerifyGetKey, accessTokenType: string = SIGN_IN.accessTokenType): TokenVerifier {
  const recent = new RecentlyVerified();
  return async (token) => {
    const known = recent.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        typ: accessTokenType,
        algorithms: [...SIGN_IN.algorithms],
        clockTolerance: SIGN_IN.clockToleranceSeconds,
        maxTokenAge: SIGN_IN.maxTokenAgeSeconds,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidTokenError('no subject');
      const verified = { subject: payload.sub };
      // Never past its expiry or its maximum age, whichever comes first.
      recent.remember(token, verified, Math.min(payload.exp! * 1000, (payload.iat ?? 0) * 1000 + MAX_TOKEN_AGE_MS));
      return verified;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      // jose's generic error and an invalid key set come from fetching the keys (not 200, not JSON): the provider's fault.
      if (error instanceof errors.JOSEError && unavailableKeyCodes.has(error.code)) throw new KeysUnavailableError();
      // jose names the failed check by a stable code; the token itself is never logged or echoed.
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw new KeysUnavailableError();
    }
  };
}

/**
 * A verifier for an OpenID Connect provider's tokens.
 *
 * @param production - true refuses a key set URL that is not https: whoever can alter the keys in
 * transit can sign in as anyone.
 */
export function createOidcVerifier(options: OidcOptions, production = false): TokenVerifier {
  const jwksUrl = new URL(options.jwksUrl);
  if (production && jwksUrl.protocol !== 'https:') throw new Error('UF_OIDC_JWKS_URL must be an https: URL in production.');
  return createTokenVerifier(options.issuer, options.audience, createRemoteJWKSet(jwksUrl, { timeoutDuration: 5_000 }), options.accessTokenType);
}

/** Tokens verified in the last {@link TRUST_VERIFIED_MS}, oldest first, at most {@link REMEMBERED_TOKENS}. */
class RecentlyVerified {
  readonly #tokens = new Map<string, { verified: VerifiedToken; until: number }>();

  get(token: string): VerifiedToken | undefined {
    const entry = this.#tokens.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.verified;
    this.#tokens.delete(token);
    return undefined;
  }

  remember(token: string, verified: VerifiedToken, expires: number): void {
    if (this.#tokens.size >= REMEMBERED_TOKENS) this.#tokens.delete(this.#tokens.keys().next().value!);
    this.#tokens.set(token, { verified, until: Math.min(expires, Date.now() + TRUST_VERIFIED_MS) });
  }
}
