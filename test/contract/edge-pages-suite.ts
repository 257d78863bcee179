/**
 * The relationship-page contract (GraphStore.getEdgePages): on a small hand-made graph, every
 * store gives exactly the pinned pages — counts, first pages, `first: 0`, cursors across pages and
 * between positions, the other-end type filter, symmetric relationships read both ways, parallel
 * relationships, keys outside the Basic Multilingual Plane (ordered by UTF-16 code unit, as
 * JavaScript does), missing keys — and the same relationships as `getEdges` cut by `paginate`.
 * Run against the embedded store and Neo4j (memory-edge-pages.test.ts, neo4j-edge-pages.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgePosition, type EdgePageSpec } from '../../src/domain/edge-pages.js';
import { DiplomapError } from '../../src/domain/errors.js';
import {
  edgeKey,
  type EdgeView,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type Properties,
} from '../../src/domain/graph-records.js';
import type { NodeType } from '../../src/domain/node-types.js';
import {
  encodeCursor,
  paginate,
  type Page,
  type PageRequest,
  type Position,
} from '../../src/domain/pagination.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { at } from '../support/at.js';

const EMOJI = 'city:\u{1F600}'; // a surrogate pair: before U+FB01 by code unit, after it by code point
const LIGATURE = 'city:\uFB01';

function node(key: string, type: NodeType): GraphNode {
  return { key, type, name: key, aliases: [], props: {}, sources: [{ source: 'source:test' }] };
}

function rel(
  type: RelationshipType,
  from: string,
  to: string,
  discriminator?: string,
  props: Properties = {},
): GraphEdge {
  return {
    key: edgeKey(type, from, to, discriminator),
    type,
    from,
    to,
    props,
    sources: [{ source: 'source:test', quote: `${from} ${type} ${to}` }],
  };
}

/** A network with members of several types, parallel memberships, twinnings stored either way. */
export function edgePagesFixture(): GraphData {
  return {
    nodes: [
      node('source:test', 'Source'),
      node('net:hub', 'Network'),
      node('net:big', 'Network'),
      node('city:a', 'Municipality'),
      node('city:b', 'Municipality'),
      node('city:c', 'Municipality'),
      node(EMOJI, 'Municipality'),
      node(LIGATURE, 'Municipality'),
      node('ngo:x', 'CivilSociety'),
      node('project:p', 'Project'),
      node('lonely', 'Foundation'),
    ],
    edges: [
      rel('MEMBER_OF', 'city:a', 'net:hub', undefined, { since: 2001 }),
      rel('MEMBER_OF', 'city:a', 'net:hub', 'x', { since: 2005, tags: ['x'] }),
      rel('MEMBER_OF', 'city:a', 'net:hub', '\u{1F600}'),
      rel('MEMBER_OF', 'city:a', 'net:hub', '\uFB01', { active: false }),
      rel('MEMBER_OF', 'city:b', 'net:hub'),
      rel('MEMBER_OF', EMOJI, 'net:hub'),
      rel('MEMBER_OF', LIGATURE, 'net:hub'),
      rel('MEMBER_OF', 'ngo:x', 'net:hub'),
      rel('MEMBER_OF', 'net:big', 'net:hub'),
      rel('MEMBER_OF', 'net:hub', 'net:big', undefined, { since: 1999 }),
      rel('TWINNED_WITH', 'city:a', 'city:b', undefined, { since: 1960 }),
      rel('TWINNED_WITH', 'city:c', 'city:a'),
      rel('TWINNED_WITH', 'city:a', 'city:a'),
      rel('TWINNED_WITH', LIGATURE, 'city:a'),
      rel('TWINNED_WITH', 'city:a', EMOJI),
      rel('COOPERATES_WITH', 'ngo:x', 'city:a'),
      rel('COOPERATES_WITH', 'city:a', 'net:hub'),
      rel('PARTICIPATES_IN', 'city:b', 'project:p', undefined, { role: 'PARTNER' }),
      rel('PARTICIPATES_IN', 'city:a', 'project:p', undefined, { role: 'LEAD' }),
      rel('PARTICIPATES_IN', 'ngo:x', 'project:p', undefined, { role: 'IMPLEMENTER' }),
    ],
  };
}

const HUB_MEMBERS: EdgePageSpec = { types: ['MEMBER_OF'], direction: 'IN' };
const TIES: EdgePageSpec = { types: ['TWINNED_WITH', 'COOPERATES_WITH'], direction: 'BOTH' };

/** [other key, relationship key, direction] of each item. */
function rows(page: Page<EdgeView>): [string, string, string][] {
  return page.items.map(({ value }) => [value.otherKey, value.edge.key, value.direction]);
}

