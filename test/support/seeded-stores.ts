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

/**
 * The embedded store on the seeds, with its partnership index built: the build runs in the
 * background when a store opens, and tests that count a request's work or store calls must not
 * see it (the first partner question waits for it).
 */
export async function seededMemoryStore(): Promise<GraphStore> {
  const store = await MemoryStore.fromData(await seededGraph());
  await store.findPartners({}, { first: 0 });
  return store;
}

let neo4jSeeded: Promise<void> | undefined;

/**
 * Neo4j loaded with the seeds through the same path as `diplomap seed`, its partnership index
 * built as that command ends: cleared and loaded once per test file (the suites in a file only
 * read), then a fresh connection for each suite.
 */
export async function seededNeo4jStore(): Promise<GraphStore> {
  return neo4jOnSeeds(true);
}

/**
 * The seeds in Neo4j before the partnership index is built (as during a load or a rebuild):
 * partner questions walk the rules. For files that test something else than partner answers.
 */
export async function seededNeo4jStoreUnindexed(): Promise<GraphStore> {
  return neo4jOnSeeds(false);
}

async function neo4jOnSeeds(indexed: boolean): Promise<GraphStore> {
  const { Neo4jStore } = await import('../../src/store/neo4j/neo4j-store.js');
  const store = await Neo4jStore.connect(inject('neo4j'));
  neo4jSeeded ??= (async () => {
    await store.clearAll();
    await store.upsert(await seededGraph());
    // A rebuild that another one took over would leave partner questions walking the rules:
    // say so here rather than as a slow test further on.
    if (indexed && !(await store.rebuildPartnershipIndex()))
      throw new Error("Another rebuild of the partnership index took over from the tests' one.");
  })();
  await neo4jSeeded;
  return store;
}
