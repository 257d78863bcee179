/** Per-client budgets in cost units per minute (src/server/budgets.ts spends them), with their defaults. */
import { envNumbers } from './env-number.js';

export interface RateLimits {
  /** Cost units per minute for an anonymous client (by IP address). */
  anonymousPerMinute: number;
  /** Cost units per minute for each API key or JWT subject. */
  authenticatedPerMinute: number;
  /** What one request under /export/ costs. */
  exportCost: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  anonymousPerMinute: 2_000_000,
  authenticatedPerMinute: 10_000_000,
  exportCost: 100_000,
};

const RATE_LIMIT_VARIABLES = envNumbers(DEFAULT_RATE_LIMITS, {
  anonymousPerMinute: 'RATE_LIMIT_ANONYMOUS',
  authenticatedPerMinute: 'RATE_LIMIT_AUTHENTICATED',
  exportCost: 'EXPORT_COST',
});

/** The variables, merged into the configuration's schema (RATE_LIMITS=off turns them off). */
export const RATE_LIMITS_ENV = RATE_LIMIT_VARIABLES.schema;

export const rateLimitsFrom: (env: Parameters<typeof RATE_LIMIT_VARIABLES.read>[0]) => RateLimits =
  RATE_LIMIT_VARIABLES.read;
