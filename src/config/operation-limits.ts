/**
 * Limits on time and work per request (docs/operations-limits.md), read from the environment
 * with the rest of the configuration (config.ts): the request deadline, anonymous and with
 * credentials, the cap on heavy work and its queue, and the grace period of a shutdown.
 */
import { DEFAULT_HEAVY_WORK } from '../app/network/heavy-work.js';
import { envNumbers } from './env-number.js';

export interface OperationLimits {
  /** Deadline of an anonymous request, in milliseconds. */
  requestTimeoutMs: number;
  /** Deadline of a request with an API key or a JWT. */
  authRequestTimeoutMs: number;
  /** Heavy jobs (centrality, communities, deep walks, exports) running at once. */
  maxHeavyConcurrency: number;
  /** Heavy jobs that may wait for a slot; beyond that, OVERLOADED (503). */
  heavyQueueLength: number;
  /** After SIGTERM, how long requests in flight may finish before they are stopped. */
  shutdownGraceMs: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  requestTimeoutMs: 5_000,
  authRequestTimeoutMs: 30_000,
  maxHeavyConcurrency: DEFAULT_HEAVY_WORK.concurrency,
  heavyQueueLength: DEFAULT_HEAVY_WORK.queue,
  shutdownGraceMs: 10_000,
};

const OPERATION_VARIABLES = envNumbers(
  DEFAULT_OPERATION_LIMITS,
  {
    requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
    authRequestTimeoutMs: 'AUTH_REQUEST_TIMEOUT_MS',
    maxHeavyConcurrency: 'MAX_HEAVY_CONCURRENCY',
    heavyQueueLength: 'HEAVY_QUEUE_LENGTH',
    shutdownGraceMs: 'SHUTDOWN_GRACE_MS',
  },
  ['heavyQueueLength'],
);

/** The variables, merged into the configuration's schema. */
export const OPERATION_ENV = OPERATION_VARIABLES.schema;

export const operationLimitsFrom: (
  env: Parameters<typeof OPERATION_VARIABLES.read>[0],
) => OperationLimits = OPERATION_VARIABLES.read;

/** What OVERLOADED asks a client to wait: by then every running job has ended or been stopped. */
export function retryAfterSeconds(limits: OperationLimits): number {
  return Math.ceil(limits.requestTimeoutMs / 1000);
}
