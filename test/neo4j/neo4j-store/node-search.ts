/**
 * findNodes: every filter, order and page, and names ordered as JavaScript orders them. Part of
 * the Neo4j–memory parity tests (neo4j-store.test.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/domain/pagination.js';
import type { NodeQuery } from '../../../src/domain/queries.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { allPages, NODE_FILTERS, ORDERS, type ParityContext } from './parity-support.js';

export function nodeSearchTests(ctx: ParityContext): void {
  let memory: MemoryStore;
  let neo4j: Neo4jStore;
  beforeAll(() => {
    ({ memory, neo4j } = ctx);
  });

  it(
    'finds the same nodes for every filter, order and direction, on every page',
    { timeout: 300_000 },
    async () => {
      let nonEmpty = 0;
      for (const filter of NODE_FILTERS) {
        for (const order of ORDERS) {
          const query: NodeQuery = { ...filter, ...order };
          const whole = await neo4j.findNodes(query, { first: 1000 });
          expect(whole, JSON.stringify(query)).toEqual(
            await memory.findNodes(query, { first: 1000 }),
          );
          if (whole.totalCount > 0) nonEmpty++;
          const pages = await allPages((page) => neo4j.findNodes(query, page), 3);
          expect(pages, JSON.stringify(query)).toEqual(
            await allPages((page) => memory.findNodes(query, page), 3),
          );
          // A cursor that is not the position of any item resumes at the next position.
          const between = { first: 2, after: encodeCursor({ sort: 'M', key: 'm' }) };
          expect(await neo4j.findNodes(query, between)).toEqual(
            await memory.findNodes(query, between),
          );
        }
      }
      expect(nonEmpty).toBeGreaterThan(NODE_FILTERS.length * 2);
    },
  );

  it('orders names outside the Basic Multilingual Plane by UTF-16 code unit, as JavaScript does', async () => {
    const query: NodeQuery = { types: ['Municipality'], orderBy: 'NAME', direction: 'ASC' };
    const names = (await neo4j.findNodes(query, { first: 100 })).items.map(
      (item) => item.value.name,
    );
    expect(names).toEqual([...names].sort());
    expect(names.indexOf('\u{1F600} Smile City')).toBeLessThan(names.indexOf('\uFB01 City'));
    const byKey = (await neo4j.findNodes({ ...query, orderBy: 'KEY' }, { first: 100 })).items.map(
      (i) => i.value.key,
    );
    expect(byKey.indexOf('city:\u{1D538}')).toBeLessThan(byKey.indexOf('city:\uFB02'));
  });
}
