/**
 * Signed JWTs, for deployments whose users sign in elsewhere: verified with jose against a shared
 * secret (HS256) or a public key (RS256/ES256, PEM). The role comes from a claim (default `role`),
 * the principal from `sub`.
 */
import { createSecretKey } from 'node:crypto';
import { importSPKI, jwtVerify, type CryptoKey, type JWTVerifyOptions, type KeyObject } from 'jose';
import { ROLES, type Principal, type Role } from '../../edit/principal.js';

export interface JwtConfig {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** PEM public key (SPKI) for RS256 or ES256. */
  publicKey?: string;
  algorithm?: 'HS256' | 'RS256' | 'ES256';
  issuer?: string;
  audience?: string;
  roleClaim: string;
}

export type JwtVerifier = (token: string) => Promise<Principal>;

export async function createJwtVerifier(config: JwtConfig): Promise<JwtVerifier> {
  let key: KeyObject | CryptoKey;
  let algorithms: string[];
  if (config.publicKey) {
    const algorithm = config.algorithm && config.algorithm !== 'HS256' ? config.algorithm : 'RS256';
    key = await importSPKI(config.publicKey, algorithm);
    algorithms = [algorithm];
  } else if (config.secret) {
    key = createSecretKey(Buffer.from(config.secret, 'utf8'));
    algorithms = ['HS256'];
  } else throw new Error('JWT verification needs JWT_SECRET or JWT_PUBLIC_KEY.');
  const options: JWTVerifyOptions = {
    algorithms,
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  return async (token) => {
    const { payload } = await jwtVerify(token, key, options);
    const role = payload[config.roleClaim];
    if (typeof payload.sub !== 'string' || payload.sub === '')
      throw new Error('the token has no subject (sub)');
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
      throw new Error(`the token's "${config.roleClaim}" claim must be one of ${ROLES.join(', ')}`);
    return { id: `jwt:${payload.sub}`, role: role as Role };
  };
}
