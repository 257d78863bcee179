/** The seeded graph, read once per test file, and the stores built from it. */
import { inject } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { loadSeeds } from '../../src/ingest/seed/load-seeds.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

let seeds: Promise<GraphData> | undefined;
export function seededGraph(): Promise<GraphData> {
  seeds ??= loadSeeds();
  return seeds;
}

export async function seededMemoryStore(): Promise<GraphStore> {
  return MemoryStore.fromData(await seededGraph());
}

/** Neo4j, cleared and loaded with the seeds through the same path as `diplomap seed`. */
export async function seededNeo4jStore(): Promise<GraphStore> {
  const { Neo4jStore } = await import('../../src/store/neo4j/neo4j-store.js');
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(await seededGraph());
  return store;
}
