/**
 * Query cost and depth limits. Cost: every field costs 1, and a list field's children cost as
 * many times as the page it asks for (`first`, or the default page size), so a nested query over
 * many pages is priced by what it could return, before it runs.
 */
import type { GraphQLSchema, DocumentNode, ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import depthLimit from 'graphql-depth-limit';
import { DiplomapError } from '../domain/errors.js';
import type { ApiLimits } from './context.js';

function pagedEstimator({ defaultPageSize, maxPageSize }: ApiLimits): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    const pageable = field.args.some((a) => a.name === 'first');
    if (!pageable) return 1 + childComplexity;
    // A page larger than allowed is refused by the resolver with BAD_USER_INPUT, which says more.
    const first =
      typeof args.first === 'number' ? Math.min(args.first, maxPageSize) : defaultPageSize;
    return 1 + Math.max(first, 1) * childComplexity;
  };
}

/** Throws QUERY_TOO_COMPLEX when the operation's estimated cost is over the limit. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  limits: ApiLimits,
): number {
  const cost = getComplexity({
    schema,
    query: document,
    ...(operationName ? { operationName } : {}),
    variables,
    estimators: [pagedEstimator(limits)],
  });
  if (cost > limits.maxCost) {
    throw new DiplomapError(
      'QUERY_TOO_COMPLEX',
      `The query's estimated cost is ${cost}, above the limit of ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
      { cost, maxCost: limits.maxCost },
    );
  }
  return cost;
}

/** A validation rule rejecting selections deeper than the limit. */
export function depthRule(limits: ApiLimits): ValidationRule {
  return depthLimit(limits.maxDepth) as ValidationRule;
}
