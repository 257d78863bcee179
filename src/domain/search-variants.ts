/**
 * Candidate retrieval helpers for the stores' search indexes: what an index must find so that no
 * node the ranker (src/domain/search.ts) would accept is missed.
 */

/**
 * Every string made by deleting up to `deletions` characters of `token`, `token` itself included,
 * of at least `minLength` characters, sorted. Two tokens are within `k` edits (as `editDistance`
 * counts them) only if their variants with up to `k` deletions share a string (symmetric
 * deletion), so an index of the variants of stored words finds every fuzzy match of a query token
 * by exact lookups of the query's variants, with no cap on how many words match.
 */
export function deletionVariants(token: string, deletions: number, minLength = 2): string[] {
  const all = new Set<string>();
  let frontier = new Set<string>([token]);
  if (token.length >= minLength) all.add(token);
  for (let step = 0; step < deletions; step++) {
    const next = new Set<string>();
    for (const text of frontier) {
      for (let i = 0; i < text.length; i++) {
        const variant = text.slice(0, i) + text.slice(i + 1);
        if (variant.length < minLength || next.has(variant)) continue;
        next.add(variant);
        all.add(variant);
      }
    }
    frontier = next;
  }
  return [...all].sort();
}

/**
 * `token` with up to `maxSwaps` non-overlapping swaps of two neighbouring characters, each with
 * the number of swaps made (the fewest, when two ways give the same string), `token` itself first.
 * An index that counts only insertions, deletions and substitutions (Levenshtein, as MiniSearch
 * does) finds every word within `k` edits of `token` as counted by `editDistance` by looking up
 * each variant with `k - swaps` Levenshtein edits.
 */
export function swapVariants(token: string, maxSwaps: number): { term: string; swaps: number }[] {
  const found = new Map<string, number>([[token, 0]]);
  const swapAt = (text: string, i: number) =>
    text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  const visit = (text: string, from: number, swaps: number) => {
    if (swaps === maxSwaps) return;
    for (let i = from; i + 1 < text.length; i++) {
      if (text[i] === text[i + 1]) continue;
      const variant = swapAt(text, i);
      const known = found.get(variant);
      if (known === undefined || known > swaps + 1) found.set(variant, swaps + 1);
      visit(variant, i + 2, swaps + 1);
    }
  };
  visit(token, 0, 0);
  return [...found].map(([term, swaps]) => ({ term, swaps }));
}
