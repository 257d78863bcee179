/**
 * A node's relationship list as it stood on a day: whether a relationship stood then depends on
 * its own dates and on both ends' (an agreement's signature, a project's start, a network's
 * founding: the time rules of src/domain/semantics/time-rules.ts), which a store cannot page by,
 * so the whole list and every other end are read, what stood is kept and paged here — in the
 * order and with the cursors of GraphStore.getEdgePages.
 */
import { edgePosition } from '../domain/edge-pages.js';
import type { EdgeView, GraphNode } from '../domain/graph-records.js';
import type { NodeType } from '../domain/node-types.js';
import { paginate, type Page, type PageRequest } from '../domain/pagination.js';
import { edgeStoodAt } from '../domain/semantics/time-rules.js';

export interface RelationshipLookup {
  /** The node's whole list of the asked relationships (GraphStore.getEdges). */
  relationships(key: string): Promise<EdgeView[]>;
  nodes(keys: readonly string[]): Promise<(GraphNode | null)[]>;
}

export async function relationshipPageAsOf(
  lookup: RelationshipLookup,
  key: string,
  request: PageRequest,
  asOf: string,
  accept?: readonly NodeType[],
): Promise<Page<EdgeView>> {
  const views = await lookup.relationships(key);
  const [self, ...others] = await lookup.nodes([key, ...views.map((v) => v.otherKey)]);
  const kept = views.filter((view, i) => {
    const other = others[i];
    if (!other || (accept && !accept.includes(other.type))) return false;
    return edgeStoodAt(view.edge, [self, other], asOf);
  });
  return paginate(kept, edgePosition, request);
}
