/**
 * How search compares text (src/domain/search.ts): the tokens of a text, how many typos a query
 * token tolerates, and the edit distance that counts them.
 */
import { normalizeText } from './text.js';

/** Longest query token that typos are tolerated in (longer ones must match exactly or as a prefix). */
export const MAX_FUZZY_TOKEN_LENGTH = 20;

/** `normalizeText`, then runs of letters and digits: "Bogotá D.C." → ["bogota", "d", "c"]. */
export function searchTokens(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
}

/**
 * How many edits a query token tolerates: none for tokens of one or two characters, numbers
 * (`2015` must not find `2016`) and tokens longer than MAX_FUZZY_TOKEN_LENGTH; one up to five
 * characters; two from six.
 */
export function typoBudget(token: string): number {
  if (token.length <= 2 || token.length > MAX_FUZZY_TOKEN_LENGTH) return 0;
  if (/^\p{N}+$/u.test(token)) return 0;
  return token.length <= 5 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of two neighbouring characters, no
 * substring edited twice — what Lucene's fuzzy queries count), or `max + 1` when it is above `max`.
 * Compares UTF-16 code units.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let before = new Array<number>(m + 1).fill(0); // row i - 2
  let previous = Array.from({ length: m + 1 }, (_v, j) => j); // row i - 1
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Rows hold m + 1 entries and 1 ≤ j ≤ m, so every index below is in range.
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[m]!;
  return distance <= max ? distance : max + 1;
}
