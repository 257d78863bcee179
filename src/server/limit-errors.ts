/**
 * HTTP statuses of the server's own limits on time and work (docs/operations-limits.md). They are
 * 5xx, not 4xx: the request was valid, the server chose not to spend more on it now.
 * - TIMEOUT → 504: the request ran past its deadline and was stopped (narrow it, or use a key).
 * - OVERLOADED → 503 with Retry-After: refused before starting, the heavy-work queue was full.
 * An answer with both is 503: trying again later is the advice that holds for all of it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { DiplomapError } from '../domain/errors.js';

export const LIMIT_STATUS: Readonly<Record<string, number>> = { TIMEOUT: 504, OVERLOADED: 503 };

/** Sets the status (and Retry-After) of a GraphQL answer that has a TIMEOUT or OVERLOADED error. */
export function limitStatusPlugin<T extends object>(
  retryAfterSeconds: number,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = new Set(
            (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code),
          );
          if (codes.has('OVERLOADED')) {
            response.http.status = LIMIT_STATUS.OVERLOADED;
            response.http.headers.set('retry-after', String(retryAfterSeconds));
          } else if (codes.has('TIMEOUT')) response.http.status = LIMIT_STATUS.TIMEOUT;
        },
      };
    },
  };
}

/** For plain HTTP routes: answers a limit error as JSON; false when it is not one. */
export function sendLimitError(
  res: express.Response,
  error: unknown,
  retryAfterSeconds: number,
): boolean {
  if (!(error instanceof DiplomapError)) return false;
  const status = LIMIT_STATUS[error.code];
  if (status === undefined) return false;
  if (error.code === 'OVERLOADED') res.set('Retry-After', String(retryAfterSeconds));
  res
    .status(status)
    .json({ error: { code: error.code, message: error.message, ...error.details } });
  return true;
}
