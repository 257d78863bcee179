/**
 * Driver errors become DiplomapErrors here, by `error.code` (never by message text): the ones
 * that mean "Neo4j cannot answer now" are STORE_UNAVAILABLE, a transaction stopped at its
 * timeout (the request's deadline) is TIMEOUT; anything else is a bug of ours (a
 * Cypher mistake) and goes up unchanged, to be masked by the API.
 */
import { DiplomapError, storeUnavailable } from '../../domain/errors.js';

/** Codes the driver sets itself when it cannot reach or keep a server. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable', // no server answers (refused, timed out, no routing table)
  'SessionExpired', // the server went away in the middle of a transaction
  'Neo.ClientError.Security.Unauthorized', // wrong credentials: this store cannot answer anyone
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The driver's error code, if the value is a driver (or server) error. */
export function driverErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether the error means Neo4j cannot answer now (as opposed to a faulty statement). */
export function isUnavailable(error: unknown): boolean {
  const code = driverErrorCode(error);
  if (code === undefined) return false;
  // Transient errors (a database starting or stopping, leader switch, deadlock) reach us only
  // after the driver's own retries have run out.
  return UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.');
}

/** Neo4j stopped the transaction at the timeout the call gave it (the request's deadline). */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/** Maps an error from the driver for callers of the store. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof DiplomapError) return error;
  const code = driverErrorCode(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    const mapped = new DiplomapError(
      'TIMEOUT',
      "The graph store (Neo4j) stopped the query at the request's deadline. Narrow it (a region, a topic, a smaller depth or limit) or send it with an API key, which has a longer limit.",
      { store: 'neo4j', driverCode: code },
    );
    mapped.cause = error;
    return mapped;
  }
  if (!isUnavailable(error)) return error;
  const mapped = storeUnavailable('The graph store (Neo4j) is unavailable; try again shortly.', {
    store: 'neo4j',
    driverCode: driverErrorCode(error),
  });
  mapped.cause = error;
  return mapped;
}

/** A one-line reason for health(), without a stack. */
export function describeError(error: unknown): string {
  const code = driverErrorCode(error);
  // The first line of a message; a non-Error whole.
  const [message = ''] = error instanceof Error ? error.message.split('\n') : [String(error)];
  return code !== undefined ? `${code}: ${message}` : message;
}
