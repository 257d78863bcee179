/** What every resolver receives: the store, this request's loaders and the limits in force. */
import { AnswerCache } from '../app/answer-cache.js';
import type { Principal } from '../edit/principal.js';
import type { CallOptions } from '../store/call-options.js';
import type { GraphStore } from '../store/graph-store.js';
import { sharedHeavyWork, type HeavyLane, type HeavyWork } from '../app/network/heavy-work.js';
import { scopedStore } from '../store/scoped-store.js';
import { createLoaders, type Loaders } from './loaders.js';
import { DEFAULT_LIMITS, type ApiLimits } from '../config/api-limits.js';

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
