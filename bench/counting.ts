/**
 * Round-trip counters. Diplomap's are counted at the GraphStore port (each method is one round
 * trip to the store, by the port's contract); the peer's at the driver (each session it opens runs
 * one transaction with one query).
 */
import type { Driver } from 'neo4j-driver';
import type { GraphStore } from '../src/store/graph-store.js';

export interface Counter {
  count: number;
  /** Per GraphStore method: calls and the milliseconds they took (sibling calls overlap). */
  byMethod?: Record<string, { calls: number; ms: number }>;
}

const ROUND_TRIP_METHODS: ReadonlySet<string> = new Set([
  'getNodes',
  'getRelationships',
  'findNodes',
  'getEdges',
  'getEdgePages',
  'findPartners',
  'search',
  'counts',
  'shortestPaths',
  'neighbourhood',
  'aggregate',
]);

export function countingStore(store: GraphStore, counter: Counter): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      if (typeof property === 'string' && ROUND_TRIP_METHODS.has(property)) {
        return async (...args: unknown[]) => {
          counter.count++;
          const t0 = performance.now();
          try {
            return await method.apply(target, args);
          } finally {
            const entry = ((counter.byMethod ??= {})[property] ??= { calls: 0, ms: 0 });
            entry.calls++;
            entry.ms += performance.now() - t0;
          }
        };
      }
      return method.bind(target);
    },
  });
}

export function countingDriver(driver: Driver, counter: Counter): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      if (property === 'session') {
        return (...args: unknown[]) => {
          counter.count++;
          return method.apply(target, args);
        };
      }
      return method.bind(target);
    },
  });
}
