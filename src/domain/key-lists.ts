/** Ordering of key lists shared by both stores (evidence paths, partnership `via`). */

/** Compares lists element by element, a shorter prefix first (as Cypher orders lists). */
export function compareKeyLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
