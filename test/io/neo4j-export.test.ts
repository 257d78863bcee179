/** Exports read the store through the port only: Neo4j gives the same files' contents as the embedded store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { checkSlice, loadSlice } from '../../src/export/graph-slice.js';
import { sameRecord } from '../../src/ingest/import/import-plan.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore, seededNeo4jStore } from '../support/seeded-stores.js';

function differences(a: GraphData, b: GraphData): string[] {
  const nodes = new Map(b.nodes.map((n) => [n.key, n]));
  const edges = new Map(b.edges.map((e) => [e.key, e]));
  return [
    ...a.nodes.filter((n) => !nodes.has(n.key) || !sameRecord(nodes.get(n.key)!, n)),
    ...a.edges.filter((e) => !edges.has(e.key) || !sameRecord(edges.get(e.key)!, e)),
  ].map((r) => r.key);
}

describe('exports from Neo4j', () => {
  let neo4j: GraphStore;
  let memory: GraphStore;
  beforeAll(async () => {
    neo4j = await seededNeo4jStore();
    memory = await seededMemoryStore();
  });
  afterAll(async () => {
    await neo4j.close();
  });

  it('the whole graph and slices are the same records as from the embedded store', async () => {
    const requests = [
      {},
      { region: 'mediterranean', theme: 'migration' },
      { kinds: 'Municipality,Network', region: 'region:m49-150' },
    ];
    for (const request of requests) {
      const fromNeo4j = await loadSlice(neo4j, await checkSlice(neo4j, request));
      const fromMemory = await loadSlice(memory, await checkSlice(memory, request));
      expect(fromNeo4j.nodes.map((n) => n.key)).toEqual(fromMemory.nodes.map((n) => n.key));
      expect(fromNeo4j.edges.map((e) => e.key)).toEqual(fromMemory.edges.map((e) => e.key));
      expect(differences(fromNeo4j, fromMemory)).toEqual([]);
    }
  });
});
