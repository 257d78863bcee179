/**
 * Candidate retrieval: the deletion and swap variants and the Lucene queries both stores build
 * their search indexes on, checked against the ranker (search-ranking.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  deletionVariants,
  editDistance,
  scoreMatch,
  swapVariants,
  typoBudget,
} from '../../src/domain/search.js';
import { MemorySearchIndex } from '../../src/store/memory/search-index.js';
import {
  escapeLucene,
  luceneQueriesFor,
  searchPropertiesOf,
} from '../../src/store/neo4j/search-index.js';
import { node, texts } from '../support/search-fixtures.js';

describe('candidate retrieval', () => {
  // Words around "milano" in the seeded graph, and some that are not near it.
  const words = [
    'milano',
    'milan',
    'mailand',
    'milanese',
    'mirano',
    'ailano',
    'molano',
    'imlano',
    'mliano',
    'milnao',
    'miano',
    'milanoo',
    'mlanoo',
    'torino',
    'roma',
    'firenze',
    'florenz',
    'florence',
    'bogota',
    'bogor',
    'sobota',
    'toyota',
    'firenzuola',
    'fiernze',
    'a',
    'ab',
    'abc',
    'mi',
  ];
  const queries = [
    'milano',
    'milan',
    'mialno',
    'imlano',
    'florenze',
    'fiernze',
    'bogota',
    'ab',
    'abd',
    'firenz',
    'mi',
  ];

  it('deletion variants meet for every pair within the typo budget', () => {
    for (const q of queries) {
      const budget = typoBudget(q);
      const mine = new Set(deletionVariants(q, budget));
      for (const w of words) {
        const within = editDistance(q, w, budget) <= budget;
        if (!within) continue;
        const theirs = deletionVariants(w, 2);
        expect(
          theirs.some((v) => mine.has(v)),
          `${q} ~ ${w}`,
        ).toBe(true);
      }
    }
  });

  it('the embedded index finds every word the ranker accepts, swaps included', () => {
    const index = new MemorySearchIndex();
    words.forEach((w, i) => index.upsert(node(`n${i}`, w)));
    for (const q of queries) {
      const found = new Set(index.candidates(q));
      words.forEach((w, i) => {
        if (scoreMatch(q, texts(w)) !== null) expect(found.has(`n${i}`), `${q} → ${w}`).toBe(true);
      });
    }
  });

  it('the embedded index follows a node written again', () => {
    const index = new MemorySearchIndex();
    index.upsert(node('a', 'Firenze'));
    expect(index.candidates('firenze')).toEqual(['a']);
    index.upsert(node('a', 'Milano'));
    expect(index.candidates('firenze')).toEqual([]);
    expect(index.candidates('milano')).toEqual(['a']);
  });

  it('swap variants make each non-overlapping swap once', () => {
    expect(swapVariants('abc', 1)).toEqual([
      { term: 'abc', swaps: 0 },
      { term: 'bac', swaps: 1 },
      { term: 'acb', swaps: 1 },
    ]);
    expect(swapVariants('abcd', 2).map((v) => v.term)).toContain('badc');
    expect(swapVariants('aab', 1).map((v) => v.term)).toEqual(['aab', 'aba']);
  });

  it('stores the words and the deletion variants of names for Neo4j', () => {
    const stored = searchPropertiesOf(node('x', 'Bogotá', ['Bogota'], "Bogotá's lanes"));
    expect(stored.searchTokens).toBe('bogota s lanes');
    expect(stored.searchVariants.split(' ')).toEqual(deletionVariants('bogota', 2));
  });

  it('builds one escaped Lucene query per distinct word, never with raw text', () => {
    expect(luceneQueriesFor('AB ab')).toEqual(['searchTokens:ab*']);
    const [milan] = luceneQueriesFor('Milàn');
    expect(milan).toBe(
      `searchTokens:milan* OR searchVariants:(${deletionVariants('milan', 1).join(' OR ')})`,
    );
    expect(luceneQueriesFor('a:b) OR (c* "d"~2 \\')).toEqual([
      'searchTokens:a*',
      'searchTokens:b*',
      'searchTokens:or*',
      'searchTokens:c*',
      'searchTokens:d*',
      'searchTokens:2*',
    ]);
    expect(escapeLucene('a:b (c) "d"~2* \\ /x/ +-&|!{}[]^?')).toBe(
      'a\\:b\\ \\(c\\)\\ \\"d\\"\\~2\\*\\ \\\\\\ \\/x\\/\\ \\+\\-\\&\\|\\!\\{\\}\\[\\]\\^\\?',
    );
  });
});
