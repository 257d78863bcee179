/**
 * Cursors: walking every list page by page, and resuming after any position as `paginate` does.
 * Part of the relationship-page contract (edge-pages-suite.ts).
 */
import { expect, it } from 'vitest';
import { edgePosition, type EdgePageSpec } from '../../../src/domain/edge-pages.js';
import { encodeCursor, paginate, type Position } from '../../../src/domain/pagination.js';
import {
  edgePageReaders,
  HUB_MEMBERS,
  LIGATURE,
  TIES,
  type EdgePagesContext,
} from './edge-pages-support.js';

export function cursorTests(ctx: EdgePagesContext): void {
  const { pageOf, wholeList, walk } = edgePageReaders(ctx);

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
}
