/**
 * Limits on time and work per request (docs/operations-limits.md), read from the environment
 * with the rest of the configuration (config.ts): the request deadline, anonymous and with
 * credentials, the cap on heavy work and its queue, and the grace period of a shutdown.
 */
import { z } from 'zod';
import { DEFAULT_HEAVY_WORK } from '../app/network/heavy-work.js';

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

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const d = DEFAULT_OPERATION_LIMITS;

/** The variables, merged into the configuration's schema. */
export const OPERATION_ENV = {
  REQUEST_TIMEOUT_MS: positive(d.requestTimeoutMs),
  AUTH_REQUEST_TIMEOUT_MS: positive(d.authRequestTimeoutMs),
  MAX_HEAVY_CONCURRENCY: positive(d.maxHeavyConcurrency),
  HEAVY_QUEUE_LENGTH: z.coerce.number().int().min(0).default(d.heavyQueueLength),
  SHUTDOWN_GRACE_MS: positive(d.shutdownGraceMs),
};

type OperationEnv = { [K in keyof typeof OPERATION_ENV]: number };

export function operationLimitsFrom(env: OperationEnv): OperationLimits {
  return {
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    authRequestTimeoutMs: env.AUTH_REQUEST_TIMEOUT_MS,
    maxHeavyConcurrency: env.MAX_HEAVY_CONCURRENCY,
    heavyQueueLength: env.HEAVY_QUEUE_LENGTH,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  };
}

/** What OVERLOADED asks a client to wait: by then every running job has ended or been stopped. */
export function retryAfterSeconds(limits: OperationLimits): number {
  return Math.ceil(limits.requestTimeoutMs / 1000);
}
