/**
 * What an export contains: the whole graph, or a slice — the nodes matching the filters (region,
 * theme, kinds, with the API's semantics), every relationship that touches them, and the nodes at
 * the other end of those, so a tool such as Gephi shows each selected node in its context
 * (its projects, networks, country, themes).
 */
import { setImmediate } from 'node:timers/promises';
import { badInput } from '../domain/errors.js';
import type { GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import { isNodeType, NODE_TYPES, type NodeType } from '../domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';
import type { GraphStore } from '../store/graph-store.js';
import { compareKeys } from '../domain/key-lists.js';

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
        allowed: [...NODE_TYPES],
      });
    filter.kinds = kinds as NodeType[];
  }
  return filter;
}

/** Nodes per store call when an export reads the store in pages, by key. */
export const EXPORT_PAGE_SIZE = 2_000;
/**
 * Pages of the one filtered reading are larger: a filtered page costs the store a pass over every
 * match (the embedded store sorts them all), a page by key only its keys.
 */
const FILTERED_PAGES_PER_PAGE = 5;

export interface SliceReadOptions {
  pageSize?: number;
  /** Stops the reading between pages (a client that went away). */
  signal?: AbortSignal;
}

/**
 * A slice read from the store a page at a time, so an export holds one page of records (and the
 * keys) at once: the selected nodes in key order, then the context nodes, then the relationships
 * page by page. Each can be read again (an export reads twice: once for its columns, once to
 * write). The filters are applied once, on the first reading; later readings look the nodes up by
 * key. The store may change between readings: a node deleted since is left out, and `edgePages`
 * leaves out relationships whose ends were not written, so a file never points to a node it lacks.
 */
export class SliceReader {
  /** The selected keys in key order, once read. */
  private selected?: string[];
  private selectedSet?: Set<string>;
  private context?: string[];
  private readonly pageSize: number;

  private constructor(
    private readonly store: GraphStore,
    readonly filter: SliceFilter,
    private readonly options: SliceReadOptions,
  ) {
    this.pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  }

  /** Checks the filter's keys (BAD_USER_INPUT naming the allowed ones) before anything is read. */
  static async open(
    store: GraphStore,
    filter: SliceFilter,
    options: SliceReadOptions = {},
  ): Promise<SliceReader> {
    await checkKeys(store, filter);
    return new SliceReader(store, filter, options);
  }

  get whole(): boolean {
    return isWholeGraph(this.filter);
  }

  /** The selected nodes, then (for a slice) the nodes at the other end of their relationships. */
  async *nodePages(): AsyncGenerator<GraphNode[]> {
    if (this.selected) yield* this.byKey(this.selected);
    else yield* this.matching();
    if (!this.whole) yield* this.byKey(await this.contextKeys());
  }

  /** The keys of the nodes `nodePages` gives, without reading the nodes again once known. */
  async nodeKeys(): Promise<string[]> {
    const selected = await this.selectedKeys();
    return this.whole ? selected : [...selected, ...(await this.contextKeys())];
  }

  /**
   * The relationships, each once: of the whole graph, each from its start node; of a slice,
   * every relationship touching a selected node. Only those whose ends `written` holds.
   */
  async *edgePages(written: (key: string) => boolean = () => true): AsyncGenerator<GraphEdge[]> {
    const selected = await this.selectedKeys();
    const inSlice = this.whole ? undefined : this.selectedSet!;
    for (let i = 0; i < selected.length; i += this.pageSize) {
      const keys = selected.slice(i, i + this.pageSize);
      const views = await this.store.getEdges(keys, {
        types: [...RELATIONSHIP_TYPES],
        direction: this.whole ? 'OUT' : 'BOTH',
      });
      const edges: GraphEdge[] = [];
      views.forEach((list, j) => {
        for (const { edge, otherKey } of list) {
          // Between two selected nodes, a relationship is listed from both: keep it at its start.
          if (inSlice && edge.from !== keys[j] && inSlice.has(otherKey)) continue;
          if (written(edge.from) && written(edge.to)) edges.push(edge);
        }
      });
      if (edges.length > 0) yield edges;
      await this.pause();
    }
  }

