/**
 * Prices an operation with the cost model before it runs. graphql-query-complexity walks the
 * operation with fragments expanded, but it stops after a set number of selections, and the
 * document limits (document-limits.ts) have already refused anything larger: its work is bounded
 * by MAX_QUERY_SELECTIONS, however the document is written.
 */
import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DiplomapError } from '../../domain/errors.js';
import { LIMIT_VARIABLES } from '../document-limits.js';
import { costEstimator, type CostInputs } from './cost-model.js';

/** The variables as the operation declares them; BAD_USER_INPUT naming each one at fault. */
export function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const { errors } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variables ?? {},
    {
      maxErrors: 10,
    },
  );
  if (errors?.length) {
    throw new DiplomapError('BAD_USER_INPUT', errors.map((e) => e.message).join(' '), {
      variables: errors.length,
    });
  }
}

/** The operation's estimated cost, in cost units. */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  inputs: CostInputs,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      ...(operationName ? { operationName } : {}),
      variables,
      estimators: [costEstimator(inputs)],
      maxQueryNodes: inputs.limits.maxSelections + 1,
    });
  } catch (error) {
    // Its own node limit: only reached when the document limits were not applied first.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new GraphQLError(
        `The operation has more than ${inputs.limits.maxSelections} selections with fragments expanded (${LIMIT_VARIABLES.maxSelections}).`,
        {
          extensions: {
            code: 'GRAPHQL_VALIDATION_FAILED',
            limit: LIMIT_VARIABLES.maxSelections,
            maximum: inputs.limits.maxSelections,
            http: { status: 400 },
          },
        },
      );
    }
    throw error;
  }
}

/** COST_LIMIT when the cost is above the per-request maximum. */
export function checkCost(cost: number, maximum: number): void {
  if (cost > maximum) {
    throw new DiplomapError(
      'COST_LIMIT',
      `The query's estimated cost is ${cost}, above the limit of ${maximum} (MAX_QUERY_COST). Ask for smaller pages, fewer nested lists or aliases, or narrow network questions with inRegion or workingOn.`,
      { cost, maximum },
    );
  }
}
