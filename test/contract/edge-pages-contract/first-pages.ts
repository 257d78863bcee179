/**
 * First pages: the count, the first page in order and its cursors, the relationships whole as
 * getEdges gives them, and `first: 0`. Part of the relationship-page contract (edge-pages-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { edgePosition } from '../../../src/domain/edge-pages.js';
import { encodeCursor } from '../../../src/domain/pagination.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { at } from '../../support/at.js';
import {
  edgePageReaders,
  EMOJI,
  HUB_MEMBERS,
  LIGATURE,
  rows,
  type EdgePagesContext,
} from './edge-pages-support.js';

export function firstPageTests(ctx: EdgePagesContext): void {
  const { pageOf } = edgePageReaders(ctx);
  let store: GraphStore;
  beforeAll(() => {
    store = ctx.store;
  });

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
    expect(await pageOf('net:hub', HUB_MEMBERS, { first: 0, after: at(items, 2).cursor })).toEqual({
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
}
