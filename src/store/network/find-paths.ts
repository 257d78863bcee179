/**
 * Shortest paths between two nodes, composed from the port's batched `getEdges`: one round trip
 * per hop (a breadth-first search level by level), so every store gives the same answer and the
 * cost is bounded by `maxHops`, not by the size of the graph.
 */
import type { GraphEdge } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import type { GraphStore } from '../graph-store.js';
import { edgeViewsAsOf } from './as-of.js';

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  /** Relationship types a path may use (all when empty); read in either direction. */
  types?: RelationshipType[];
  /** How many alternatives to return at most. */
  k: number;
  /** Only relationships that stood on this day (YYYY-MM-DD). */
  asOf?: string;
}

export interface PathStep {
  edge: GraphEdge;
  /** OUT when the path walks the relationship from its start to its end. */
  direction: 'OUT' | 'IN';
}

export interface GraphPath {
  /** Node keys from `from` to `to`. */
  nodes: string[];
  /** The relationship between each pair of consecutive nodes. */
  steps: PathStep[];
}

interface Parent {
  prev: string;
  step: PathStep;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * All shortest paths (up to `k`) of at most `maxHops` relationships, ordered by their node keys
 * then relationship keys, position by position. Empty when none is that short; `[[from]]` when
 * `from` is `to`.
 */
export async function findPaths(store: GraphStore, query: PathQuery): Promise<GraphPath[]> {
  if (query.from === query.to) return [{ nodes: [query.from], steps: [] }];
  const types = query.types && query.types.length > 0 ? query.types : [...RELATIONSHIP_TYPES];
  const distance = new Map<string, number>([[query.from, 0]]);
  const parents = new Map<string, Parent[]>();
  let frontier = [query.from];
  for (let level = 1; level <= query.maxHops && frontier.length > 0; level++) {
    let views = await store.getEdges(frontier, { types, direction: 'BOTH' });
    if (query.asOf) views = await edgeViewsAsOf(store, frontier, views, query.asOf);
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