  /** The nodes matching the filters, in key order, a page at a time; keeps their keys. */
  private async *matching(): AsyncGenerator<GraphNode[]> {
    const keys: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.store.findNodes(
        {
          ...(this.filter.kinds ? { types: this.filter.kinds } : {}),
          ...(this.filter.region ? { region: this.filter.region } : {}),
          ...(this.filter.theme ? { topics: [this.filter.theme] } : {}),
          orderBy: 'KEY',
          direction: 'ASC',
        },
        { first: this.pageSize * FILTERED_PAGES_PER_PAGE, ...(after ? { after } : {}) },
      );
      const nodes = page.items.map((item) => item.value);
      for (const node of nodes) keys.push(node.key);
      if (nodes.length > 0) yield nodes;
      await this.pause();
      if (!page.hasNextPage || page.items.length === 0) break;
      after = page.items[page.items.length - 1]!.cursor;
    }
    this.selected = keys;
    if (!this.whole) this.selectedSet = new Set(keys);
  }

  /** The nodes with these keys, a page at a time (those deleted since are left out). */
  private async *byKey(keys: readonly string[]): AsyncGenerator<GraphNode[]> {
    for (let i = 0; i < keys.length; i += this.pageSize) {
      const found = await this.store.getNodes(keys.slice(i, i + this.pageSize));
      const nodes = found.filter((node): node is GraphNode => node !== null);
      if (nodes.length > 0) yield nodes;
      await this.pause();
    }
  }

  private async selectedKeys(): Promise<string[]> {
    if (!this.selected) for await (const _page of this.matching());
    return this.selected!;
  }

  private async contextKeys(): Promise<string[]> {
    if (!this.context) {
      await this.selectedKeys();
      const context = new Set<string>();
      for await (const edges of this.edgePages())
        for (const edge of edges)
          for (const end of [edge.from, edge.to]) if (!this.selectedSet!.has(end)) context.add(end);
      this.context = [...context].sort(compareKeys);
    }
    return this.context;
  }

  /** Lets other requests run between pages (the embedded store answers without waiting). */
  private async pause(): Promise<void> {
    await setImmediate();
    this.options.signal?.throwIfAborted();
  }
}

/** The whole slice in memory, nodes and relationships in key order (tests, small slices). */
export async function readSlice(store: GraphStore, filter: SliceFilter): Promise<GraphData> {
  const reader = await SliceReader.open(store, filter);
  const nodes: GraphNode[] = [];
  for await (const page of reader.nodePages()) nodes.push(...page);
  const keys = new Set(nodes.map((node) => node.key));
  const edges: GraphEdge[] = [];
  for await (const page of reader.edgePages((key) => keys.has(key))) edges.push(...page);
  return {
    nodes: nodes.sort((a, b) => compareKeys(a.key, b.key)),
    edges: edges.sort((a, b) => compareKeys(a.key, b.key)),
  };
}

async function checkKeys(store: GraphStore, filter: SliceFilter): Promise<void> {
  const wanted: [string, string, NodeType[]][] = [];
  if (filter.region) wanted.push(['region', filter.region, ['Region']]);
  if (filter.theme) wanted.push(['theme', filter.theme, ['Theme', 'Sdg']]);
  if (wanted.length === 0) return;
  const found = await store.getNodes(wanted.map(([, key]) => key));
  for (const [i, [argument, key, types]] of wanted.entries()) {
    const node = found[i];
    if (node && types.includes(node.type)) continue;
    // Themes, and SDG goals (their targets work too); every region.
    const allowed = await store.findNodes(
      { types: argument === 'region' ? ['Region'] : ['Theme'], orderBy: 'KEY', direction: 'ASC' },
      { first: MAX_ALLOWED_LISTED },
    );
    const keys = allowed.items.map((item) => item.value.key);
    if (argument === 'theme') keys.push(...SDG_GOALS.map((goal) => `sdg:${goal}`));
    throw badInput(
      `"${argument}" must be the key of a ${types.join(' or ')}, such as ${argument === 'region' ? 'region:mediterranean' : 'theme:migration or sdg:11'}; got "${key}".`,
      { argument, allowed: keys },
    );
  }
}

const MAX_ALLOWED_LISTED = 500;
const SDG_GOALS = Array.from({ length: 17 }, (_, i) => i + 1);
