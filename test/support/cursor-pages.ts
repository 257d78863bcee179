/**
 * Pages asked with cursors from all over a list answer as the whole list cut there by the domain's
 * rule (`paginate`): a store that reads a page in key order from its cursor (the partnership
 * index's counts) must give what counting and sorting every hit gives.
 */
import { expect } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  paginate,
  type Page,
  type PageRequest,
} from '../../src/domain/pagination.js';

/**
 * The cursors: after the first items, after a page, after the middle and the last items, before
 * every item (empty sort value and key) and just before an item (its sort value, an empty key).
 */
export function cursorsAcross<T>(whole: Page<T>, first: number): string[] {
  const n = whole.items.length;
  const at = [0, 1, first, Math.floor(n / 2), n - 2, n - 1].filter((i) => i >= 0 && i < n);
  const cursors = [...new Set(at)].map((i) => whole.items[i]!.cursor);
  cursors.push(encodeCursor({ sort: '', key: '' }));
  const middle = whole.items[Math.floor(n / 2)];
  if (middle) cursors.push(encodeCursor({ sort: decodeCursor(middle.cursor).sort, key: '' }));
  return cursors;
}

/** The page of `whole` after `after`, as `paginate` cuts it. */
export function expectedPage<T>(whole: Page<T>, request: PageRequest): Page<T> {
  const cut = paginate(whole.items, (item) => decodeCursor(item.cursor), request);
  return { ...cut, items: cut.items.map((item) => item.value) };
}

/** Each page of `first` after each cursor across `whole` equals the whole list cut there. */
export async function expectPagesAcross<T>(
  whole: Page<T>,
  first: number,
  ask: (request: PageRequest) => Promise<Page<T>>,
  label: string,
): Promise<void> {
  for (const after of cursorsAcross(whole, first)) {
    const request = { first, after };
    const position = JSON.stringify(decodeCursor(after));
    expect(await ask(request), `${label} after ${position}`).toEqual(expectedPage(whole, request));
  }
}
