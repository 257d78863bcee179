/**
 * The item of a list at `index` (negative counts from the end, as Array.at), failing the test
 * with a clear message when there is none: tests read answers by position without `!`.
 */
export function at<T>(list: readonly T[], index: number): T {
  const item = list.at(index);
  if (item === undefined)
    throw new Error(`expected an item at ${index}; the list has ${list.length}`);
  return item;
}
