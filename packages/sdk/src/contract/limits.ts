/**
 * The reference server's limits and sign-in rules, written once: the server enforces them and the
 * OpenAPI document states them, so a vendor reads the numbers the server keeps.
 */
export const LIMITS = {
  /** Largest request body; larger is 413. */
  bodyBytes: 512 * 1024,
  /** Largest request head (Node's default); larger is 431. */
  headerBytes: 16 * 1024,
} as const;

/** What an access token must carry to be accepted (RFC 9068 JWT access tokens, verified as RFC 8725 advises). */
export const SIGN_IN = {
  /** A token issued longer ago than this is refused, whatever its `exp` says; so `iat` is required. */
  maxTokenAgeSeconds: 12 * 60 * 60,
  /** Clock skew allowed on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: 30,
  /** The JOSE header `typ` of an access token; an ID token (`JWT`, or none) is refused. */
  accessTokenType: 'at+jwt',
  /** Asymmetric only: a shared-secret algorithm would let anyone holding the key set forge tokens. */
  algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'],
} as const;
