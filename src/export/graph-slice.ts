/**
 * What an export contains: the whole graph, or a slice — the nodes matching the filters (region,
 * theme, kinds, with the API's semantics), every relationship that touches them, and the nodes at
 * the other end of those, so a tool such as Gephi shows each selected node in its context
 * (its projects, networks, country, themes).
 */
import { badInput } from '../domain/errors.js';
import type { GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import { isNodeType, NODE_TYPES, type NodeType } from '../domain/node-types.js';
import { WHOLE_LIST } from '../domain/pagination.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';

export interface SliceFilter {
  /** `region:mediterranean`: nodes in it or a sub-region. */
  region?: string;
  /** `theme:migration` or `sdg:11`: nodes working on it. */
  theme?: string;
  /** Node types to select (Municipality, Project…). */
  kinds?: NodeType[];
}

export function isWholeGraph(filter: SliceFilter): boolean {
  return filter.region === undefined && filter.theme === undefined && filter.kinds === undefined;
}

/** Parses `region`, `theme` and `kinds` (comma-separated) from strings, as URLs and flags give them. */
export function parseSliceFilter(input: {
  region?: string | undefined;
  theme?: string | undefined;
  kinds?: string | undefined;
}): SliceFilter {
  const filter: SliceFilter = {};
  if (input.region) filter.region = input.region.trim();
  if (input.theme) filter.theme = input.theme.trim();
  if (input.kinds) {
    const kinds = input.kinds
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    const unknown = kinds.filter((k) => !isNodeType(k));
    if (unknown.length > 0)
      throw badInput(`Unknown kinds: ${unknown.join(', ')}. Kinds are ${NODE_TYPES.join(', ')}.`, {
        argument: 'kinds',
      });
    filter.kinds = kinds as NodeType[];
  }
  return filter;
}

/** Reads the slice from the store: one node query, one edge query, one lookup of the context nodes. */
export async function readSlice(store: GraphStore, filter: SliceFilter): Promise<GraphData> {
  await checkKeys(store, filter);
  const selected = await store.findNodes(
    {
      ...(filter.kinds ? { types: filter.kinds } : {}),
      ...(filter.region ? { region: filter.region } : {}),
      ...(filter.theme ? { topics: [filter.theme] } : {}),
      orderBy: 'KEY',
      direction: 'ASC',
    },
    { first: WHOLE_LIST },
  );
  const nodes = new Map<string, GraphNode>(selected.items.map((i) => [i.value.key, i.value]));
  const keys = [...nodes.keys()];
  const whole = isWholeGraph(filter);
  // The whole graph: each relationship once, from its start node. A slice: every relationship
  // touching a selected node.
  const views = await store.getEdges(keys, {
    types: [...RELATIONSHIP_TYPES],
    direction: whole ? 'OUT' : 'BOTH',
  });
  const edges = new Map<string, GraphEdge>();
  for (const list of views) for (const view of list) edges.set(view.edge.key, view.edge);
  if (!whole) {
    const context = [...edges.values()]
      .flatMap((e) => [e.from, e.to])
      .filter((key) => !nodes.has(key));
    const found = await store.getNodes([...new Set(context)]);
    for (const node of found) if (node) nodes.set(node.key, node);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => cmp(a.key, b.key)),
    edges: [...edges.values()].sort((a, b) => cmp(a.key, b.key)),
  };
}

async function checkKeys(store: GraphStore, filter: SliceFilter): Promise<void> {
  const wanted: [string, string, NodeType[]][] = [];
  if (filter.region) wanted.push(['region', filter.region, ['Region']]);
  if (filter.theme) wanted.push(['theme', filter.theme, ['Theme', 'Sdg']]);
  const found = await store.getNodes(wanted.map(([, key]) => key));
  wanted.forEach(([argument, key, types], i) => {
    const node = found[i];
    if (!node || !types.includes(node.type))
      throw badInput(
        `"${argument}" must be the key of a ${types.join(' or ')}, such as ${argument === 'region' ? 'region:mediterranean' : 'theme:migration or sdg:11'}; got "${key}".`,
        { argument },
      );
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
