/**
 * Upserts that are idempotent and replace what they write, and the input Neo4j refuses. Part of
 * the Neo4j–memory parity tests (neo4j-store.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { DiplomapError } from '../../../src/domain/errors.js';
import type { GraphData } from '../../../src/domain/graph-records.js';
import type { NodeQuery } from '../../../src/domain/queries.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { fixtureGraph } from '../fixture.js';
import type { ParityContext } from './parity-support.js';

export function upsertAndRefusalTests(ctx: ParityContext): void {
  let graph: GraphData;
  let memory: MemoryStore;
  let neo4j: Neo4jStore;
  beforeAll(() => {
    ({ graph, memory, neo4j } = ctx);
  });

  it('is idempotent: a second upsert changes no count and no answer', async () => {
    const before = await neo4j.counts();
    const progress: [number, number][] = [];
    await neo4j.upsert(fixtureGraph(), (done, total) => progress.push([done, total]));
    expect(await neo4j.counts()).toEqual(before);
    expect(await neo4j.health()).toMatchObject({
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
    });
    const keys = graph.nodes.map((n) => n.key);
    expect(await neo4j.getNodes(keys)).toEqual(await memory.getNodes(keys));
    const total = graph.nodes.length + graph.edges.length;
    expect(progress[progress.length - 1]).toEqual([total, total]);
  });

  it('replaces a node’s properties and labels when it is upserted again', async () => {
    const changed = fixtureGraph().nodes.find((n) => n.key === 'project:nowhere')!;
    const original = structuredClone(changed);
    changed.name = 'Renamed';
    changed.props = { only: 'this' };
    changed.description = 'Now described.';
    await neo4j.upsert({ nodes: [changed], edges: [] });
    expect(await neo4j.getNodes(['project:nowhere'])).toEqual([changed]);
    await neo4j.upsert({ nodes: [original], edges: [] });
    expect(await neo4j.getNodes(['project:nowhere'])).toEqual([original]);
  });

  it('refuses relationships whose endpoint does not exist, and writes none of the batch', async () => {
    const before = await neo4j.counts();
    const edges = [
      {
        key: 'MEMBER_OF:ghost->uclg',
        type: 'MEMBER_OF' as const,
        from: 'ghost',
        to: 'uclg',
        props: {},
        sources: [],
      },
      {
        key: 'MEMBER_OF:city:es-madrid->uclg',
        type: 'MEMBER_OF' as const,
        from: 'city:es-madrid',
        to: 'uclg',
        props: {},
        sources: [],
      },
    ];
    const error = await neo4j.upsert({ nodes: [], edges }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiplomapError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { missing: ['ghost'] } });
    expect(await neo4j.counts()).toEqual(before);
  });

  it('rejects a cursor it did not issue as BAD_USER_INPUT', async () => {
    const query: NodeQuery = { orderBy: 'KEY', direction: 'ASC' };
    await expect(neo4j.findNodes(query, { first: 2, after: 'not-a-cursor' })).rejects.toMatchObject(
      {
        code: 'BAD_USER_INPUT',
      },
    );
  });
}