export function defineEdgePagesSuite(
  name: string,
  open: (data: GraphData) => Promise<GraphStore>,
): void {
  describe(`GraphStore relationship pages (getEdgePages): ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await open(edgePagesFixture());
    });
    afterAll(async () => {
      await store?.close();
    });

    async function pageOf(key: string, spec: EdgePageSpec, request: PageRequest) {
      return at(await store.getEdgePages([key], spec, request), 0);
    }

    /** getEdges' list, kept by other-end type: what getEdgePages pages. */
    async function wholeList(key: string, spec: EdgePageSpec): Promise<EdgeView[]> {
      const views = at(await store.getEdges([key], spec), 0);
      if (spec.otherTypes === undefined) return views;
      const others = await store.getNodes(views.map((v) => v.otherKey));
      return views.filter((_v, i) => spec.otherTypes!.includes(others[i]!.type));
    }

    /** Every page of size `first`, following the cursors; checks what each page says. */
    async function walk(key: string, spec: EdgePageSpec, first: number): Promise<EdgeView[]> {
      const seen: EdgeView[] = [];
      let after: string | undefined;
      for (let i = 0; i < 50; i++) {
        const page = await pageOf(key, spec, after === undefined ? { first } : { first, after });
        expect(page.hasPreviousPage).toBe(after !== undefined);
        seen.push(...page.items.map((item) => item.value));
        if (!page.hasNextPage) {
          expect(seen.length).toBe(page.totalCount);
          return seen;
        }
        expect(page.items).toHaveLength(first);
        after = at(page.items, first - 1).cursor;
      }
      throw new Error('too many pages');
    }

    it('counts every relationship and gives the first page in type, other key, relationship key order', async () => {
      const page = await pageOf('net:hub', HUB_MEMBERS, { first: 6 });
      expect(page.totalCount).toBe(9);
      expect(page.hasNextPage).toBe(true);
      expect(page.hasPreviousPage).toBe(false);
      // Parallel memberships by relationship key: '#x' < '#\u{1F600}' < '#\uFB01' by code unit.
      expect(rows(page)).toEqual([
        ['city:a', 'MEMBER_OF:city:a->net:hub', 'IN'],
        ['city:a', 'MEMBER_OF:city:a->net:hub#x', 'IN'],
        ['city:a', 'MEMBER_OF:city:a->net:hub#\u{1F600}', 'IN'],
        ['city:a', 'MEMBER_OF:city:a->net:hub#\uFB01', 'IN'],
        ['city:b', 'MEMBER_OF:city:b->net:hub', 'IN'],
        [EMOJI, `MEMBER_OF:${EMOJI}->net:hub`, 'IN'],
      ]);
      expect(at(page.items, 0).cursor).toBe(
        encodeCursor({ sort: 'MEMBER_OF\u0000city:a', key: 'MEMBER_OF:city:a->net:hub' }),
      );
      const rest = await pageOf('net:hub', HUB_MEMBERS, {
        first: 6,
        after: at(page.items, 5).cursor,
      });
      expect(rows(rest)).toEqual([
        [LIGATURE, `MEMBER_OF:${LIGATURE}->net:hub`, 'IN'],
        ['net:big', 'MEMBER_OF:net:big->net:hub', 'IN'],
        ['ngo:x', 'MEMBER_OF:ngo:x->net:hub', 'IN'],
      ]);
      expect(rest).toMatchObject({ totalCount: 9, hasNextPage: false, hasPreviousPage: true });
    });

    it('gives the relationships whole, with their properties and sources, as getEdges does', async () => {
      const list = at(await store.getEdges(['net:hub'], HUB_MEMBERS), 0);
      const page = await pageOf('net:hub', HUB_MEMBERS, { first: 100 });
      expect(page.items.map((item) => item.value)).toEqual(list);
      expect(at(page.items, 1).value.edge).toEqual({
        key: 'MEMBER_OF:city:a->net:hub#x',
        type: 'MEMBER_OF',
        from: 'city:a',
        to: 'net:hub',
        props: { since: 2005, tags: ['x'] },
        sources: [{ source: 'source:test', quote: 'city:a MEMBER_OF net:hub' }],
      });
      expect(page.items.map((item) => item.cursor)).toEqual(
        list.map((view) => encodeCursor(edgePosition(view))),
      );
    });

    it('answers first: 0 with the count only, before and after a cursor', async () => {
      expect(await pageOf('net:hub', HUB_MEMBERS, { first: 0 })).toEqual({
        items: [],
        totalCount: 9,
        hasNextPage: true,
        hasPreviousPage: false,
      });
      const { items } = await pageOf('net:hub', HUB_MEMBERS, { first: 3 });
      expect(
        await pageOf('net:hub', HUB_MEMBERS, { first: 0, after: at(items, 2).cursor }),
      ).toEqual({
        items: [],
        totalCount: 9,
        hasNextPage: true,
        hasPreviousPage: true,
      });
      expect(await pageOf('lonely', HUB_MEMBERS, { first: 0 })).toEqual({
        items: [],
        totalCount: 0,
        hasNextPage: false,
        hasPreviousPage: false,
      });
    });

    it('walks every list page by page to exactly the whole list, for every page size', async () => {
      const cases: [string, EdgePageSpec][] = [
        ['net:hub', HUB_MEMBERS],
        ['net:hub', { types: ['MEMBER_OF'], direction: 'BOTH' }],
        ['net:hub', { types: ['MEMBER_OF', 'COOPERATES_WITH'], direction: 'BOTH' }],
        ['city:a', TIES],
        ['city:a', { types: ['MEMBER_OF', 'PARTICIPATES_IN', 'TWINNED_WITH'], direction: 'OUT' }],
        ['project:p', { types: ['PARTICIPATES_IN'], direction: 'IN' }],
        ['net:hub', { ...HUB_MEMBERS, otherTypes: ['Municipality', 'Network'] }],
      ];
      for (const [key, spec] of cases) {
        const whole = await wholeList(key, spec);
        expect(whole.length, JSON.stringify(spec)).toBeGreaterThan(2);
        for (const first of [1, 2, 3, whole.length - 1, whole.length, 100]) {
          expect(await walk(key, spec, first), `${key} ${JSON.stringify(spec)} ${first}`).toEqual(
            whole,
          );
        }
      }
    });

    it('resumes after any position, also one that is not an item, as paginate does', async () => {
      const whole = await wholeList('net:hub', HUB_MEMBERS);
      const positions: Position[] = [
        { sort: '', key: '' },
        { sort: 'M', key: 'm' }, // no separator: before every MEMBER_OF position
        { sort: 'MEMBER_OF', key: '' },
        { sort: 'MEMBER_OF\u0000city:a', key: '' },
        { sort: 'MEMBER_OF\u0000city:a', key: 'MEMBER_OF:city:a->net:hub#y' }, // between x and the emoji
        { sort: 'MEMBER_OF\u0000city:a', key: 'MEMBER_OF:city:a->net:hub#\uFB00' }, // between the emoji and U+FB01
        { sort: 'MEMBER_OF\u0000city:b', key: '\u{10FFFF}' },
        { sort: 'MEMBER_OF\u0000city:\uE000', key: '' }, // between the emoji and U+FB01 by code unit
        { sort: 'MEMBER_OF\u0000city:\u{1F601}', key: '' },
        { sort: 'MEMBER_OF\u0000city:\uFB01', key: `MEMBER_OF:${LIGATURE}->net:hub` },
        { sort: 'MEMBER_OF\u0000nf', key: '' },
        { sort: 'MEMBER_OF\u0001', key: '' }, // after every MEMBER_OF position
        { sort: 'Z', key: '' },
      ];
      for (const position of positions) {
        for (const first of [0, 2, 100]) {
          const request = { first, after: encodeCursor(position) };
          expect(
            await pageOf('net:hub', HUB_MEMBERS, request),
            `${JSON.stringify(position)} ${first}`,
          ).toEqual(paginate(whole, edgePosition, request));
        }
      }
    });

    it('keeps only the other ends of the given types, and counts only those', async () => {
      const municipalities = await pageOf(
        'net:hub',
        { ...HUB_MEMBERS, otherTypes: ['Municipality'] },
        { first: 3 },
      );
      expect(municipalities.totalCount).toBe(7);
      expect(rows(municipalities).map(([other, key]) => [other, key])).toEqual([
        ['city:a', 'MEMBER_OF:city:a->net:hub'],
        ['city:a', 'MEMBER_OF:city:a->net:hub#x'],
        ['city:a', 'MEMBER_OF:city:a->net:hub#\u{1F600}'],
      ]);
      const others = await pageOf(
        'net:hub',
        { ...HUB_MEMBERS, otherTypes: ['CivilSociety', 'Network', 'Project'] },
        { first: 10 },
      );
      expect(others.totalCount).toBe(2);
      expect(rows(others).map(([other]) => other)).toEqual(['net:big', 'ngo:x']);
      const none = await pageOf('net:hub', { ...HUB_MEMBERS, otherTypes: [] }, { first: 10 });
      expect(none).toEqual({
        items: [],
        totalCount: 0,
        hasNextPage: false,
        hasPreviousPage: false,
      });
      const participants = await pageOf(
        'project:p',
        { types: ['PARTICIPATES_IN'], direction: 'IN', otherTypes: ['Municipality'] },
        { first: 0 },
      );
      expect(participants.totalCount).toBe(2);
    });

    it('reads symmetric relationships whichever way they are stored, a self-loop once', async () => {
      const both = await pageOf('city:a', TIES, { first: 100 });
      expect(both.totalCount).toBe(7);
      expect(rows(both)).toEqual([
        ['net:hub', 'COOPERATES_WITH:city:a->net:hub', 'OUT'],
        ['ngo:x', 'COOPERATES_WITH:ngo:x->city:a', 'IN'],
        ['city:a', 'TWINNED_WITH:city:a->city:a', 'OUT'],
        ['city:b', 'TWINNED_WITH:city:a->city:b', 'OUT'],
        ['city:c', 'TWINNED_WITH:city:c->city:a', 'IN'],
        [EMOJI, `TWINNED_WITH:city:a->${EMOJI}`, 'OUT'],
        [LIGATURE, `TWINNED_WITH:${LIGATURE}->city:a`, 'IN'],
      ]);
      const twins: EdgePageSpec = { types: ['TWINNED_WITH'], direction: 'BOTH' };
      const fromB = await pageOf('city:b', twins, { first: 10 });
      expect(rows(fromB)).toEqual([['city:a', 'TWINNED_WITH:city:a->city:b', 'IN']]);
      const out = await pageOf('city:a', { ...twins, direction: 'OUT' }, { first: 10 });
      expect(rows(out).map(([other]) => other)).toEqual(['city:a', 'city:b', EMOJI]);
      const inward = await pageOf('city:a', { ...twins, direction: 'IN' }, { first: 10 });
      expect(rows(inward).map(([other]) => other)).toEqual(['city:a', 'city:c', LIGATURE]);
      // A relationship between the same two nodes both ways (not symmetric): both listed.
      const hubBoth = await pageOf(
        'net:hub',
        { types: ['MEMBER_OF'], direction: 'BOTH', otherTypes: ['Network'] },
        { first: 10 },
      );
      expect(rows(hubBoth)).toEqual([
        ['net:big', 'MEMBER_OF:net:big->net:hub', 'IN'],
        ['net:big', 'MEMBER_OF:net:hub->net:big', 'OUT'],
      ]);
    });

    it('answers several keys in one call, in key order, with empty pages for missing keys', async () => {
      const spec: EdgePageSpec = { types: ['MEMBER_OF', 'TWINNED_WITH'], direction: 'BOTH' };
      const keys = ['nope', 'net:hub', 'city:b', 'lonely', 'net:hub', EMOJI];
      const pages = await store.getEdgePages(keys, spec, { first: 2 });
      expect(pages).toHaveLength(keys.length);
      expect(pages[0]).toEqual({
        items: [],
        totalCount: 0,
        hasNextPage: false,
        hasPreviousPage: false,
      });
      expect(pages[3]).toEqual(pages[0]);
      expect(pages[4]).toEqual(pages[1]);
      expect(pages.map((page) => page.totalCount)).toEqual([0, 10, 2, 0, 10, 2]);
      for (const [i, key] of keys.entries()) {
        expect(pages[i], key).toEqual(await pageOf(key, spec, { first: 2 }));
      }
      // One cursor for every key: each resumes past the same position.
      const after = encodeCursor({ sort: 'MEMBER_OF\u0000net:hub', key: 'MEMBER_OF:zzz' });
      const resumed = await store.getEdgePages(['city:b', EMOJI], spec, { first: 5, after });
      expect(resumed.map(rows)).toEqual([
        [['city:a', 'TWINNED_WITH:city:a->city:b', 'IN']],
        [['city:a', `TWINNED_WITH:city:a->${EMOJI}`, 'IN']],
      ]);
      expect(resumed.map((page) => [page.totalCount, page.hasPreviousPage])).toEqual([
        [2, true],
        [2, true],
      ]);
      expect(await store.getEdgePages([], spec, { first: 2 })).toEqual([]);
      expect(
        await store.getEdgePages(['net:hub'], { types: [], direction: 'BOTH' }, { first: 2 }),
      ).toEqual([pages[0]]);
    });

    it('refuses a cursor it did not make', async () => {
      const error = await store
        .getEdgePages(['net:hub'], HUB_MEMBERS, { first: 2, after: 'not-a-cursor' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiplomapError);
      expect((error as DiplomapError).code).toBe('BAD_USER_INPUT');
    });
  });
}
