/**
 * Which relationships a page holds: the other-end type filter, and symmetric relationships read
 * whichever way they are stored. Part of the relationship-page contract (edge-pages-suite.ts).
 */
import { expect, it } from 'vitest';
import type { EdgePageSpec } from '../../../src/domain/edge-pages.js';
import {
  edgePageReaders,
  EMOJI,
  HUB_MEMBERS,
  LIGATURE,
  rows,
  TIES,
  type EdgePagesContext,
} from './edge-pages-support.js';

export function typeAndDirectionTests(ctx: EdgePagesContext): void {
  const { pageOf } = edgePageReaders(ctx);

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
}
