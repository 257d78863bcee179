/**
 * Several keys in one call (missing keys included, one cursor for all) and a refused cursor. Part
 * of the relationship-page contract (edge-pages-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import type { EdgePageSpec } from '../../../src/domain/edge-pages.js';
import { DiplomapError } from '../../../src/domain/errors.js';
import { encodeCursor } from '../../../src/domain/pagination.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import {
  edgePageReaders,
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
}
