/**
 * Signed JWTs, for deployments whose users sign in elsewhere: verified with jose against a shared
 * secret (HS256) or a public key (RS256/ES256, PEM). The role comes from a claim (default `role`),
 * the principal from `sub`. A token must say when it expires (`exp`), no later than
 * `maxLifetimeSeconds` after it was issued (`iat`), or from now when it does not say: a stolen
 * token without an end would work forever.
 */
import { createSecretKey } from 'node:crypto';
import { importSPKI, jwtVerify, type CryptoKey, type JWTVerifyOptions, type KeyObject } from 'jose';
import { ROLES, type Principal, type Role } from '../../edit/principal.js';
import { DEFAULT_JWT_MAX_LIFETIME, type JwtConfig } from '../../config/jwt-settings.js';

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
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME;
  const options: JWTVerifyOptions = {
    algorithms,
    requiredClaims: ['exp'],
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  return async (token) => {
    const { payload } = await jwtVerify(token, key, options);
    // jose has checked that exp is a number and has not passed.
    const exp = payload.exp!;
    const from = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
    if (exp - from > maxLifetime)
      throw new Error(
        `the token is valid for ${exp - from} s ${typeof payload.iat === 'number' ? 'from its iat' : 'from now'}; this server accepts at most ${maxLifetime} s (JWT_MAX_LIFETIME)`,
      );
    const role = payload[config.roleClaim];
    if (typeof payload.sub !== 'string' || payload.sub === '')
      throw new Error('the token has no subject (sub)');
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
      throw new Error(`the token's "${config.roleClaim}" claim must be one of ${ROLES.join(', ')}`);
    return { id: `jwt:${payload.sub}`, role: role as Role };
  };
}
