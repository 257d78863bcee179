/**
 * A small graph that edits can change, read as the rules read a graph (GraphReader): what the
 * partnership index's upkeep tests edit. Each edit returns the keys it touched — the nodes it
 * wrote and both ends of the relationships it wrote — as a store reports them to the index.
 */
import type { GraphData, GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';
import type { GraphReader, Link } from '../../src/domain/semantics/evaluator.js';

export class MutableGraph implements GraphReader {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  constructor(data: GraphData) {
    for (const n of data.nodes) this.nodes.set(n.key, n);
    for (const e of data.edges) this.edges.set(e.key, e);
  }

  node(key: string): GraphNode | undefined {
    return this.nodes.get(key);
  }

  out(key: string, type: RelationshipType): Link[] {
    if (!this.nodes.has(key)) return [];
    return [...this.edges.values()]
      .filter((e) => e.from === key && e.type === type)
      .map((edge) => ({ other: edge.to, edge }));
  }

  in(key: string, type: RelationshipType): Link[] {
    if (!this.nodes.has(key)) return [];
    return [...this.edges.values()]
      .filter((e) => e.to === key && e.type === type)
      .map((edge) => ({ other: edge.from, edge }));
  }

  putNode(node: GraphNode): string[] {
    this.nodes.set(node.key, node);
    return [node.key];
  }

  /** Removes a node and its relationships (as a store's delete does). */
  removeNode(key: string): string[] {
    const touched = [key];
    for (const e of [...this.edges.values()])
      if (e.from === key || e.to === key) touched.push(...this.removeEdge(e.key));
    this.nodes.delete(key);
    return touched;
  }

  /** Adds or replaces a relationship between existing nodes; nothing when an end is missing. */
  putEdge(edge: GraphEdge): string[] {
    if (!this.nodes.has(edge.from) || !this.nodes.has(edge.to)) return [];
    this.edges.set(edge.key, edge);
    return [edge.from, edge.to];
  }

  removeEdge(key: string): string[] {
    const edge = this.edges.get(key);
    if (!edge) return [];
    this.edges.delete(key);
    return [edge.from, edge.to];
  }

  actors(isActor: (node: GraphNode) => boolean): string[] {
    return [...this.nodes.values()].filter(isActor).map((n) => n.key);
  }
}
