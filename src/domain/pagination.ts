/**
 * Keyset pagination shared by both stores. A cursor is the opaque position of an item in an
 * ordering: its sort value and its key. `after` resumes strictly past that position, so pages
 * stay stable when items are added elsewhere in the list.
 */
import { badInput } from './errors.js';
import { compareKeys } from './key-lists.js';

export type SortDirection = 'ASC' | 'DESC';

export interface PageRequest {
  first: number;
  after?: string;
}

export interface Position {
  sort: string;
  key: string;
}

export interface PageItem<T> {
  cursor: string;
  value: T;
}

export interface Page<T> {
  items: PageItem<T>[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.sort, position.key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { sort: parsed[0], key: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`Invalid cursor "${cursor}": pass a cursor returned by this API.`, { cursor });
}

/** Compares positions by sort value, then key — code-unit order, as Neo4j compares strings. */
export function comparePositions(a: Position, b: Position): number {
  if (a.sort !== b.sort) return a.sort < b.sort ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return 0;
}

/**
 * Pages a list that is already in the requested order. Used by the embedded store and for
 * relationship lists, which are loaded whole per node and cut here.
 */
export function paginate<T>(
  sorted: readonly T[],
  positionOf: (item: T) => Position,
  request: PageRequest,
  direction: SortDirection = 'ASC',
): Page<T> {
  let start = 0;
  if (request.after !== undefined) {
    const after = decodeCursor(request.after);
    const sign = direction === 'ASC' ? 1 : -1;
    start = sorted.findIndex((item) => sign * comparePositions(positionOf(item), after) > 0);
    if (start === -1) start = sorted.length;
  }
  const slice = sorted.slice(start, start + request.first);
  return {
    items: slice.map((value) => ({ cursor: encodeCursor(positionOf(value)), value })),
    totalCount: sorted.length,
    hasNextPage: start + request.first < sorted.length,
    hasPreviousPage: start > 0,
  };
}

/**
 * The page of `keys` in key order (each key its own sort value), as `paginate` gives it for the
 * sorted list, without sorting the whole list: a question with thousands of hits sorts only the
 * page it returns. Used where the keys come from an unordered set (the partnership index).
 */
export function pageOfKeys(keys: readonly string[], request: PageRequest): Page<string> {
  const after = request.after === undefined ? undefined : decodeCursor(request.after);
  let before = 0;
  const rest: string[] = [];
  for (const key of keys) {
    if (after !== undefined && comparePositions({ sort: key, key }, after) <= 0) before++;
    else rest.push(key);
  }
  const first = smallestKeys(rest, request.first);
  return {
    items: first.map(keyItem),
    totalCount: keys.length,
    hasNextPage: rest.length > request.first,
    hasPreviousPage: before > 0,
  };
}

/** A key as a page item, its own sort value. */
function keyItem(key: string): Page<string>['items'][number] {
  return { cursor: encodeCursor({ sort: key, key }), value: key };
}

/**
 * A page of a list of `totalCount` keys read in key order from the cursor on, as `pageOfKeys`
 * gives it, for a list counted apart (the partnership index's counts): `next` holds the hits
 * past the cursor, in key order, up to one more than the page (whether there is a next page);
 * `hitBefore`, whether a hit lies at or before the cursor.
 */
export function keyOrderPage(
  next: readonly string[],
  first: number,
  totalCount: number,
  hitBefore: boolean,
): Page<string> {
  return {
    items: next.slice(0, first).map(keyItem),
    totalCount,
    hasNextPage: next.length > first,
    hasPreviousPage: hitBefore,
  };
}

/**
 * Where a page starts in `sortedKeys` (each key its own sort value, in key order): the index of
 * the first key past the request's cursor, 0 without one.
 */
export function startPastCursor(sortedKeys: readonly string[], request: PageRequest): number {
  if (request.after === undefined) return 0;
  const after = decodeCursor(request.after);
  let lo = 0;
  let hi = sortedKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const key = sortedKeys[mid]!;
    if (comparePositions({ sort: key, key }, after) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The `n` smallest keys in order; a bounded insertion while `n` is small beside the list. */
function smallestKeys(keys: string[], n: number): string[] {
  if (n <= 0) return [];
  if (n * 8 >= keys.length) return keys.sort(compareKeys).slice(0, n);
  const top: string[] = [];
  for (const key of keys) {
    if (top.length === n && compareKeys(key, top[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(top[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, key);
    if (top.length > n) top.pop();
  }
  return top;
}

/** A page size that means "the whole list" (the largest integer a Neo4j LIMIT accepts). */
export const WHOLE_LIST = 2_147_483_647;
