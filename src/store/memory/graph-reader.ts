/** The embedded store's graph as the rules' evaluator reads it (src/domain/semantics/evaluator.ts). */
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { GraphReader, Link } from '../../domain/semantics/evaluator.js';

export type Graph = MultiDirectedGraph<GraphNode, GraphEdge>;

/** A node with this many relationships one way is a hub: its lists by type are kept. */
const HUB_RELATIONSHIPS = 64;

export class GraphologyReader implements GraphReader {
  /** Relationships of a type into a node, counted since the last write (changed()). */
  private readonly counts = new Map<string, number>();

  constructor(private readonly graph: Graph) {}

  /** Hubs' relationships by direction and type, since the last write (changed()). */
  private readonly hubLinks = new Map<string, Link[]>();

  /** The graph was written: counts and lists made before may be stale. */
  changed(): void {
    this.counts.clear();
    this.hubLinks.clear();
  }

  inCount(key: string, type: RelationshipType): number {
    const id = `${type}\u0000${key}`;
    let n = this.counts.get(id);
    if (n === undefined) this.counts.set(id, (n = this.in(key, type).length));
    return n;
  }

  node(key: string): GraphNode | undefined {
    return this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : undefined;
  }

  out(key: string, type: RelationshipType): Link[] {
    return this.links(key, type, 'out');
  }

  in(key: string, type: RelationshipType): Link[] {
    return this.links(key, type, 'in');
  }

  /**
   * A node's relationships of a type one way. A hub's (a country, an SDG, a network: thousands of
   * relationships of every type) are kept until the next write, read-only: a question walking
   * through it would otherwise scan them all each time it passes.
   */
  private links(key: string, type: RelationshipType, direction: 'out' | 'in'): Link[] {
    const id = `${direction}\u0000${type}\u0000${key}`;
    const kept = this.hubLinks.get(id);
    if (kept) return kept;
    const links: Link[] = [];
    if (!this.graph.hasNode(key)) return links;
    let scanned = 0;
    if (direction === 'out')
      this.graph.forEachOutEdge(key, (_e, edge, _s, target) => {
        scanned++;
        if (edge.type === type) links.push({ other: target, edge });
      });
    else
      this.graph.forEachInEdge(key, (_e, edge, source) => {
        scanned++;
        if (edge.type === type) links.push({ other: source, edge });
      });
    if (scanned >= HUB_RELATIONSHIPS) this.hubLinks.set(id, Object.freeze(links) as Link[]);
    return links;
  }
}
