/** How the HTTP server faces the public, beside the query limits (see docs/running-in-public.md). */
import type { RateLimits } from './budgets.js';
import type { OperationLimits } from './operation-limits.js';
import type { SubscriptionLimits } from './subscriptions/subscription-limits.js';

export interface ServerOptions {
  /** Per-client budgets in cost units per minute; none when absent. */
  rateLimits?: RateLimits;
  /** Whether clients may read the schema through introspection (default: yes). */
  introspection?: boolean;
  /**
   * Express's `trust proxy`: which proxies' `X-Forwarded-For` to believe for the client's address
   * (budgets and logs go by it). Off by default: behind a proxy every client would look the same.
   */
  trustProxy?: boolean | number | string;
  /** Deadlines, the heavy-work cap, the shutdown grace (operation-limits.ts); defaults when absent. */
  operations?: Partial<OperationLimits>;
  /** The WebSocket endpoint's limits (subscriptions/subscription-limits.ts); defaults when absent. */
  subscriptions?: Partial<SubscriptionLimits>;
}

/** `TRUST_PROXY`: off/on, a number of hops, or addresses and subnets as Express reads them. */
export function parseTrustProxy(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'off' || v === 'false') return false;
  if (v === 'on' || v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return value.trim();
}
