/** The embedded store's graph as the rules' evaluator reads it (src/domain/semantics/evaluator.ts). */
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { GraphReader, Link } from '../../domain/semantics/evaluator.js';

export type Graph = MultiDirectedGraph<GraphNode, GraphEdge>;

export class GraphologyReader implements GraphReader {
  /** Relationships of a type into a node, counted since the last write (changed()). */
  private readonly counts = new Map<string, number>();

  constructor(private readonly graph: Graph) {}

  /** The graph was written: counts made before may be stale. */
  changed(): void {
    this.counts.clear();
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
    const links: Link[] = [];
    if (!this.graph.hasNode(key)) return links;
    this.graph.forEachOutEdge(key, (_e, edge, _s, target) => {
      if (edge.type === type) links.push({ other: target, edge });
    });
    return links;
  }

  in(key: string, type: RelationshipType): Link[] {
    const links: Link[] = [];
    if (!this.graph.hasNode(key)) return links;
    this.graph.forEachInEdge(key, (_e, edge, source) => {
      if (edge.type === type) links.push({ other: source, edge });
    });
    return links;
  }
}
