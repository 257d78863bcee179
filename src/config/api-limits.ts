/** The limits the API enforces on every request, with their defaults (each can be set in the environment: config.ts). */
import { envNumbers } from './env-number.js';

export interface ApiLimits {
  /** Largest `first` a list accepts. */
  maxPageSize: number;
  /** Page size when `first` is not given. */
  defaultPageSize: number;
  /** Deepest selection a query may have. */
  maxDepth: number;
  /** Most aliases in one operation (fragments counted where spread). */
  maxAliases: number;
  /** Most directives in one operation (fragments counted where spread). */
  maxDirectives: number;
  /** Most tokens in a document, counted while parsing. */
  maxTokens: number;
  /** Most selections in one operation, as if every fragment were expanded where spread. */
  maxSelections: number;
  /** Highest estimated cost a query may have (see src/graphql/cost/cost-model.ts). */
  maxCost: number;
  /** Longest path `connection` searches. */
  maxPathHops: number;
  /** Most nodes a `neighbourhood` returns (its hard cap). */
  maxNeighbourhoodNodes: number;
  /** Deepest `neighbourhood`. */
  maxNeighbourhoodDepth: number;
  /** Largest partnership network betweenness or closeness is computed on. */
  maxCentralityActors: number;
  /** Exports (GEXF, GraphML, CSV) built at once; more wait their turn. */
  maxConcurrentExports: number;
  /** Exports waiting for a turn; more are refused with 503 and Retry-After. */
  maxQueuedExports: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  defaultPageSize: 20,
  maxDepth: 12,
  maxAliases: 1_000,
  maxDirectives: 50,
  maxTokens: 10_000,
  maxSelections: 5_000,
  maxCost: 200_000,
  maxPathHops: 6,
  maxNeighbourhoodNodes: 500,
  maxNeighbourhoodDepth: 3,
  maxCentralityActors: 3_000,
  maxConcurrentExports: 2,
  maxQueuedExports: 8,
};

const API_LIMIT_VARIABLES = envNumbers(
  DEFAULT_LIMITS,
  {
    maxPageSize: 'MAX_PAGE_SIZE',
    defaultPageSize: 'DEFAULT_PAGE_SIZE',
    maxDepth: 'MAX_QUERY_DEPTH',
    maxAliases: 'MAX_QUERY_ALIASES',
    maxDirectives: 'MAX_QUERY_DIRECTIVES',
    maxTokens: 'MAX_QUERY_TOKENS',
    maxSelections: 'MAX_QUERY_SELECTIONS',
    maxCost: 'MAX_QUERY_COST',
    maxPathHops: 'MAX_PATH_HOPS',
    maxNeighbourhoodNodes: 'MAX_NEIGHBOURHOOD_NODES',
    maxNeighbourhoodDepth: 'MAX_NEIGHBOURHOOD_DEPTH',
    maxCentralityActors: 'MAX_CENTRALITY_ACTORS',
    maxConcurrentExports: 'MAX_CONCURRENT_EXPORTS',
    maxQueuedExports: 'MAX_QUEUED_EXPORTS',
  },
  ['maxQueuedExports'],
);

/** The variables, merged into the configuration's schema. */
export const API_LIMITS_ENV = API_LIMIT_VARIABLES.schema;

export const apiLimitsFrom: (env: Parameters<typeof API_LIMIT_VARIABLES.read>[0]) => ApiLimits =
  API_LIMIT_VARIABLES.read;
