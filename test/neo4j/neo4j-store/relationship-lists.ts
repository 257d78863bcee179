/**
 * getEdges and getEdgePages: every type, direction and other-end filter, every page. Part of the
 * Neo4j–memory parity tests (neo4j-store.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import type { EdgePageSpec } from '../../../src/domain/edge-pages.js';
import type { GraphData } from '../../../src/domain/graph-records.js';
import type { EdgeSpec } from '../../../src/domain/queries.js';
import { RELATIONSHIP_TYPES } from '../../../src/domain/relationship-types.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { at } from '../../support/at.js';
import { edgePagesOf } from '../../support/edge-pages.js';
import { allPages, type ParityContext } from './parity-support.js';

export function relationshipListTests(ctx: ParityContext): void {
  let graph: GraphData;
  let memory: MemoryStore;
  let neo4j: Neo4jStore;
  beforeAll(() => {
    ({ graph, memory, neo4j } = ctx);
  });

  it('reads the same relationship lists for every type and direction', async () => {
    const keys = [...graph.nodes.map((n) => n.key), 'nope'];
    const specs: EdgeSpec[] = [];
    for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
      for (const type of RELATIONSHIP_TYPES) specs.push({ types: [type], direction });
      specs.push({ types: [...RELATIONSHIP_TYPES], direction });
      specs.push({ types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction });
      specs.push({ types: ['MEMBER_OF', 'PARTICIPATES_IN', 'MEMBER_OF'], direction });
      specs.push({ types: [], direction });
    }
    for (const spec of specs) {
      expect(await neo4j.getEdges(keys, spec), JSON.stringify(spec)).toEqual(
        await memory.getEdges(keys, spec),
      );
    }
    // Symmetric relationships read both ways; a self-loop is listed once.
    const madrid = at(
      await neo4j.getEdges(['city:es-madrid'], {
        types: ['TWINNED_WITH'],
        direction: 'BOTH',
      }),
      0,
    );
    expect(madrid.map((v) => [v.direction, v.otherKey])).toEqual([['OUT', 'city:es-madrid']]);
    const rome = at(
      await neo4j.getEdges(['city:it-roma'], {
        types: ['TWINNED_WITH'],
        direction: 'BOTH',
      }),
      0,
    );
    expect(rome.map((v) => [v.direction, v.otherKey])).toEqual([['IN', 'city:fr-paris']]);
  });

  it(
    'pages relationship lists as the memory store does, for every type, direction and other-end filter',
    { timeout: 300_000 },
    async () => {
      const keys = [...graph.nodes.map((n) => n.key), 'nope'];
      const specs: EdgePageSpec[] = [];
      for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
        for (const type of RELATIONSHIP_TYPES) specs.push({ types: [type], direction });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction });
        specs.push({ types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction });
        specs.push({ types: ['MEMBER_OF', 'PARTICIPATES_IN', 'MEMBER_OF'], direction });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction, otherTypes: ['Municipality'] });
        specs.push({ types: [...RELATIONSHIP_TYPES], direction, otherTypes: ['Sdg', 'Theme'] });
        specs.push({ types: ['LOCATED_IN', 'PART_OF'], direction, otherTypes: [] });
        specs.push({ types: [], direction });
      }
      let nonEmpty = 0;
      for (const spec of specs) {
        for (const first of [0, 1, 1000]) {
          const answer = await edgePagesOf(neo4j, keys, spec, { first });
          expect(answer, `${JSON.stringify(spec)} ${first}`).toEqual(
            await edgePagesOf(memory, keys, spec, { first }),
          );
          if (first === 1000) nonEmpty += answer.filter((page) => page.totalCount > 0).length;
        }
      }
      expect(nonEmpty).toBeGreaterThan(200);
      // Every spec and page size in one call: the same pages as asked one by one.
      const requests = specs.flatMap((spec) =>
        [0, 1, 1000].map((first) => ({ keys, spec, page: { first } })),
      );
      const together = await neo4j.getEdgePages(requests);
      expect(together).toEqual(await memory.getEdgePages(requests));
      for (const [i, { spec, page }] of requests.entries()) {
        expect(together[i], `${JSON.stringify(spec)} ${page.first}`).toEqual(
          await edgePagesOf(memory, keys, spec, page),
        );
      }
      // Every page of the longest lists, following the cursors (names and keys outside the BMP).
      const all: EdgePageSpec = { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' };
      for (const key of [
        'anci',
        'istat:048017',
        'country:TN',
        'country:MA',
        'city:emoji',
        'uclg',
      ]) {
        for (const first of [1, 3]) {
          const pages = await allPages(
            async (page) => at(await edgePagesOf(neo4j, [key], all, page), 0),
            first,
          );
          expect(pages, `${key} ${first}`).toEqual(
            await allPages(
              async (page) => at(await edgePagesOf(memory, [key], all, page), 0),
              first,
            ),
          );
        }
      }
    },
  );
}
