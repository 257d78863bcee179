/**
 * Errors that a caller caused or can act on. Each carries a code from one small set; the
 * GraphQL layer copies it to `extensions.code`. Anything that is not a DiplomapError is a bug
 * and is masked before it reaches a client.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** The work a request asks for is above a limit (its estimated cost, or a network too large). */
  'COST_LIMIT',
  /** The caller's budget of cost units for this minute is spent. */
  'RATE_LIMITED',
  /** The request ran past its deadline. */
  'TIMEOUT',
  /** The request body is larger than the server accepts. */
  'PAYLOAD_TOO_LARGE',
  /** The HTTP request itself is malformed (not JSON, wrong content type). */
  'BAD_REQUEST',
  'STORE_UNAVAILABLE',
  // The server's own limits on time and work (docs/operations-limits.md): not the caller's fault.
  'TIMEOUT',
  'OVERLOADED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DiplomapError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DiplomapError';
  }
}

export function badInput(message: string, details: Record<string, unknown> = {}): DiplomapError {
  return new DiplomapError('BAD_USER_INPUT', message, details);
}

export function notFound(message: string, details: Record<string, unknown> = {}): DiplomapError {
  return new DiplomapError('NOT_FOUND', message, details);
}

export function conflict(message: string, details: Record<string, unknown> = {}): DiplomapError {
  return new DiplomapError('CONFLICT', message, details);
}

export function storeUnavailable(
  message: string,
  details: Record<string, unknown> = {},
): DiplomapError {
  return new DiplomapError('STORE_UNAVAILABLE', message, details);
}

/** The request ran past its deadline: whatever it was doing stops (docs/operations-limits.md). */
export function timedOut(limitMs: number, details: Record<string, unknown> = {}): DiplomapError {
  return new DiplomapError(
    'TIMEOUT',
    `The request ran past its time limit of ${limitMs} ms and was stopped. Narrow it (a region, a topic, a smaller depth or limit) or send it with an API key, which has a longer limit.`,
    { limitMs, ...details },
  );
}

/** Too much heavy work is running or waiting: try again after `retryAfterSeconds`. */
export function overloaded(
  retryAfterSeconds: number,
  details: Record<string, unknown> = {},
): DiplomapError {
  return new DiplomapError(
    'OVERLOADED',
    `The server is busy with other heavy queries and its queue is full; try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds, ...details },
  );
}

/** For our own bugs, not for a caller's input: fails loudly, is masked in responses. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violated: ${message}`);
}
