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

/** A store wrapper that counts calls per method, for round-trip bounds. */
export function countingStore(store: GraphStore): {
  store: GraphStore;
  calls: Map<string, number>;
  total(): number;
  reset(): void;
} {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return method.apply(target, args);
      };
    },
  });
  return {
    store: proxy,
    calls,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
    reset: () => calls.clear(),
  };
}
