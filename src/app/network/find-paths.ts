/**
 * Shortest paths between two nodes. The store answers the question whole (GraphStore.shortestPaths:
 * one round trip). As the network stood on a day (`asOf`), the search is composed here from the
 * port's batched `getEdges` instead, one round trip per hop (a breadth-first search level by
 * level, each relationship checked with the domain's time rule), so every store applies time
 * identically and the cost is bounded by `maxHops`, not by the size of the graph. The embedded
 * store answers `shortestPaths` with the same search over its own graph.
 */
import type { EdgeView } from '../../domain/graph-records.js';
import type { GraphPath, PathStep, ShortestPathQuery } from '../../domain/network-queries.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { GraphStore } from '../../store/graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export type { GraphPath, PathStep } from '../../domain/network-queries.js';

export interface PathQuery extends ShortestPathQuery {
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

interface Parent {
  prev: string;
  step: PathStep;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * All shortest paths (up to `k`) of at most `maxHops` relationships, in path order (GraphPath).
 * Empty when none is that short; `[[from]]` when `from` is `to`.
 */
export async function findPaths(store: GraphStore, query: PathQuery): Promise<GraphPath[]> {
  const { asOf, ...search } = query;
  if (asOf === undefined) return store.shortestPaths(search);
  const types = search.types && search.types.length > 0 ? search.types : [...RELATIONSHIP_TYPES];
  return searchShortestPaths(search, async (frontier) => {
    const views = await store.getEdges(frontier, { types, direction: 'BOTH' });
    return edgeViewsAsOf(store, frontier, views, asOf);
  });
}

/**
 * The search itself, breadth-first from `from`: `relationshipsOf` gives, for each key of a
 * level, its relationships of the asked types read both ways (GraphStore.getEdges' lists), once
 * per level.
 */
export async function searchShortestPaths(
  query: ShortestPathQuery,
  relationshipsOf: (frontier: string[]) => Promise<EdgeView[][]>,
): Promise<GraphPath[]> {
  if (query.from === query.to) return [{ nodes: [query.from], steps: [] }];
  const distance = new Map<string, number>([[query.from, 0]]);
  const parents = new Map<string, Parent[]>();
  let frontier = [query.from];
  for (let level = 1; level <= query.maxHops && frontier.length > 0; level++) {
    const views = await relationshipsOf(frontier);
    const next: string[] = [];
    frontier.forEach((node, i) => {
      for (const view of views[i]) {
        const other = view.otherKey;
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, level);
          next.push(other);
        }
        if ((seen ?? level) === level) {
          const list = parents.get(other) ?? [];
          list.push({ prev: node, step: { edge: view.edge, direction: view.direction } });
          parents.set(other, list);
        }
      }
    });
    if (distance.has(query.to)) break;
    frontier = next;
  }
  if (!distance.has(query.to)) return [];

  // Children on some shortest path to `to`, found walking back from it.
  const children = new Map<string, Parent[]>(); // keyed by prev: { prev: child, step }
  const onPath = new Set<string>([query.to]);
  const stack = [query.to];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const parent of parents.get(node) ?? []) {
      const list = children.get(parent.prev) ?? [];
      list.push({ prev: node, step: parent.step });
      children.set(parent.prev, list);
      if (!onPath.has(parent.prev)) {
        onPath.add(parent.prev);
        stack.push(parent.prev);
      }
    }
  }
  for (const list of children.values()) {
    list.sort((a, b) => cmp(a.prev, b.prev) || cmp(a.step.edge.key, b.step.edge.key));
  }

  // Depth-first from `from` in sorted order yields the paths in order; stop at k.
  const paths: GraphPath[] = [];
  const walk = (node: string, nodes: string[], steps: PathStep[]) => {
    if (paths.length >= query.k) return;
    if (node === query.to) return void paths.push({ nodes, steps });
    for (const child of children.get(node) ?? [])
      walk(child.prev, [...nodes, child.prev], [...steps, child.step]);
  };
  walk(query.from, [query.from], []);
  return paths;
}
