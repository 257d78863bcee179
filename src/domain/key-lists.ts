/** Ordering of keys and key lists shared by every layer (evidence paths, partnership `via`, pages). */

/** Compares two keys by UTF-16 code unit, the order of every list the API returns. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares lists element by element, a shorter prefix first (as Cypher orders lists). */
export function compareKeyLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const byKey = compareKeys(a[i]!, b[i]!);
    if (byKey !== 0) return byKey;
  }
  return a.length - b.length;
}
