/** Per-client budgets in cost units per minute (src/server/budgets.ts spends them), with their defaults. */

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
