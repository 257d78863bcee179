/**
 * The embedded store's state: the graphology graph, the rules' evaluator over it, and the
 * indexes kept beside it (keys by type, name text, search). Every write goes through here, so
 * the indexes and the evaluator's caches never disagree with the graph.
 */
import Graph from 'graphology';
import { missingEndpoints, type ChangeRecord, type ChangeSet } from '../../domain/changes.js';
import type { GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { compareKeys } from '../../domain/key-lists.js';
import type { NodeType } from '../../domain/node-types.js';
import { Semantics } from '../../domain/semantics/evaluator.js';
import { searchTextOf } from '../../domain/text.js';
import { GraphologyReader, type Graph as DiplomapGraph } from './graph-reader.js';
import { nodeFilter, type NodeFilter } from './node-filter.js';
import { MemorySearchIndex } from './search-index.js';
import { actorKeys, IndexedPartners, topicKeys } from './indexed-partners.js';

export class MemoryGraph {
  readonly graph: DiplomapGraph = new Graph.MultiDirectedGraph<GraphNode, GraphEdge>();
  private readonly reader = new GraphologyReader(this.graph);
  readonly semantics = new Semantics(this.reader);
  /** Partner questions, the headline from the partnership index (indexed-partners.ts). */
  readonly partners = new IndexedPartners(
    this.reader,
    this.semantics,
    () => actorKeys(this.keysByType),
    () => topicKeys(this.keysByType),
  );
  /** The keys the write under way touched, for the index's upkeep. */
  private touched = new Set<string>();
  readonly keysByType = new Map<NodeType, Set<string>>();
  readonly searchIndex = new MemorySearchIndex();
  private readonly searchText = new Map<string, string>();

  /** The node of a key the caller knows is in the graph (from an index or an edge). */
  node(key: string): GraphNode {
    return this.graph.getNodeAttributes(key);
  }

  /** A test for the nodes the filter keeps (node-filter.ts). */
  filter(query: NodeFilter): (key: string) => boolean {
    return nodeFilter(this.semantics, query, (key) => this.searchText.get(key));
  }

  /** Writes `data`, or nothing when a relationship's endpoint is in neither it nor the graph. */
  upsert(data: GraphData, onProgress?: (done: number, total: number) => void): void {
    // Check first, so a bad batch writes nothing (as in Neo4j, where it is one transaction).
    const incoming = new Set(data.nodes.map((n) => n.key));
    const missing = new Set<string>();
    for (const edge of data.edges) {
      for (const end of [edge.from, edge.to])
        if (!incoming.has(end) && !this.graph.hasNode(end)) missing.add(end);
    }
    if (missing.size > 0) throw missingEndpoints([...missing]);
    const total = data.nodes.length + data.edges.length;
    let done = 0;
    for (const node of data.nodes) {
      this.putNode(node);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    for (const edge of data.edges) {
      this.putEdge(edge);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    this.keepIndex();
    onProgress?.(total, total);
  }

  /** Applies a checked change set (also when the journal is replayed). */
  apply(changes: ChangeSet): void {
    for (const key of changes.deleteEdges) if (this.graph.hasEdge(key)) this.dropEdge(key);
    this.changed();
    for (const key of changes.deleteNodes) this.removeNode(key);
    for (const node of changes.putNodes) this.putNode(node);
    for (const edge of changes.putEdges) this.putEdge(edge);
    this.keepIndex();
  }

  /** Counts made before a write may be stale after it. */
  private changed(): void {
    this.semantics.changed();
    this.reader.changed();
  }

  /** Keeps the partnership index up with what the last write touched. */
  private keepIndex(): void {
    const touched = this.touched;
    this.touched = new Set();
    this.partners.changed(touched);
  }

  /** What the change overwrites or deletes, including relationships of deleted nodes. */
  stateBefore(changes: ChangeSet): ChangeRecord['before'] {
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    for (const key of [...changes.deleteNodes, ...changes.putNodes.map((n) => n.key)]) {
      if (this.graph.hasNode(key)) nodes.set(key, this.graph.getNodeAttributes(key));
    }
    for (const key of changes.deleteNodes) {
      if (this.graph.hasNode(key))
        this.graph.forEachEdge(key, (e, edge) => void edges.set(e, edge));
    }
    for (const key of [...changes.deleteEdges, ...changes.putEdges.map((e) => e.key)]) {
      if (this.graph.hasEdge(key)) edges.set(key, this.graph.getEdgeAttributes(key));
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => compareKeys(a.key, b.key)),
      edges: [...edges.values()].sort((a, b) => compareKeys(a.key, b.key)),
    };
  }

  private putNode(node: GraphNode): void {
    if (this.graph.hasNode(node.key)) {
      const previous = this.graph.getNodeAttributes(node.key);
      if (previous.type !== node.type) this.keysByType.get(previous.type)?.delete(node.key);
      this.graph.replaceNodeAttributes(node.key, node);
    } else this.graph.addNode(node.key, node);
    this.touched.add(node.key);
    let keys = this.keysByType.get(node.type);
    if (!keys) this.keysByType.set(node.type, (keys = new Set()));
    keys.add(node.key);
    this.searchText.set(node.key, searchTextOf(node.name, node.aliases));
    this.searchIndex.upsert(node);
  }

  private removeNode(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const node = this.graph.getNodeAttributes(key);
    this.keysByType.get(node.type)?.delete(key);
    this.searchText.delete(key);
    this.searchIndex.remove(key);
    this.touched.add(key);
    this.graph.forEachNeighbor(key, (other) => void this.touched.add(other));
    this.graph.dropNode(key); // and its relationships
    this.changed();
  }

  private dropEdge(key: string): void {
    this.touched.add(this.graph.source(key)).add(this.graph.target(key));
    this.graph.dropEdge(key);
  }

  private putEdge(edge: GraphEdge): void {
    this.changed();
    this.touched.add(edge.from).add(edge.to);
    if (this.graph.hasEdge(edge.key)) {
      // Same key, other endpoints: the relationship moves.
      if (this.graph.source(edge.key) !== edge.from || this.graph.target(edge.key) !== edge.to) {
        this.dropEdge(edge.key);
        this.graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge);
      } else this.graph.replaceEdgeAttributes(edge.key, edge);
    } else this.graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge);
  }
}
