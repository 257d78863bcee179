/**
 * Relationship pages (getEdgePages) on the seeded graph: the same lists as getEdges, cut in pages.
 * Part of the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgePageSpec } from '../../../src/domain/edge-pages.js';
import type { EdgeView } from '../../../src/domain/graph-records.js';
import { RELATIONSHIP_TYPES } from '../../../src/domain/relationship-types.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { ActorDetailDocument, RelationshipsDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { viewPagesOf } from '../../support/edge-pages.js';
import type { ContractContext } from './contract-support.js';

export function describeRelationshipPages(ctx: ContractContext): void {
  describe('relationship pages (getEdgePages) on the seeded graph', () => {
    let store: GraphStore;
    let api: Api;
    beforeAll(() => {
      ({ store, api } = ctx);
    });

    const ALL: EdgePageSpec = { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' };

    /** Every page of one key's list, following the cursors. */
    async function walk(key: string, spec: EdgePageSpec, first: number) {
      const items: EdgeView[] = [];
      let after: string | undefined;
      for (let i = 0; i < 100; i++) {
        const page = at(
          await viewPagesOf(store, [key], spec, after === undefined ? { first } : { first, after }),
          0,
        );
        items.push(...page.items.map((item) => item.value));
        if (!page.hasNextPage) return { items, totalCount: page.totalCount };
        after = at(page.items, -1).cursor;
      }
      throw new Error('too many pages');
    }

    it('walks long lists page by page to exactly the lists getEdges reads', async () => {
      const cases: [string, EdgePageSpec, number][] = [
        ['anci', ALL, 7],
        ['istat:048017', ALL, 10],
        ['istat:048017', { types: ['TWINNED_WITH'], direction: 'BOTH' }, 4],
        ['eurocities', { types: ['MEMBER_OF'], direction: 'IN' }, 50],
        ['country:IT', ALL, 1000],
      ];
      for (const [key, spec, first] of cases) {
        const whole = at(await store.getEdges([key], spec), 0);
        const walked = await walk(key, spec, first);
        expect(walked.totalCount, key).toBe(whole.length);
        expect(walked.items, key).toEqual(whole);
      }
    });

    it('counts in one call, and filters by the other end’s type', async () => {
      const keys = ['anci', 'istat:048017', 'eurocities', 'country:IT', 'sdg:11', 'nope'];
      const counts = await viewPagesOf(store, keys, ALL, { first: 0 });
      const lists = await store.getEdges(keys, ALL);
      expect(counts.map((page) => page.totalCount)).toEqual(lists.map((list) => list.length));
      expect(counts.every((page) => page.items.length === 0)).toBe(true);

      const located: EdgePageSpec = { types: ['LOCATED_IN'], direction: 'IN' };
      const inItaly = at(await store.getEdges(['country:IT'], located), 0);
      const others = await store.getNodes(inItaly.map((view) => view.otherKey));
      const municipalities = inItaly.filter((_v, i) => others[i]?.type === 'Municipality');
      expect(municipalities.length).toBeGreaterThan(7000);
      expect(municipalities.length).toBeLessThan(inItaly.length);
      const page = at(
        await viewPagesOf(
          store,
          ['country:IT'],
          { ...located, otherTypes: ['Municipality'] },
          { first: 5 },
        ),
        0,
      );
      expect(page.totalCount).toBe(municipalities.length);
      expect(page.items.map((item) => item.value)).toEqual(municipalities.slice(0, 5));
      const rest = at(
        await viewPagesOf(
          store,
          ['country:IT'],
          { ...located, otherTypes: ['Association', 'Foundation', 'Government'] },
          { first: 1000 },
        ),
        0,
      );
      expect(rest.items.map((item) => item.value.otherKey)).toEqual(
        inItaly
          .filter((_v, i) => ['Association', 'Foundation', 'Government'].includes(others[i]!.type))
          .map((view) => view.otherKey),
      );
    });

    it('pages a network’s members through the API, and counts them with first: 0', async () => {
      const detail = await api.query(ActorDetailDocument, { id: 'eurocities' });
      const members = at(
        await store.getEdges(['eurocities'], { types: ['MEMBER_OF'], direction: 'IN' }),
        0,
      );
      expect(detail.actor.members.totalCount).toBe(members.length);
      expect(members.length).toBeGreaterThan(100);
      const keys: string[] = [];
      let after: string | null | undefined;
      for (let i = 0; i < 10; i++) {
        const data = await api.query(RelationshipsDocument, {
          id: 'eurocities',
          types: ['MEMBER_OF'],
          direction: 'IN',
          first: 100,
          ...(after ? { after } : {}),
        });
        const relationships = data.node!.relationships;
        expect(relationships.totalCount).toBe(members.length);
        keys.push(...relationships.edges.map((e) => e.relationship.key));
        if (!relationships.pageInfo.hasNextPage) break;
        after = relationships.pageInfo.endCursor;
      }
      expect(keys).toEqual(members.map((view) => view.edge.key));
    });
  });
}
