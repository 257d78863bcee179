/** What every resolver receives: the store, this request's loaders and the limits in force. */
import { AnswerCache } from '../app/answer-cache.js';
import type { Principal } from '../edit/principal.js';
import type { CallOptions } from '../store/call-options.js';
import type { GraphStore } from '../store/graph-store.js';
import { sharedHeavyWork, type HeavyLane, type HeavyWork } from '../store/network/heavy-work.js';
import { scopedStore } from '../store/scoped-store.js';
import { createLoaders, type Loaders } from './loaders.js';

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
  /** Highest estimated cost a query may have (see cost/cost-model.ts). */
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

export interface ApiContext {
  /** The store as this request sees it: every call carries `call` (scoped-store.ts). */
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  /** Who is calling; absent when anonymous. */
  principal?: Principal;
  /** This request's signal and deadline (src/server/request-deadline.ts). */
  call: CallOptions;
  /** Where this request's heavy jobs run (centrality, communities, big walks): heavy-work.ts. */
  heavy: HeavyLane;
  /** Whole-network answers kept until the graph changes (src/app/answer-cache.ts). */
  answers: AnswerCache;
}

/** How the server runs one request: its deadline and the server's heavy-work cap. */
export interface RequestScope {
  call: CallOptions;
  heavyWork: HeavyWork;
  /** The server's answer cache; none kept when absent. */
  answers?: AnswerCache;
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(
  store: GraphStore,
  limits: ApiLimits = DEFAULT_LIMITS,
  principal?: Principal,
  scope: RequestScope = { call: {}, heavyWork: sharedHeavyWork() },
): ApiContext {
  const scoped = scope.call.signal ? scopedStore(store, scope.call) : store;
  return {
    store: scoped,
    loaders: createLoaders(scoped),
    limits,
    ...(principal ? { principal } : {}),
    call: scope.call,
    heavy: scope.heavyWork.forRequest(scope.call),
    answers: scope.answers ?? AnswerCache.off(),
  };
}

/** After a mutation: later fields of the request must not see what the loaders cached before it. */
export function resetLoaders(ctx: ApiContext): void {
  ctx.loaders = createLoaders(ctx.store);
}
