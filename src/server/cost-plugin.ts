/**
 * The Apollo plugin that prices every operation before it runs: its variables are checked, its
 * cost estimated (cost/cost-model.ts), refused above MAX_QUERY_COST, and charged to the caller's
 * budget. The cost goes back in `extensions.cost` on every answer that has one:
 * `{ requested, maximum, budget?: { perMinute, remaining, resetSeconds } }`.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { DiplomapError } from '../domain/errors.js';
import type { ApiContext } from '../graphql/context.js';
import type { ApiLimits } from '../config/api-limits.js';
import type { GraphSizeSource } from '../graphql/cost/graph-size.js';
import { checkCost, checkVariables, measureCost } from '../graphql/cost/measure-cost.js';
import type { Budgets, Charge } from './budgets.js';
import { httpStatusOf } from './http-errors.js';
import { currentScope } from './request-scope.js';

export interface CostReport {
  requested: number;
  maximum: number;
  budget?: { perMinute: number; remaining: number; resetSeconds: number };
}

function rateLimited(charge: Charge, cost: number): DiplomapError {
  return new DiplomapError(
    'RATE_LIMITED',
    `This request costs ${cost}, more than the ${charge.remaining} left of your budget of ${charge.perMinute} per minute. Retry in ${charge.resetSeconds} s.`,
    { retryAfterSeconds: charge.resetSeconds },
  );
}

function asHttpError(error: DiplomapError): GraphQLError {
  const status = httpStatusOf(error.code);
  const headers = new HeaderMap();
  if (error.code === 'RATE_LIMITED')
    headers.set('retry-after', String(error.details.retryAfterSeconds));
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, http: { status, headers } },
  });
}

export function costPlugin(options: {
  schema: GraphQLSchema;
  limits: ApiLimits;
  graphSize: GraphSizeSource;
  budgets?: Budgets;
}): ApolloServerPlugin<ApiContext> {
  const { schema, limits, graphSize, budgets } = options;
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // Apollo answers that the operation cannot be found
          try {
            checkVariables(schema, operation, request.variables);
            const size = await graphSize.current();
            const requested = measureCost(
              schema,
              document,
              operation.name?.value,
              request.variables ?? {},
              { limits, size },
            );
            report = { requested, maximum: limits.maxCost };
            const scope = currentScope();
            if (scope) scope.cost = requested;
            checkCost(requested, limits.maxCost);
            if (budgets && scope?.client) {
              const charge = await budgets.charge(scope.client, requested);
              report.budget = {
                perMinute: charge.perMinute,
                remaining: charge.remaining,
                resetSeconds: charge.resetSeconds,
              };
              if (!charge.ok) throw rateLimited(charge, requested);
            }
          } catch (error) {
            if (error instanceof DiplomapError) throw asHttpError(error);
            throw error;
          }
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}
