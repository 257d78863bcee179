/**
 * The checks a subscription's document goes through before it runs, the same as a query's over
 * HTTP (docs/running-in-public.md): tokens while parsing, graphql-js's rules (fragment cycles
 * among them), then depth, aliases and directives (document-limits.ts), introspection when it is
 * off, the variables, and the cost model, whose walk stops at MAX_QUERY_SELECTIONS. Over
 * WebSocket only subscriptions run: queries and mutations go to POST /graphql, where the
 * deadlines and the heavy-work cap apply.
 */
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { DiplomapError } from '../../domain/errors.js';
import type { ApiLimits } from '../../config/api-limits.js';
import type { GraphSizeSource } from '../../graphql/cost/graph-size.js';
import { checkCost, checkVariables, measureCost } from '../../graphql/cost/measure-cost.js';
import { describeLimitError, documentRules } from '../../graphql/document-limits.js';
import { formatError, toGraphQLError } from '../../graphql/errors.js';

export interface CheckedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  cost: number;
}

export interface DocumentChecks {
  schema: GraphQLSchema;
  limits: ApiLimits;
  introspection: boolean;
  graphSize: GraphSizeSource;
}

function coded(message: string, code: string, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, { extensions: { ...from?.extensions, code } });
}

/** The checked operation and its cost, or the errors to answer with. */
export async function checkSubscription(
  payload: SubscribePayload,
  { schema, limits, introspection, graphSize }: DocumentChecks,
): Promise<CheckedOperation | GraphQLError[]> {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError) return [coded(error.message, 'GRAPHQL_PARSE_FAILED', error)];
    throw error;
  }
  const rules = introspection
    ? specifiedRules
    : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  let invalid = validate(schema, document, rules);
  // Like Apollo: the limits' rules run on documents that passed the first pass only.
  if (invalid.length === 0) invalid = validate(schema, document, documentRules(limits));
  if (invalid.length > 0)
    return invalid.map((e) =>
      coded(introspection ? e.message : withoutHints(e.message), 'GRAPHQL_VALIDATION_FAILED', e),
    );
  const operation = getOperationAST(document, payload.operationName);
  if (!operation)
    return [
      coded(
        payload.operationName
          ? `No operation named "${payload.operationName}" in the document.`
          : 'The document has several operations: name the one to run (operationName).',
        'OPERATION_RESOLUTION_FAILURE',
      ),
    ];
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
    return [
      toGraphQLError(
        new DiplomapError(
          'BAD_REQUEST',
          `Only subscriptions run over WebSocket; send this ${operation.operation} to POST /graphql.`,
        ),
      ),
    ];
  const variables = payload.variables ?? {};
  try {
    checkVariables(schema, operation, variables);
    const cost = measureCost(schema, document, payload.operationName ?? undefined, variables, {
      limits,
      size: await graphSize.current(),
    });
    checkCost(cost, limits.maxCost);
    return { document, operation, variables, cost };
  } catch (error) {
    if (error instanceof DiplomapError) return [toGraphQLError(error)];
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
}

/** Without introspection, "did you mean" hints would still reveal the schema (as Apollo does). */
function withoutHints(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/** An error as a WebSocket client sees it: our code kept, anything unexpected masked. */
export function formatSubscriptionError(
  error: GraphQLError,
  limits: ApiLimits,
): GraphQLFormattedError {
  // graphql-ws wraps what a stream throws in a GraphQLError without a path: unwrap ours.
  const original = error.originalError instanceof DiplomapError ? error.originalError : error;
  const { extensions, ...json } = error.toJSON();
  const { http: _status, ...kept } = extensions ?? {};
  return describeLimitError(formatError({ ...json, extensions: kept }, original), limits);
}
