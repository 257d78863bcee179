/** getEdgePages with one request, as most tests ask it. */
import { expect } from 'vitest';
import type { EdgePageItem, EdgePageSpec } from '../../src/domain/edge-pages.js';
import type { EdgeView } from '../../src/domain/graph-records.js';
import type { Page, PageRequest } from '../../src/domain/pagination.js';
import type { GraphStore } from '../../src/store/graph-store.js';

/** The pages of one request, other ends included. */
export async function edgePagesOf(
  store: GraphStore,
  keys: readonly string[],
  spec: EdgePageSpec,
  page: PageRequest,
): Promise<Page<EdgePageItem>[]> {
  const answer = await store.getEdgePages([{ keys, spec, page }]);
  expect(answer).toHaveLength(1);
  return answer[0]!;
}

/**
 * The pages of one request as relationships alone, once every item is checked to carry exactly
 * the node getNodes reads at its other end.
 */
export async function viewPagesOf(
  store: GraphStore,
  keys: readonly string[],
  spec: EdgePageSpec,
  page: PageRequest,
): Promise<Page<EdgeView>[]> {
  const pages = await edgePagesOf(store, keys, spec, page);
  const items = pages.flatMap((p) => p.items.map((item) => item.value));
  const nodes = await store.getNodes(items.map((item) => item.otherKey));
  expect(items.map((item) => item.other)).toEqual(nodes);
  return pages.map((p) => ({
    ...p,
    items: p.items.map(({ cursor, value: { other: _other, ...view } }) => ({
      cursor,
      value: view,
    })),
  }));
}
