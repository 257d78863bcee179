/**
 * The embedded store's reads of nodes and relationships by key, of node lists (findNodes) and of
 * search candidates, over the MemoryGraph's indexes.
 */
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { paginate, type Page, type PageRequest, type Position } from '../../domain/pagination.js';
import type { NodeQuery } from '../../domain/queries.js';
import { searchPage, type SearchHit, type SearchQuery } from '../../domain/search.js';
import { throwIfAborted, type CallOptions } from '../call-options.js';
import type { MemoryGraph } from './memory-graph.js';
import { TimeSlices } from './time-slices.js';

export function getNodes(
  { graph }: MemoryGraph,
  keys: readonly string[],
  options?: CallOptions,
): (GraphNode | null)[] {
  throwIfAborted(options);
  return keys.map((key) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : null));
}

export function getRelationships(
  { graph }: MemoryGraph,
  keys: readonly string[],
  options?: CallOptions,
): (GraphEdge | null)[] {
  throwIfAborted(options);
  return keys.map((key) => (graph.hasEdge(key) ? graph.getEdgeAttributes(key) : null));
}

export async function findNodes(
  data: MemoryGraph,
  query: NodeQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<GraphNode>> {
  const slices = new TimeSlices(options?.signal);
  let candidates: string[] = [];
  const types = query.types ? [...new Set(query.types)] : [...data.keysByType.keys()];
  const allowed = new Set<string>(types);
  const ofType = (key: string) => allowed.has(data.node(key).type);
  if (query.keys !== undefined) {
    candidates = [...new Set(query.keys)].filter((key) => data.graph.hasNode(key) && ofType(key));
  } else if (query.memberOf !== undefined) {
    // A network's members: far fewer than every node of the types.
    candidates = data.semantics.membersOf(query.memberOf).filter(ofType);
  } else for (const type of types) candidates.push(...(data.keysByType.get(type) ?? []));

  const matches: GraphNode[] = [];
  const keep = data.filter(query);
  for (const key of candidates) {
    if (slices.due()) await slices.next();
    if (keep(key)) matches.push(data.node(key));
  }

  const positionOf = (node: GraphNode): Position => ({
    sort: query.orderBy === 'NAME' ? node.name : node.key,
    key: node.key,
  });
  const sign = query.direction === 'ASC' ? 1 : -1;
  matches.sort((a, b) => {
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (pa.sort !== pb.sort) return sign * (pa.sort < pb.sort ? -1 : 1);
    return sign * (pa.key < pb.key ? -1 : pa.key > pb.key ? 1 : 0);
  });
  return paginate(matches, positionOf, page, query.direction);
}

export function search(
  data: MemoryGraph,
  query: SearchQuery,
  page: PageRequest,
  options?: CallOptions,
): Page<SearchHit> {
  throwIfAborted(options);
  const candidates = data.searchIndex.candidates(query.text).map((key) => data.node(key));
  return searchPage(query, candidates, page);
}
