/** The embedded store's reads of a node's relationships: all of some types, or a page of them. */
import { pageOfEdges, type EdgePageItem, type EdgePageRequest } from '../../domain/edge-pages.js';
import type { EdgeView } from '../../domain/graph-records.js';
import { compareKeys as cmp } from '../../domain/key-lists.js';
import { decodeCursor, type Page } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import type { CallOptions } from '../call-options.js';
import type { Graph } from './graph-reader.js';
import type { MemoryGraph } from './memory-graph.js';
import { TimeSlices } from './time-slices.js';

export async function getEdges(
  { graph }: MemoryGraph,
  keys: readonly string[],
  spec: EdgeSpec,
  options?: CallOptions,
): Promise<EdgeView[][]> {
  const slices = new TimeSlices(options?.signal);
  const lists: EdgeView[][] = [];
  for (const key of keys) {
    if (slices.due()) await slices.next();
    lists.push(
      edgeViews(graph, key, spec).sort(
        (a, b) =>
          cmp(a.edge.type, b.edge.type) ||
          cmp(a.otherKey, b.otherKey) ||
          cmp(a.edge.key, b.edge.key),
      ),
    );
  }
  return lists;
}

export async function getEdgePages(
  { graph }: MemoryGraph,
  requests: readonly EdgePageRequest[],
  options?: CallOptions,
): Promise<Page<EdgePageItem>[][]> {
  const slices = new TimeSlices(options?.signal);
  // Every cursor is read before any page: a bad one fails the call, as on Neo4j.
  for (const { page } of requests) if (page.after !== undefined) decodeCursor(page.after);
  const answers: Page<EdgePageItem>[][] = [];
  for (const { keys, spec, page } of requests) {
    const accept = spec.otherTypes === undefined ? undefined : new Set<string>(spec.otherTypes);
    const pages: Page<EdgePageItem>[] = [];
    for (const key of keys) {
      if (slices.due()) await slices.next();
      let views = edgeViews(graph, key, spec);
      if (accept) views = views.filter((v) => accept.has(graph.getNodeAttributes(v.otherKey).type));
      const { items, ...counts } = pageOfEdges(views, page);
      pages.push({
        ...counts,
        items: items.map(({ cursor, value }) => ({
          cursor,
          value: { ...value, other: graph.getNodeAttributes(value.otherKey) },
        })),
      });
    }
    answers.push(pages);
  }
  return answers;
}

/** A node's relationships of the spec's types and direction, unsorted ([] for a missing key). */
function edgeViews(graph: Graph, key: string, spec: EdgeSpec): EdgeView[] {
  const types = new Set<string>(spec.types);
  const views: EdgeView[] = [];
  if (!graph.hasNode(key)) return views;
  if (spec.direction !== 'IN') {
    graph.forEachOutEdge(key, (_e, edge, _s, target) => {
      if (types.has(edge.type)) views.push({ edge, otherKey: target, direction: 'OUT' });
    });
  }
  if (spec.direction !== 'OUT') {
    graph.forEachInEdge(key, (_e, edge, source) => {
      // A self-loop read BOTH ways is one relationship, listed once.
      if (types.has(edge.type) && !(spec.direction === 'BOTH' && source === key)) {
        views.push({ edge, otherKey: source, direction: 'IN' });
      }
    });
  }
  return views;
}
