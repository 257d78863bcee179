/** Runs typed documents against a store in process, with the real schema and fresh loaders. */
import 'reflect-metadata';
import { execute, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { createContext } from '../../src/graphql/context.js';
import { DEFAULT_LIMITS, type ApiLimits } from '../../src/config/api-limits.js';
import { formatError } from '../../src/graphql/errors.js';
import type { Principal } from '../../src/edit/principal.js';
import type { GraphStore } from '../../src/store/graph-store.js';

export interface Api {
  /** The data of a query that must succeed; throws with the errors otherwise. */
  query<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** The whole result, errors formatted as clients see them. */
  run<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<ExecutionResult<R>>;
}

export function apiFor(
  store: GraphStore,
  limits: ApiLimits = DEFAULT_LIMITS,
  principal?: Principal,
): Api {
  const run = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V) => {
    const schema = await buildDiplomapSchema();
    const result = (await execute({
      schema,
      document,
      contextValue: createContext(store, limits, principal),
      variableValues: variables ?? {},
    })) as ExecutionResult<R>;
    if (!result.errors) return result;
    return {
      ...result,
      errors: result.errors.map((e) => ({ ...formatError(e.toJSON(), e) })),
    } as unknown as ExecutionResult<R>;
  };
  return {
    run,
    async query(document, variables) {
      const result = await run(document, variables);
      if (result.errors?.length) throw new Error(`Query failed: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
  };
}

/**
 * A store wrapper that counts calls per method, for round-trip bounds, and how many round trips
 * deep the work went: a call that starts after others settled is one deeper than the deepest of
 * them (calls in flight together are one round trip).
 */
export function countingStore(store: GraphStore): {
  store: GraphStore;
  calls: Map<string, number>;
  total(): number;
  rounds(): number;
  /** Each call's method and the round trip it went out in (1: the first), in order. */
  trace: { method: string; round: number }[];
  reset(): void;
} {
  const calls = new Map<string, number>();
  let settledDepth = 0;
  let deepest = 0;
  const trace: { method: string; round: number }[] = [];
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        const depth = settledDepth + 1;
        trace.push({ method: String(property), round: depth });
        deepest = Math.max(deepest, depth);
        const settled = () => {
          settledDepth = Math.max(settledDepth, depth);
        };
        const result = method.apply(target, args);
        if (!(result instanceof Promise)) {
          settled();
          return result;
        }
        // A round trip takes at least a turn of the event loop, as over a network: an in-process
        // store's answer in a microtask would make calls sent together look one after another.
        return result.then(
          (value) => new Promise((resolve) => setImmediate(() => (settled(), resolve(value)))),
          (error: unknown) =>
            new Promise((_, reject) => setImmediate(() => (settled(), reject(error as Error)))),
        );
      };
    },
  });
  return {
    store: proxy,
    calls,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
    rounds: () => deepest,
    trace,
    reset: () => {
      calls.clear();
      trace.length = 0;
      settledDepth = 0;
      deepest = 0;
    },
  };
}
