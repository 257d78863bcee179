/** pageOfEdges gives exactly paginate's pages on the sorted list, from an unsorted list. */
import { describe, expect, it } from 'vitest';
import { edgePageSpecId, edgePosition, pageOfEdges } from '../../src/domain/edge-pages.js';
import type { EdgeView } from '../../src/domain/graph-records.js';
import {
  comparePositions,
  encodeCursor,
  paginate,
  type PageRequest,
} from '../../src/domain/pagination.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: RelationshipType[] = ['MEMBER_OF', 'MEMBER_OF', 'PARTY_TO', 'TWINNED_WITH'];
const OTHERS = ['a', 'b', 'city:\u{1F600}', 'city:\uFB01', 'city:\u{1D538}', 'z', 'é'];

function views(next: () => number, size: number): EdgeView[] {
  // next() is in [0, 1), so the index is within the (non-empty) list.
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const result: EdgeView[] = [];
  const keys = new Set<string>();
  while (result.length < size) {
    const type = pick(TYPES);
    const other = pick(OTHERS);
    const key = `${type}:${other}->n#${pick(['', 'x', '\u{1F600}', '\uFB01'])}${result.length % 3}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const edge = { key, type, from: other, to: 'n', props: {}, sources: [] };
    result.push({ edge, otherKey: other, direction: 'IN' });
  }
  return result;
}

describe('pageOfEdges', () => {
  it('pages an unsorted list as paginate pages the sorted one, for any cursor and size', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const list = views(next, Math.floor(next() * 25));
      const sorted = [...list].sort((a, b) => comparePositions(edgePosition(a), edgePosition(b)));
      const cursors: (string | undefined)[] = [
        undefined,
        encodeCursor({ sort: '', key: '' }),
        encodeCursor({ sort: 'MEMBER_OF\u0000city:\uE000', key: 'k' }),
        encodeCursor({ sort: 'Z', key: '' }),
        ...sorted.map((view) => encodeCursor(edgePosition(view))),
      ];
      for (const after of cursors) {
        for (const first of [0, 1, 2, 5, 100]) {
          const request: PageRequest = after === undefined ? { first } : { first, after };
          expect(pageOfEdges(list, request)).toEqual(paginate(sorted, edgePosition, request));
        }
      }
    }
  });

  it('refuses a cursor it did not make', () => {
    expect(() => pageOfEdges([], { first: 1, after: 'nope' })).toThrow(/Invalid cursor/);
  });

  it('names a spec by its types, direction and other-end types, in any order', () => {
    expect(
      edgePageSpecId({
        types: ['PARTY_TO', 'MEMBER_OF'],
        direction: 'IN',
        otherTypes: ['Project'],
      }),
    ).toBe(
      edgePageSpecId({
        types: ['MEMBER_OF', 'PARTY_TO'],
        direction: 'IN',
        otherTypes: ['Project'],
      }),
    );
    const ids = new Set(
      [
        { types: ['MEMBER_OF'], direction: 'IN' },
        { types: ['MEMBER_OF'], direction: 'OUT' },
        { types: ['MEMBER_OF'], direction: 'IN', otherTypes: [] },
        { types: ['MEMBER_OF'], direction: 'IN', otherTypes: ['Project'] },
        { types: ['MEMBER_OF'], direction: 'IN', otherTypes: ['Project', 'Agreement'] },
      ].map((spec) => edgePageSpecId(spec as Parameters<typeof edgePageSpecId>[0])),
    );
    expect(ids.size).toBe(5);
  });
});
