/**
 * Who is calling: from `Authorization: Bearer <API key or JWT>` or `X-API-Key: <key>`. No
 * credentials → anonymous (allowed to query when QUERY_ACCESS is public); wrong credentials →
 * UNAUTHENTICATED, always, so a typo in a key is never mistaken for anonymous access.
 */
import { DiplomapError } from '../../domain/errors.js';
import type { Principal } from '../../edit/principal.js';
import { findApiKey, type ApiKeyRecord } from '../../config/api-keys.js';
import type { JwtVerifier } from './jwt.js';

export interface AuthConfig {
  keys: ApiKeyRecord[];
  jwt?: JwtVerifier;
  /** `public`: anyone may query; `key`: queries need a reader credential too. */
  queryAccess: 'public' | 'key';
}

export type Authenticate = (headers: {
  authorization?: string | undefined;
  'x-api-key'?: string | string[] | undefined;
}) => Promise<Principal | undefined>;

export function unauthenticated(message: string): DiplomapError {
  return new DiplomapError('UNAUTHENTICATED', message);
}

export function createAuthenticator(config: AuthConfig): Authenticate {
  return async (headers) => {
    const header = headers.authorization?.trim();
    const apiKeyHeader = headers['x-api-key'];
    let token: string | undefined;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match)
        throw unauthenticated('The Authorization header must be "Bearer <API key or JWT>".');
      token = match[1];
    } else if (typeof apiKeyHeader === 'string' && apiKeyHeader.trim() !== '') {
      token = apiKeyHeader.trim();
    }
    if (token === undefined) return undefined;

    if (token.startsWith('dpk_')) {
      const record = findApiKey(config.keys, token);
      if (!record) throw unauthenticated('The API key is not valid (unknown or revoked).');
      return { id: `key:${record.id}`, role: record.role };
    }
    if (token.split('.').length === 3) {
      if (!config.jwt) throw unauthenticated('This server does not accept JWTs; use an API key.');
      try {
        return await config.jwt(token);
      } catch (error) {
        throw unauthenticated(`The token is not valid: ${(error as Error).message}.`);
      }
    }
    throw unauthenticated('The credential is neither an API key (dpk_…) nor a JWT.');
  };
}
