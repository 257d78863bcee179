/**
 * Several keys in one call (missing keys included, one cursor for all) and a refused cursor. Part
 * of the relationship-page contract (edge-pages-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import type { EdgePageRequest, EdgePageSpec } from '../../../src/domain/edge-pages.js';
import { DiplomapError } from '../../../src/domain/errors.js';
import { encodeCursor } from '../../../src/domain/pagination.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { edgePagesOf, viewPagesOf } from '../../support/edge-pages.js';
import {
  edgePageReaders,
  edgePagesFixture,
  EMOJI,
  HUB_MEMBERS,
  rows,
  type EdgePagesContext,
} from './edge-pages-support.js';

export function severalKeyTests(ctx: EdgePagesContext): void {
  const { pageOf } = edgePageReaders(ctx);
  let store: GraphStore;
  beforeAll(() => {
    store = ctx.store;
  });

  it('answers several keys in one call, in key order, with empty pages for missing keys', async () => {
    const spec: EdgePageSpec = { types: ['MEMBER_OF', 'TWINNED_WITH'], direction: 'BOTH' };
    const keys = ['nope', 'net:hub', 'city:b', 'lonely', 'net:hub', EMOJI];
    const pages = await viewPagesOf(store, keys, spec, { first: 2 });
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
    const resumed = await viewPagesOf(store, ['city:b', EMOJI], spec, { first: 5, after });
    expect(resumed.map(rows)).toEqual([
      [['city:a', 'TWINNED_WITH:city:a->city:b', 'IN']],
      [['city:a', `TWINNED_WITH:city:a->${EMOJI}`, 'IN']],
    ]);
    expect(resumed.map((page) => [page.totalCount, page.hasPreviousPage])).toEqual([
      [2, true],
      [2, true],
    ]);
    expect(await viewPagesOf(store, [], spec, { first: 2 })).toEqual([]);
    expect(
      await viewPagesOf(store, ['net:hub'], { types: [], direction: 'BOTH' }, { first: 2 }),
    ).toEqual([pages[0]]);
  });

  it('answers several requests in one call, each as asked alone, with the other ends whole', async () => {
    const after = encodeCursor({
      sort: 'MEMBER_OF\u0000city:a',
      key: 'MEMBER_OF:city:a->net:hub#x',
    });
    const requests: EdgePageRequest[] = [
      { keys: ['net:hub', 'project:p'], spec: HUB_MEMBERS, page: { first: 3 } },
      {
        keys: ['project:p'],
        spec: { types: ['PARTICIPATES_IN'], direction: 'IN' },
        page: { first: 2 },
      },
      {
        keys: ['net:hub'],
        spec: { ...HUB_MEMBERS, otherTypes: ['Municipality'] },
        page: { first: 0 },
      },
      { keys: ['net:hub'], spec: HUB_MEMBERS, page: { first: 2, after } },
      { keys: ['city:a'], spec: { types: [], direction: 'BOTH' }, page: { first: 2 } },
      { keys: [], spec: HUB_MEMBERS, page: { first: 2 } },
      {
        keys: ['nope', 'city:a'],
        spec: { types: ['TWINNED_WITH'], direction: 'BOTH' },
        page: { first: 9 },
      },
    ];
    const together = await store.getEdgePages(requests);
    expect(together.map((pages) => pages.length)).toEqual([2, 1, 1, 1, 1, 0, 2]);
    for (const [i, { keys, spec, page }] of requests.entries()) {
      expect(together[i], String(i)).toEqual(await edgePagesOf(store, keys, spec, page));
    }
    expect(together.map((pages) => pages.map((p) => p.totalCount))).toEqual([
      [9, 0],
      [3],
      [7],
      [9],
      [0],
      [],
      [0, 5],
    ]);
    expect(rows(together[3]![0]!)).toEqual([
      // By UTF-16 code unit: the surrogate pair before U+FB01.
      ['city:a', 'MEMBER_OF:city:a->net:hub#\u{1F600}', 'IN'],
      ['city:a', 'MEMBER_OF:city:a->net:hub#\uFB01', 'IN'],
    ]);
    // Each item carries the node at its other end, exactly as stored.
    const nodes = new Map(edgePagesFixture().nodes.map((n) => [n.key, n]));
    const items = together.flat().flatMap((p) => p.items.map((item) => item.value));
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.other, item.otherKey).toEqual(nodes.get(item.otherKey));
    expect(await store.getEdgePages([])).toEqual([]);
    // One bad cursor refuses the whole call.
    const error = await store
      .getEdgePages([
        ...requests,
        { keys: ['net:hub'], spec: HUB_MEMBERS, page: { first: 1, after: 'nope' } },
      ])
      .catch((e: unknown) => e);
    expect((error as DiplomapError).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not make', async () => {
    const error = await viewPagesOf(store, ['net:hub'], HUB_MEMBERS, {
      first: 2,
      after: 'not-a-cursor',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiplomapError);
    expect((error as DiplomapError).code).toBe('BAD_USER_INPUT');
  });
}
