/** For the Neo4j index property tests: a random graph loaded, indexed, then edited. */
import { expect } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { MutableGraph } from '../semantics/mutable-graph.js';
import { applyEditsThrough, type Edit } from '../semantics/random-edits.js';

/** Empties the database, loads `data`, builds the index, applies `edits`: the graph as edited. */
export async function indexedThenEdited(
  store: Neo4jStore,
  data: GraphData,
  edits: readonly Edit[],
): Promise<MutableGraph> {
  const graph = new MutableGraph(data);
  await store.clearAll();
  await store.upsert(data);
  expect(await store.rebuildPartnershipIndex()).toBe(true);
  await applyEditsThrough(store, graph, edits);
  return graph;
}
