/**
 * What an export contains: the whole graph, or the slice a researcher asks for — nodes in a
 * region, working on a theme, of some kinds (the store's NodeQuery semantics) — with every
 * relationship between two nodes of the slice.
 */
import { badInput } from '../domain/errors.js';
import type { GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import { NODE_TYPES, type NodeType } from '../domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';

export interface SliceFilter {
  region?: string;
  theme?: string;
  kinds?: NodeType[];
}

export interface SliceRequest {
  region?: string | undefined;
  theme?: string | undefined;
  /** Comma-separated node types (`Municipality,Project`). */
  kinds?: string | undefined;
}

/** Nodes per findNodes page, keys per getEdges call. */
const PAGE = 2_000;

/**
 * Checks a slice request against the graph: the region must be a Region, the theme a Theme or an
 * SDG, the kinds node types. Keys may be given bare (`mediterranean`, `migration`).
 */
export async function checkSlice(store: GraphStore, request: SliceRequest): Promise<SliceFilter> {
  const filter: SliceFilter = {};
  if (request.kinds !== undefined) {
    const kinds = request.kinds
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    // Case does not matter: `municipality` is Municipality.
    const typeOf = (k: string) => NODE_TYPES.find((t) => t.toLowerCase() === k.toLowerCase());
    const unknown = kinds.filter((k) => typeOf(k) === undefined);
    if (kinds.length === 0 || unknown.length > 0)
      throw badInput(
        `kinds must be a comma-separated list of node types (${NODE_TYPES.join(', ')}); unknown: ${unknown.join(', ') || '(empty)'}`,
        { argument: 'kinds' },
      );
    filter.kinds = kinds.map((k) => typeOf(k)!);
  }
  const checks: [keyof SliceRequest, string, readonly string[]][] = [
    ['region', 'region:', ['Region']],
    ['theme', 'theme:', ['Theme', 'Sdg']],
  ];
  for (const [argument, prefix, types] of checks) {
    const given = request[argument]?.trim();
    if (given === undefined) continue;
    if (given === '') throw badInput(`${argument} must not be empty`, { argument });
    const key = given.includes(':') ? given : `${prefix}${given}`;
    const [node] = await store.getNodes([key]);
    if (!node || !types.includes(node.type))
      throw badInput(`${argument} "${given}" is not a ${types.join(' or ')} in the graph`, {
        argument,
      });
    if (argument === 'region') filter.region = key;
    else filter.theme = key;
  }
  return filter;
}

/** The slice's nodes (in key order) and the relationships among them, paged through the store. */
export async function loadSlice(store: GraphStore, filter: SliceFilter): Promise<GraphData> {
  const nodes: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findNodes(
      {
        ...(filter.kinds ? { types: filter.kinds } : {}),
        ...(filter.region ? { region: filter.region } : {}),
        ...(filter.theme ? { topics: [filter.theme] } : {}),
        orderBy: 'KEY',
        direction: 'ASC',
      },
      { first: PAGE, ...(after ? { after } : {}) },
    );
    nodes.push(...page.items.map((item) => item.value));
    if (!page.hasNextPage || page.items.length === 0) break;
    after = page.items[page.items.length - 1]!.cursor;
  }
  const inSlice = new Set(nodes.map((n) => n.key));
  const edges = new Map<string, GraphEdge>();
  for (let i = 0; i < nodes.length; i += PAGE) {
    const keys = nodes.slice(i, i + PAGE).map((n) => n.key);
    // Outgoing only: each relationship is seen once, from the node it is stored from.
    const lists = await store.getEdges(keys, { types: [...RELATIONSHIP_TYPES], direction: 'OUT' });
    for (const views of lists)
      for (const { edge, otherKey } of views) if (inSlice.has(otherKey)) edges.set(edge.key, edge);
  }
  return {
    nodes,
    edges: [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

/** A short name for the slice, for file names: `region-mediterranean_theme-migration`. */
export function sliceName(filter: SliceFilter): string {
  const parts: string[] = [];
  if (filter.region) parts.push(filter.region.replace(':', '-'));
  if (filter.theme) parts.push(filter.theme.replace(':', '-'));
  if (filter.kinds) parts.push(`kinds-${filter.kinds.join('-')}`);
  return parts.length === 0 ? 'graph' : parts.join('_').replace(/[^A-Za-z0-9._-]+/g, '-');
}
