/**
 * Exports read the whole graph or a slice of it: each request under /export/ costs a fixed number
 * of units (EXPORT_COST) from the caller's budget, the same budget GraphQL requests spend.
 */
import type express from 'express';
import type { Budgets } from './budgets.js';
import { sendError } from './http-errors.js';
import { currentScope } from './request-scope.js';

export function chargeExports(budgets: Budgets, cost: number): express.RequestHandler {
  return (req, res, next) => {
    const scope = currentScope();
    if (!scope?.client) return next();
    budgets.charge(scope.client, cost).then((charge) => {
      scope.cost = cost;
      if (charge.ok) return next();
      res.setHeader('Retry-After', String(charge.resetSeconds));
      sendError(
        req,
        res,
        'RATE_LIMITED',
        `An export costs ${cost}, more than the ${charge.remaining} left of your budget of ${charge.perMinute} per minute. Retry in ${charge.resetSeconds} s.`,
        { retryAfterSeconds: charge.resetSeconds },
      );
    }, next);
  };
}
