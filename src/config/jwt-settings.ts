/** How JSON Web Tokens are checked (src/server/auth/jwt.ts checks them), as configured. */

export interface JwtConfig {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** PEM public key (SPKI) for RS256 or ES256. */
  publicKey?: string;
  algorithm?: 'HS256' | 'RS256' | 'ES256';
  issuer?: string;
  audience?: string;
  roleClaim: string;
  /** The longest a token may be valid (JWT_MAX_LIFETIME); default DEFAULT_JWT_MAX_LIFETIME. */
  maxLifetimeSeconds?: number;
}

/** 24 hours. */
export const DEFAULT_JWT_MAX_LIFETIME = 24 * 60 * 60;
