/**
 * Pages of a node's relationships — what a relationship field of the API (an actor's projects, a
 * network's members) lists. The order and the cursors are those of `GraphStore.getEdges` cut by
 * `paginate`: relationship type, then the other node's key, then the relationship key, all by
 * UTF-16 code unit. Both stores answer `GraphStore.getEdgePages` with these positions, so a cursor
 * from one page resumes on either store.
 */
import type { EdgeView, GraphNode } from './graph-records.js';
import type { NodeType } from './node-types.js';
import {
  comparePositions,
  decodeCursor,
  encodeCursor,
  type Page,
  type PageRequest,
  type Position,
} from './pagination.js';
import { edgeSpecId, type EdgeSpec } from './queries.js';

/** Relationships as in EdgeSpec, keeping only those whose other end has one of `otherTypes`. */
export interface EdgePageSpec extends EdgeSpec {
  /** The other end's accepted node types; every type when omitted, none when empty. */
  otherTypes?: readonly NodeType[];
}

/** One question of a `getEdgePages` call: a page of these nodes' relationships, as `spec` says. */
export interface EdgePageRequest {
  keys: readonly string[];
  spec: EdgePageSpec;
  page: PageRequest;
}

/**
 * A relationship of a page with the node at its other end, read in the same round trip: a field
 * that lists related nodes needs no second call for them.
 */
export interface EdgePageItem extends EdgeView {
  other: GraphNode;
}

export function edgePageSpecId(spec: EdgePageSpec): string {
  const others =
    spec.otherTypes === undefined ? '*' : [...new Set(spec.otherTypes)].sort().join(',');
  return `${edgeSpecId(spec)}|${others}`;
}

/** The position of a relationship in its node's list (the separator sorts before any character). */
export function edgePosition(view: EdgeView): Position {
  return { sort: `${view.edge.type}\u0000${view.otherKey}`, key: view.edge.key };
}

/**
 * Pages an unsorted list of one node's relationships: the same page `paginate` gives on the list
 * sorted by `edgePosition`, without sorting what the page does not need (`first: 0` only counts).
 */
export function pageOfEdges(views: readonly EdgeView[], request: PageRequest): Page<EdgeView> {
  const after = request.after === undefined ? undefined : decodeCursor(request.after);
  let rest = views;
  let skipped = 0;
  if (after !== undefined) {
    rest = views.filter((view) => comparePositions(edgePosition(view), after) > 0);
    skipped = views.length - rest.length;
  }
  const items =
    request.first === 0
      ? []
      : rest
          .map((view) => ({ view, position: edgePosition(view) }))
          .sort((a, b) => comparePositions(a.position, b.position))
          .slice(0, request.first)
          .map(({ view, position }) => ({ cursor: encodeCursor(position), value: view }));
  return {
    items,
    totalCount: views.length,
    hasNextPage: skipped + request.first < views.length,
    hasPreviousPage: skipped > 0,
  };
}

/** The page of a key that has no relationship to list (or no node). */
export function emptyEdgePage<T extends EdgeView = EdgeView>(): Page<T> {
  return { items: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
}
