/**
 * What `/id/{key}` describes, read through the GraphStore port (so both stores answer alike): the
 * node, one page of its relationships both ways, and the nodes those relationships and all the
 * citations point to (for their names). Three store calls whatever the page size.
 */
import type { EdgeView, GraphNode } from '../domain/graph-records.js';
import { isActorKind } from '../domain/node-types.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';
import type { Quad } from 'n3';
import type { TripleMapper } from './graph-triples.js';

export const DEFAULT_RELATIONSHIPS_PER_PAGE = 100;
export const MAX_RELATIONSHIPS_PER_PAGE = 500;

export interface NodeDocument {
  node: GraphNode;
  relationships: Page<EdgeView>;
  /** Other ends of the page's relationships and every cited Source, by key. */
  related: Map<string, GraphNode>;
}

/**
 * The node a requested key names: the key itself, or — for the `actor:<key>` form some links use —
 * the actor it prefixes. `undefined` when nothing matches.
 */
export async function resolveKey(
  store: GraphStore,
  requested: string,
): Promise<GraphNode | undefined> {
  const alias = /^actor:(.+)$/.exec(requested)?.[1];
  const [exact, aliased] = await store.getNodes(alias ? [requested, alias] : [requested]);
  if (exact) return exact;
  if (aliased && isActorKind(aliased.type)) return aliased;
  return undefined;
}

export async function readNodeDocument(
  store: GraphStore,
  node: GraphNode,
  page: PageRequest,
): Promise<NodeDocument> {
  const [relationships] = await store.getEdgePages(
    [node.key],
    { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' },
    page,
  );
  const wanted = new Set<string>();
  for (const p of node.sources) wanted.add(p.source);
  for (const { value } of relationships!.items) {
    wanted.add(value.otherKey);
    for (const p of value.edge.sources) wanted.add(p.source);
  }
  wanted.delete(node.key);
  const keys = [...wanted].sort();
  const nodes = await store.getNodes(keys);
  const related = new Map<string, GraphNode>();
  nodes.forEach((n, i) => {
    if (n) related.set(keys[i]!, n);
  });
  return { node, relationships: relationships!, related };
}

/** The document's triples: the node, its relationships on this page, and labels of the rest. */
export function documentQuads(doc: NodeDocument, mapper: TripleMapper): Quad[] {
  const out = mapper.node(doc.node);
  for (const { value } of doc.relationships.items) out.push(...mapper.relationship(value.edge));
  for (const key of [...doc.related.keys()].sort())
    out.push(...mapper.label(doc.related.get(key)!));
  return out;
}
