/**
 * Limits on the document itself, all checked before anything runs and each in time linear in the
 * document's size: a fragment is measured once and its measure reused wherever it is spread, so
 * a document of fragments that each spread the previous one twice (2^n selections when expanded)
 * costs n steps, not 2^n.
 *
 * - Tokens: counted by graphql-js while parsing (`maxTokens`), so an oversized document is never
 *   built. (graphql-armor's max-tokens plugin for Apollo parses every document a second time and
 *   throws from a hook, which Apollo answers as an unexpected error; `parseOptions` needs neither.)
 * - Selections: Apollo's recursive-selections rule counts every field as if fragments were
 *   expanded, memoised per fragment; it runs with graphql-js's own rules, whose
 *   NoFragmentCyclesRule refuses fragment cycles.
 * - Depth, aliases, directives: graphql-armor's rules (memoised per fragment too). Apollo runs
 *   these only when the first pass found nothing, so they never see a cycle or a bomb.
 *
 * Every refusal is a GRAPHQL_VALIDATION_FAILED error (HTTP 400) naming the limit.
 */
import type { ApolloServerOptions } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApiContext } from './context.js';
import type { ApiLimits } from '../config/api-limits.js';

/** The environment variable that sets each limit, named in refusals so operators can find it. */
export const LIMIT_VARIABLES = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxSelections: 'MAX_QUERY_SELECTIONS',
} as const;

type ArmorLimit = 'maxDepth' | 'maxAliases' | 'maxDirectives';

/** graphql-armor's rules throw by default; report instead, so Apollo answers 400 with the rest. */
function reportTo(limit: ArmorLimit, limits: ApiLimits) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: { limit: LIMIT_VARIABLES[limit], maximum: limits[limit] },
          }),
        );
      },
    ],
  };
}

export function documentRules(limits: ApiLimits): ValidationRule[] {
  return [
    // Fragments add no depth of their own: the depth is that of the fields they hold.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportTo('maxDepth', limits) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportTo('maxAliases', limits) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportTo('maxDirectives', limits) }),
  ];
}

/** The Apollo options that enforce the limits. */
export function documentLimitOptions(
  limits: ApiLimits,
): Pick<
  ApolloServerOptions<ApiContext>,
  'parseOptions' | 'maxRecursiveSelections' | 'validationRules'
> {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    validationRules: documentRules(limits),
  };
}

// graphql 16 spells it "more that".
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) \d+ tokens/;

/**
 * Names the limit in the two refusals that come from graphql-js and Apollo themselves. graphql-js
 * reports the token limit as a syntax error; it is a limit like the others, so it is answered as
 * one (GRAPHQL_VALIDATION_FAILED).
 */
export function describeLimitError(
  formatted: GraphQLFormattedError,
  limits: ApiLimits,
): GraphQLFormattedError {
  if (TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return {
      message: `The document has more than ${limits.maxTokens} tokens, the limit (${LIMIT_VARIABLES.maxTokens}).`,
      extensions: {
        ...formatted.extensions,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: LIMIT_VARIABLES.maxTokens,
        maximum: limits.maxTokens,
      },
    };
  }
  if (formatted.extensions?.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED') {
    return {
      ...formatted,
      message: `${formatted.message.replace(/\.$/, '')}: more than ${limits.maxSelections} with fragments expanded (${LIMIT_VARIABLES.maxSelections}).`,
      extensions: {
        ...formatted.extensions,
        limit: LIMIT_VARIABLES.maxSelections,
        maximum: limits.maxSelections,
      },
    };
  }
  return formatted;
}
