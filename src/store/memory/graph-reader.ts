/** The embedded store's graph as the rules' evaluator reads it (src/domain/semantics/evaluator.ts). */
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { GraphReader, Link } from '../../domain/semantics/evaluator.js';

export type Graph = MultiDirectedGraph<GraphNode, GraphEdge>;

export class GraphologyReader implements GraphReader {
  constructor(private readonly graph: Graph) {}

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
