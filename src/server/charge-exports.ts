/**
 * Plain HTTP routes that read the graph spend the same per-client budget as GraphQL requests: a
 * fixed number of units per request. Exports read the whole graph or a slice of it (EXPORT_COST);
 * a Linked Data page reads one node and a page of its relationships (LINKED_DATA_PAGE_COST).
 */
import type express from 'express';
import type { Budgets } from './budgets.js';
import { sendError } from './http-errors.js';
import { currentScope } from './request-scope.js';

export function chargeExports(
  budgets: Budgets,
  cost: number,
  what = 'An export',
): express.RequestHandler {
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
        `${what} costs ${cost}, more than the ${charge.remaining} left of your budget of ${charge.perMinute} per minute. Retry in ${charge.resetSeconds} s.`,
        { retryAfterSeconds: charge.resetSeconds },
      );
    }, next);
  };
}
