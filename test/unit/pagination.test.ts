import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiplomapError } from '../../src/domain/errors.js';
import { compareKeys } from '../../src/domain/key-lists.js';
import { decodeCursor, encodeCursor, pageOfKeys, paginate } from '../../src/domain/pagination.js';
import { normalizeText, searchTextOf } from '../../src/domain/text.js';
import { at } from '../support/at.js';

const items = ['a', 'b', 'c', 'd', 'e'];
const position = (s: string) => ({ sort: s, key: s });

describe('keyset pagination', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor({ sort: 'Bogotá', key: 'city:co-bogota' }))).toEqual({
      sort: 'Bogotá',
      key: 'city:co-bogota',
    });
  });

  it('rejects a cursor it did not make, with BAD_USER_INPUT', () => {
    for (const bad of [
      'garbage',
      encodeCursor({ sort: 'x', key: 'y' }).slice(3),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      try {
        decodeCursor(bad);
        expect.unreachable(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(DiplomapError);
        expect((error as DiplomapError).code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('resumes strictly after the cursor', () => {
    const first = paginate(items, position, { first: 2 });
    expect(first.items.map((i) => i.value)).toEqual(['a', 'b']);
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true, hasPreviousPage: false });
    const second = paginate(items, position, { first: 2, after: at(first.items, 1).cursor });
    expect(second.items.map((i) => i.value)).toEqual(['c', 'd']);
    expect(second).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = paginate(items, position, { first: 2, after: at(second.items, 1).cursor });
    expect(last.items.map((i) => i.value)).toEqual(['e']);
    expect(last.hasNextPage).toBe(false);
  });

  it('stays stable when the item at the cursor is gone', () => {
    const cursor = encodeCursor(position('b'));
    expect(
      paginate(['a', 'c', 'd'], position, { first: 5, after: cursor }).items.map((i) => i.value),
    ).toEqual(['c', 'd']);
  });

  it('pages a descending list', () => {
    const desc = [...items].reverse();
    const page = paginate(desc, position, { first: 2, after: encodeCursor(position('d')) }, 'DESC');
    expect(page.items.map((i) => i.value)).toEqual(['c', 'b']);
  });

  it('gives an empty page for first: 0 with the total', () => {
    expect(paginate(items, position, { first: 0 })).toMatchObject({
      items: [],
      totalCount: 5,
      hasNextPage: true,
    });
  });
});

describe('text normalisation', () => {
  it('ignores case and accents', () => {
    expect(normalizeText('  Bogotá  D.C. ')).toBe('bogota d.c.');
    expect(normalizeText('Kadıköy')).toBe('kadıkoy');
    expect(searchTextOf('Firenze', ['Florence'])).toBe('firenze|florence');
  });
});

describe('pageOfKeys', () => {
  // Keys that share prefixes, differ in case and in code units outside the BMP's first plane.
  const key = fc.stringMatching(/^[ab][a-cA\u00e9\u{1F600}]{0,3}$/u);

  it('gives the page paginate gives for the sorted keys, from the keys in any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 80, size: 'max' }),
        // Short pages of long lists too: only the page is sorted there.
        fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 90 })),
        fc.option(key, { nil: undefined }),
        fc.infiniteStream(fc.nat()),
        (keys, first, after, shuffle) => {
          const sorted = [...keys].sort(compareKeys);
          const shuffled = [...keys];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = shuffle.next().value % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const request =
            after === undefined ? { first } : { first, after: encodeCursor(position(after)) };
          expect(pageOfKeys(shuffled, request)).toEqual(paginate(sorted, position, request));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the smallest keys of a long list when the page is short', () => {
    const keys = Array.from(
      { length: 1000 },
      (_, i) => `k${String((i * 7919) % 1000).padStart(4, '0')}`,
    );
    const page = pageOfKeys(keys, { first: 3, after: encodeCursor(position('k0010')) });
    expect(page.items.map((i) => i.value)).toEqual(['k0011', 'k0012', 'k0013']);
    expect(page).toMatchObject({ totalCount: 1000, hasNextPage: true, hasPreviousPage: true });
  });
});
