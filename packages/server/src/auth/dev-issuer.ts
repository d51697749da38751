import { SIGN_IN } from '@ungeforlob/sdk';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

/** How long a development token lives. Short, so the client's refresh after a 401 gets exercised. */
export const DEV_TOKEN_SECONDS = 15 * 60;

/** The built-in issuer for the demo: signs tokens for seeded users without a password. */
export interface DevIssuer {
  issuer: string;
  audience: string;
  /** Signs a token for `subject`, valid for {@link DEV_TOKEN_SECONDS}. */
  sign(subject: string): Promise<string>;
  /** Verifies tokens exactly as the OIDC path does, against this issuer's own key. */
  verify: TokenVerifier;
}

/** Thrown when the development issuer is asked for in production. */
export class DevIssuerInProductionError extends Error {
  constructor() {
    super('The development issuer signs tokens for anyone and cannot run in production. Set UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL.');
    this.name = 'DevIssuerInProductionError';
  }
}

/** Thrown when a server on a real database or a network address has no identity provider and was not asked for the development issuer. */
export class DevIssuerNotChosenError extends Error {
  constructor() {
    super(
      'No identity provider: set UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL. The development sign-in runs by itself only on the embedded database on localhost; set UF_DEV_SIGN_IN=1 to force it for a demo elsewhere.',
    );
    this.name = 'DevIssuerNotChosenError';
  }
}

/**
 * A development issuer with a fresh ES256 key pair in memory: tokens die with the process, and
 * nothing it signs is accepted by any other server.
 *
 * @param production - true refuses to create one (see {@link DevIssuerInProductionError}).
 */
export async function createDevIssuer(production: boolean): Promise<DevIssuer> {
  if (production) throw new DevIssuerInProductionError();
  const issuer = 'urn:ungeforlob:development-issuer';
  const audience = 'ungeforlob-api';
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const kid = crypto.randomUUID();
  const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] });
  return {
    issuer,
    audience,
    sign: (subject) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid, typ: SIGN_IN.accessTokenType })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime(`${DEV_TOKEN_SECONDS}s`)
        .sign(privateKey),
    verify: createTokenVerifier(issuer, audience, jwks),
  };
}
