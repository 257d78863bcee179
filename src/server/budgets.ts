/**
 * Per-client budgets in cost units per minute (rate-limiter-flexible, in memory): every GraphQL
 * request spends its estimated cost, every export a fixed cost. A request the remaining budget
 * cannot pay for is refused without spending anything, so a client that asked for too much can
 * still make cheaper requests.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Client } from './request-scope.js';
import type { RateLimits } from '../config/rate-limits.js';

/** What one Linked Data page (/id/…, /relationship/…) costs: a node and a page of 100 relationships. */
export const LINKED_DATA_PAGE_COST = 1_000;

export interface Charge {
  ok: boolean;
  perMinute: number;
  /** What is left this minute, after this charge when it was made. */
  remaining: number;
  /** Seconds until the budget is whole again. */
  resetSeconds: number;
}

export interface Budgets {
  charge(client: Client, cost: number): Promise<Charge>;
}

const WINDOW_SECONDS = 60;

export function createBudgets(limits: RateLimits): Budgets {
  const anonymous = new RateLimiterMemory({
    keyPrefix: 'anonymous',
    points: limits.anonymousPerMinute,
    duration: WINDOW_SECONDS,
  });
  const authenticated = new RateLimiterMemory({
    keyPrefix: 'authenticated',
    points: limits.authenticatedPerMinute,
    duration: WINDOW_SECONDS,
  });
  const seconds = (ms: number | undefined) => Math.max(1, Math.ceil((ms ?? 0) / 1000));

  return {
    async charge(client, cost) {
      const limiter = client.authenticated ? authenticated : anonymous;
      const perMinute = limiter.points;
      const state = await limiter.get(client.key);
      const used = state?.consumedPoints ?? 0;
      if (used + cost > perMinute) {
        return {
          ok: false,
          perMinute,
          remaining: Math.max(0, perMinute - used),
          resetSeconds: state ? seconds(state.msBeforeNext) : WINDOW_SECONDS,
        };
      }
      try {
        const spent = await limiter.consume(client.key, Math.max(0, cost));
        return {
          ok: true,
          perMinute,
          remaining: spent.remainingPoints,
          resetSeconds: seconds(spent.msBeforeNext),
        };
      } catch (refusal) {
        // Another request spent the budget between the check and the charge.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { ok: false, perMinute, remaining: 0, resetSeconds: seconds(refusal.msBeforeNext) };
      }
    },
  };
}
