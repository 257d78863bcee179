/**
 * Reading nodes and relationships by key, counts and health, exactly as the memory store does.
 * Part of the Neo4j–memory parity tests (neo4j-store.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import type { GraphData } from '../../../src/domain/graph-records.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import type { ParityContext } from './parity-support.js';

export function readTests(ctx: ParityContext): void {
  let graph: GraphData;
  let memory: MemoryStore;
  let neo4j: Neo4jStore;
  beforeAll(() => {
    ({ graph, memory, neo4j } = ctx);
  });

  it('reads nodes by key, in key order, with null for unknown keys', async () => {
    const keys = [...graph.nodes.map((n) => n.key).reverse(), 'nope', 'anci', ''];
    const answer = await neo4j.getNodes(keys);
    expect(answer).toEqual(await memory.getNodes(keys));
    expect(answer.filter((n) => n === null)).toHaveLength(2);
    expect(await neo4j.getNodes([])).toEqual([]);
  });

  it('keeps props of every kind, descriptions and sources exactly', async () => {
    const [anci, saoPaulo, summit] = await neo4j.getNodes([
      'anci',
      'city:br-sao-paulo',
      'event:summit',
    ]);
    expect(anci?.props).toEqual({
      founded: 1901,
      budget: 12.5,
      active: true,
      tags: ['italy', 'municipalities'],
      empty: [],
      name: 'a prop called name',
      prop_x: 'escaped',
    });
    expect(anci?.name).toBe('National Association of Italian Municipalities');
    expect(anci?.sources).toHaveLength(2);
    expect(saoPaulo?.description).toBe('');
    expect(summit?.props).toEqual({ year: 2019, ratio: 0.25 });
    expect(summit && 'description' in summit).toBe(false);
  });

  it('reads relationships by key, in key order, with null for unknown keys', async () => {
    const keys = [...graph.edges.map((e) => e.key), 'MEMBER_OF:nope->uclg', 'nope'];
    const answer = await neo4j.getRelationships(keys);
    expect(answer).toEqual(await memory.getRelationships(keys));
    expect(answer.filter((e) => e === null)).toHaveLength(2);
  });

  it('counts nodes and relationships by type', async () => {
    expect(await neo4j.counts()).toEqual(await memory.counts());
  });

  it('reports health with the graph size', async () => {
    expect(await neo4j.health()).toEqual({
      ok: true,
      store: 'neo4j',
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
    });
  });
}
