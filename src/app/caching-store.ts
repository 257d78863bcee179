/**
 * A store whose answers to the relationship questions come from an AnswerCache while the graph
 * stays as it was, and whose writes start a new generation of that cache once they resolve.
 * It sits under the per-request scoped store: the request's signal and deadline are not part of
 * the question, so they are left out of the key (and still reach the store on a miss).
 */
import type { GraphStore } from '../store/graph-store.js';
import type { AnswerCache } from './answer-cache.js';
import type { ChangeFeed } from './change-feed.js';

/**
 * The questions kept, each with the number of its arguments before the CallOptions. Lookups by
 * key (getNodes, getEdges, getEdgePages) stay out: they are cheap and asked in ever new batches.
 */
const CACHED_QUESTIONS = {
  findPartners: 2,
  getPartnerships: 3,
  findNodes: 2,
  search: 2,
  shortestPaths: 1,
  neighbourhood: 1,
  aggregate: 1,
  counts: 0,
} as const satisfies Partial<Record<keyof GraphStore, number>>;

const WRITES = new Set<PropertyKey>(['applyChange', 'upsert'] satisfies (keyof GraphStore)[]);

export function cachingStore(store: GraphStore, cache: AnswerCache): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (WRITES.has(property)) {
        return async (...args: unknown[]) => {
          try {
            return await method.apply(target, args);
          } finally {
            // Also when it failed: a write that fails late (a lost connection) may have committed.
            cache.invalidate();
          }
        };
      }
      const arity = CACHED_QUESTIONS[property as keyof typeof CACHED_QUESTIONS];
      if (arity === undefined) return method.bind(target);
      return (...args: unknown[]) =>
        cache.answer(String(property), args.slice(0, arity), () => method.apply(target, args));
    },
  });
}

/**
 * Starts a new generation at each change the feed hears of, other processes' included (a shared
 * Neo4j database). Until the feed listens, nothing is kept: a change could go unheard. When the
 * first attempt fails (the log unreadable), it tries again every `retryMs` in the background.
 */
export async function invalidateOnEveryChange(
  feed: ChangeFeed,
  cache: AnswerCache,
  retryMs: number,
): Promise<void> {
  cache.pause();
  const attempt = async (): Promise<boolean> => {
    try {
      await feed.listen(() => cache.invalidate());
      cache.resume();
      return true;
    } catch {
      return feed.isClosed;
    }
  };
  if (await attempt()) return;
  const retry = setInterval(() => {
    // attempt() catches its errors: it never rejects.
    void attempt().then((done) => done && clearInterval(retry));
  }, retryMs);
  retry.unref();
}
