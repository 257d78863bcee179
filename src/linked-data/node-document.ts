/**
 * What `/id/{key}` describes, read through the GraphStore port (so both stores answer alike): the
 * node, one page of its relationships both ways, and the nodes those relationships and all the
 * citations point to (for their names). Three store calls at most, whatever the page size.
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
  const [pages] = await store.getEdgePages([
    { keys: [node.key], spec: { types: [...RELATIONSHIP_TYPES], direction: 'BOTH' }, page },
  ]);
  const relationships = pages![0]!;
  const related = new Map<string, GraphNode>();
  const wanted = new Set<string>();
  for (const p of node.sources) wanted.add(p.source);
  for (const { value } of relationships.items) {
    if (value.otherKey !== node.key) related.set(value.otherKey, value.other);
    for (const p of value.edge.sources) wanted.add(p.source);
  }
  wanted.delete(node.key);
  // The other ends came with the page; only the cited sources are left to read.
  const keys = [...wanted].filter((key) => !related.has(key)).sort();
  const nodes = keys.length > 0 ? await store.getNodes(keys) : [];
  nodes.forEach((n, i) => {
    if (n) related.set(keys[i]!, n);
  });
  return { node, relationships, related };
}

/** The document's triples: the node, its relationships on this page, and labels of the rest. */
export function documentQuads(doc: NodeDocument, mapper: TripleMapper): Quad[] {
  const out = mapper.node(doc.node);
  for (const { value } of doc.relationships.items) out.push(...mapper.relationship(value.edge));
  for (const key of [...doc.related.keys()].sort())
    out.push(...mapper.label(doc.related.get(key)!));
  return out;
}
