/**
 * All shortest paths between two nodes, breadth-first, in path order (GraphPath): the search both
 * the embedded store (over its own graph) and the `asOf` composition (src/app/network/find-paths.ts,
 * over the port) run, given a way to read each level's relationships.
 */
import type { EdgeView } from '../graph-records.js';
import { compareKeys } from '../key-lists.js';
import type { GraphPath, PathStep, ShortestPathQuery } from '../network-queries.js';

interface Parent {
  prev: string;
  step: PathStep;
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
      for (const view of views[i]!) {
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
    list.sort(
      (a, b) => compareKeys(a.prev, b.prev) || compareKeys(a.step.edge.key, b.step.edge.key),
    );
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
