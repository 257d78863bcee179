/** A real server on a loopback port for the abuse probes, with the limits each probe sets. */
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import {
  createServer,
  READ_ONLY_AUTH,
  type DiplomapServer,
} from '../../src/server/create-server.js';
import {
  DEFAULT_OPERATION_LIMITS,
  type OperationLimits,
} from '../../src/config/operation-limits.js';
import type { GraphStore } from '../../src/store/graph-store.js';

export interface Served {
  server: DiplomapServer;
  url: string;
  stop(): Promise<void>;
}

export async function serveStore(
  store: GraphStore,
  operations: Partial<OperationLimits>,
): Promise<Served> {
  // Cost is another limit's business (its own probes): here only time and heavy work count.
  const limits = { ...DEFAULT_LIMITS, maxCost: Number.MAX_SAFE_INTEGER };
  const server = await createServer(store, limits, undefined, READ_ONLY_AUTH, {
    operations: { ...DEFAULT_OPERATION_LIMITS, ...operations },
  });
  const url = await server.listen('127.0.0.1', 0);
  return { server, url, stop: () => server.stop() };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export async function post(url: string, query: string, signal?: AbortSignal): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as never,
  };
}

/** `n` aliases of one heavy field in one document: `c0: communities(first: 1) { count } …`. */
export function aliases(n: number, field: (i: number) => string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
}

/** Resolves once `condition` holds, checking every 10 ms (a state to reach, not a time to wait). */
export async function until(condition: () => boolean, what: string, maxMs = 30_000): Promise<void> {
  const end = Date.now() + maxMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await sleep(10);
  }
}
