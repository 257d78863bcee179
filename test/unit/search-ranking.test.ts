/**
 * The shared search ranker: tokens, typo budgets, edit distance, scores and search pages. The
 * retrieval helpers both stores build their indexes on are in search-retrieval.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph-records.js';
import {
  editDistance,
  SCORES,
  scoreMatch,
  searchPage,
  searchTextsOf,
  searchTokens,
  typoBudget,
} from '../../src/domain/search.js';
import { decodeCursor } from '../../src/domain/pagination.js';
import { at } from '../support/at.js';
import { node, texts } from '../support/search-fixtures.js';

describe('search tokens', () => {
  it('normalises case and accents and splits on anything but letters and digits', () => {
    expect(searchTokens('Bogotá D.C.')).toEqual(['bogota', 'd', 'c']);
    expect(searchTokens("l'urbanizzazione, 11.3")).toEqual(['l', 'urbanizzazione', '11', '3']);
    expect(searchTokens('  ÀNCI–FAO  ')).toEqual(['anci', 'fao']);
    expect(searchTokens('?!—')).toEqual([]);
  });

  it('tolerates no typo in short words and numbers, one up to five letters, two from six', () => {
    expect(
      ['ab', '2015', 'abc', 'abcde', 'abcdef', 'x'.repeat(20), 'x'.repeat(21)].map(typoBudget),
    ).toEqual([0, 0, 1, 1, 2, 2, 0]);
  });
});

describe('edit distance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('firenze', 'firenze', 2)).toBe(0);
    expect(editDistance('firenz', 'firenze', 2)).toBe(1);
    expect(editDistance('florenze', 'florence', 2)).toBe(1);
    expect(editDistance('fiernze', 'firenze', 2)).toBe(1);
    expect(editDistance('florenze', 'firenze', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('does not edit a substring twice, as Lucene counts', () => {
    // Unrestricted Damerau–Levenshtein would say 2 (ca → ac → abc).
    expect(editDistance('ca', 'abc', 3)).toBe(3);
  });

  it('stops above the limit', () => {
    expect(editDistance('milano', 'torino', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('the ranker', () => {
  it('ranks exact (as written, then ignoring accents) > words > prefix > fuzzy > description', () => {
    expect(SCORES).toEqual({
      verbatim: 5.5,
      exact: 5,
      words: 4,
      prefix: 3,
      fuzzy: 2,
      description: 1,
    });
    const bogota = texts('Bogotá', ['Bogota']);
    expect(scoreMatch('Bogota', bogota)).toEqual({ score: 5.5, matched: 'Bogota' });
    expect(scoreMatch('BOGOTÁ', bogota)).toEqual({ score: 5.5, matched: 'Bogotá' });
    expect(scoreMatch('bogotà', bogota)).toEqual({ score: 5, matched: 'Bogotá' });
    expect(scoreMatch('migration', texts('Mayors Migration Council'))).toEqual({
      score: 4,
      matched: 'Mayors Migration Council',
    });
    expect(scoreMatch('council migration', texts('Mayors Migration Council'))?.score).toBe(4);
    expect(scoreMatch('firenz', texts('Firenze'))).toEqual({ score: 3, matched: 'Firenze' });
    expect(scoreMatch('may mig', texts('Mayors Migration Council'))?.score).toBe(3);
    expect(scoreMatch('florenze', texts('Firenze', ['Florence', 'Florenz']))).toEqual({
      score: 2.4,
      matched: 'Florence',
    });
    expect(scoreMatch('florenze', texts('Firenze'))?.score).toBe(2.3);
    expect(
      scoreMatch('migration', texts('Sala', [], ['Launched the Mayors Migration Council.'])),
    ).toEqual({ score: 1, matched: 'Launched the Mayors Migration Council.' });
    expect(scoreMatch('migr', texts('Sala', [], ['Migration policies']))?.score).toBe(1);
  });

  it('requires every query word to match within one text', () => {
    expect(scoreMatch('firenze florence', texts('Firenze', ['Florence']))).toBeNull();
    expect(scoreMatch('milano torino', texts('Milano', [], ['Near Torino']))).toBeNull();
    expect(scoreMatch('torino', texts('Milano'))).toBeNull();
  });

  it('tolerates no typo in short words or numbers, and none in descriptions', () => {
    expect(scoreMatch('ab', texts('Ax'))).toBeNull();
    expect(scoreMatch('2016', texts('Expo 2015'))).toBeNull();
    expect(scoreMatch('migraton', texts('Sala', [], ['migration']))).toBeNull();
    expect(scoreMatch('migraton', texts('Migration'))?.score).toBe(2.4);
  });

  it('rejects text without words', () => {
    expect(scoreMatch('  ?! ', texts('Milano'))).toBeNull();
  });

  it('searches the description and the Italian title', () => {
    const target: GraphNode = {
      ...node('sdg:11.3', 'Target 11.3', [], 'By 2030, enhance inclusive urbanization'),
      type: 'Sdg',
      props: { titleIt: "Entro il 2030, migliorare l'urbanizzazione inclusiva" },
    };
    expect(searchTextsOf(target).descriptions).toHaveLength(2);
    expect(scoreMatch('urbanizzazione', searchTextsOf(target))).toEqual({
      score: 1,
      matched: "Entro il 2030, migliorare l'urbanizzazione inclusiva",
    });
  });
});

describe('search pages', () => {
  const nodes = [
    node('wd:Q9033216', 'Milán'),
    node('it-province:015', 'Milano', ['MI']),
    node('istat:015146', 'Milano', ['Milan', 'Mailand']),
    node('milan-urban-food-policy-pact', 'Milan Urban Food Policy Pact'),
    node('istat:027024', 'Mirano'),
    node('istat:001272', 'Torino'),
  ];

  it('orders by score, then shorter name, then key, and drops what does not match', () => {
    const page = searchPage({ text: 'Milan' }, nodes, { first: 10 });
    expect(page.items.map((i) => [i.value.node.key, i.value.score])).toEqual([
      ['istat:015146', 5.5],
      ['wd:Q9033216', 5],
      ['milan-urban-food-policy-pact', 4],
      ['it-province:015', 3],
    ]);
    // Mirano is two edits from "milan": more than a five-letter word tolerates.
    expect(page.totalCount).toBe(4);
    expect(
      searchPage({ text: 'Milano' }, nodes, { first: 10 }).items.map((i) => [
        i.value.node.key,
        i.value.score,
      ]),
    ).toEqual([
      ['istat:015146', 5.5],
      ['it-province:015', 5.5],
      ['wd:Q9033216', 2.4],
      ['istat:027024', 2.4],
      ['milan-urban-food-policy-pact', 2.4],
    ]);
  });

  it('pages with keyset cursors whose sort value orders as the ranking does', () => {
    const first = searchPage({ text: 'Milan' }, nodes, { first: 2 });
    expect(first.hasNextPage).toBe(true);
    const positions = first.items.map((i) => decodeCursor(i.cursor));
    expect(at(positions, 0).sort < at(positions, 1).sort).toBe(true);
    const rest = searchPage({ text: 'Milan' }, [...nodes].reverse(), {
      first: 10,
      after: at(first.items, 1).cursor,
    });
    expect(rest.hasPreviousPage).toBe(true);
    expect(rest.items.map((i) => i.value.node.key)).toEqual([
      'milan-urban-food-policy-pact',
      'it-province:015',
    ]);
  });

  it('filters by type and ignores a candidate given twice', () => {
    const types = searchPage({ text: 'Milano', types: ['Municipality'] }, [...nodes, ...nodes], {
      first: 10,
    });
    expect(types.totalCount).toBe(new Set(types.items.map((i) => i.value.node.key)).size);
    const none = searchPage({ text: 'Milano', types: ['Theme'] }, nodes, { first: 10 });
    expect(none.totalCount).toBe(0);
  });
});
