/**
 * A GraphReader for a store that does not hold the graph in memory and cannot say ahead what the
 * rules will read: it answers from what has been loaded and notes every miss. The caller runs its
 * computation, loads the misses (one batch for every question of the pass), and runs it again,
 * until a pass misses nothing: then the answer is the one the whole graph gives. The rules are
 * not read twice to know what to load (RULE_DEPTH, rule-reach.ts in the app do that for fixed
 * questions); the passes are as many as the rules' walks are deep.
 *
 * A hub's size that is not loaded yet reads as large, so a first pass expands no hub: only hubs
 * known to be small have their members loaded (a network of thousands is counted, never listed).
 */
import type { GraphEdge, GraphNode } from '../graph-records.js';
import type { RelationshipType } from '../relationship-types.js';
import type { GraphReader, Link } from './evaluator.js';

export type Direction = 'OUT' | 'IN';

/** What a pass asked for and the reader did not have. */
export interface Misses {
  nodes: string[];
  links: { key: string; type: RelationshipType; direction: Direction }[];
  counts: { key: string; type: RelationshipType }[];
}

/** What a load brings: nodes (null: no such node), links by ask, counts by ask. */
export interface Loaded {
  nodes: { key: string; node: GraphNode | null }[];
  links: { key: string; type: RelationshipType; direction: Direction; edges: GraphEdge[] }[];
  counts: { key: string; type: RelationshipType; count: number }[];
}

const UNKNOWN_SIZE = Number.POSITIVE_INFINITY;

function linkId(key: string, type: RelationshipType, direction: Direction): string {
  return `${direction}\u0000${type}\u0000${key}`;
}

export class FaultingReader implements GraphReader {
  private readonly nodes = new Map<string, GraphNode | null>();
  private readonly links = new Map<string, Link[]>();
  private readonly sizes = new Map<string, number>();
  private misses = new Map<string, Misses['links'][number] | Misses['counts'][number] | string>();
  /** Every miss counted, the same one asked twice too: whether a computation missed anything. */
  private missEvents = 0;

  node(key: string): GraphNode | undefined {
    const node = this.nodes.get(key);
    if (node === undefined) this.miss(`N\u0000${key}`, key);
    return node ?? undefined;
  }

  out(key: string, type: RelationshipType): Link[] {
    return this.linksOf(key, type, 'OUT');
  }

  in(key: string, type: RelationshipType): Link[] {
    return this.linksOf(key, type, 'IN');
  }

  inCount(key: string, type: RelationshipType): number {
    const loaded = this.links.get(linkId(key, type, 'IN'));
    if (loaded) return loaded.length;
    const id = `C\u0000${type}\u0000${key}`;
    const n = this.sizes.get(id);
    if (n !== undefined) return n;
    this.miss(id, { key, type });
    return UNKNOWN_SIZE;
  }

  private linksOf(key: string, type: RelationshipType, direction: Direction): Link[] {
    const id = linkId(key, type, direction);
    const loaded = this.links.get(id);
    if (loaded) return loaded;
    this.miss(id, { key, type, direction });
    return [];
  }

  private miss(id: string, miss: Misses['links'][number] | Misses['counts'][number] | string) {
    this.missEvents += 1;
    this.misses.set(id, miss);
  }

  /** How many times it missed so far: unchanged across a computation that missed nothing. */
  get missed(): number {
    return this.missEvents;
  }

  /** How many nodes, link lists and sizes it holds (for a caller that bounds its memory). */
  size(): number {
    return this.nodes.size + this.links.size + this.sizes.size;
  }

  /** The misses since the last call (and forgets them); undefined when there were none. */
  takeMisses(): Misses | undefined {
    if (this.misses.size === 0) return undefined;
    const misses: Misses = { nodes: [], links: [], counts: [] };
    for (const [id, miss] of this.misses) {
      if (typeof miss === 'string') misses.nodes.push(miss);
      else if (id.startsWith('C\u0000')) misses.counts.push(miss);
      else misses.links.push(miss as Misses['links'][number]);
    }
    this.misses = new Map();
    return misses;
  }

  /** Adds what a load brought. */
  fill(loaded: Loaded): void {
    for (const { key, node } of loaded.nodes) this.nodes.set(key, node);
    for (const { key, type, direction, edges } of loaded.links)
      this.links.set(
        linkId(key, type, direction),
        edges.map((edge) => ({ other: direction === 'OUT' ? edge.to : edge.from, edge })),
      );
    for (const { key, type, count } of loaded.counts)
      this.sizes.set(`C\u0000${type}\u0000${key}`, count);
  }

  /** Adds nodes already at hand (the other ends of loaded links, when a load brings them). */
  know(nodes: Iterable<GraphNode>): void {
    for (const node of nodes) if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
  }
}

/**
 * Runs `compute` on `reader` until a pass misses nothing, loading each pass's misses with `load`.
 * At most `maxPasses` passes (a rule's walk cannot be deeper than the graph's regions and SDGs
 * nest; more is a bug), then throws.
 */
export async function settle<T>(
  reader: FaultingReader,
  compute: () => T,
  load: (misses: Misses) => Promise<Loaded>,
  maxPasses = 64,
): Promise<T> {
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    const answer = compute();
    const misses = reader.takeMisses();
    if (!misses) return answer;
    reader.fill(await load(misses));
  }
  throw new Error(`The rules read further than ${maxPasses} passes: a cycle in the graph?`);
}

/**
 * `settle` for many keys computed one at a time: a key whose computation missed nothing is done
 * and not computed again; the next pass computes only the keys that missed, once their misses are
 * loaded. The answers come in the keys' order (a key given twice is computed once).
 */
export async function settleEach<T>(
  reader: FaultingReader,
  keys: Iterable<string>,
  compute: (key: string) => T,
  load: (misses: Misses) => Promise<Loaded>,
  maxPasses = 64,
): Promise<Map<string, T>> {
  const order = [...new Set(keys)];
  const done = new Map<string, T>();
  let pending = order;
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    const missedAgain: string[] = [];
    for (const key of pending) {
      const before = reader.missed;
      const answer = compute(key);
      if (reader.missed === before) done.set(key, answer);
      else missedAgain.push(key);
    }
    const misses = reader.takeMisses();
    if (!misses) return new Map(order.map((key) => [key, done.get(key) as T]));
    reader.fill(await load(misses));
    pending = missedAgain;
  }
  throw new Error(`The rules read further than ${maxPasses} passes: a cycle in the graph?`);
}
