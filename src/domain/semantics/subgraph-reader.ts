/**
 * A GraphReader over plain records: a whole small graph (tests), or the part of a store's graph
 * the rules reach from some keys (what a store that is not in memory loads before it evaluates).
 */
import type { GraphEdge, GraphNode } from '../graph-records.js';
import type { RelationshipType } from '../relationship-types.js';
import type { GraphReader, Link } from './evaluator.js';

export class SubgraphReader implements GraphReader {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly outgoing = new Map<string, Link[]>();
  private readonly incoming = new Map<string, Link[]>();

  constructor(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>) {
    for (const node of nodes) this.nodes.set(node.key, node);
    const seen = new Set<string>();
    for (const edge of edges) {
      if (seen.has(edge.key)) continue;
      seen.add(edge.key);
      push(this.outgoing, `${edge.from}\u0000${edge.type}`, { other: edge.to, edge });
      push(this.incoming, `${edge.to}\u0000${edge.type}`, { other: edge.from, edge });
    }
  }

  node(key: string): GraphNode | undefined {
    return this.nodes.get(key);
  }

  out(key: string, type: RelationshipType): Link[] {
    return this.outgoing.get(`${key}\u0000${type}`) ?? [];
  }

  in(key: string, type: RelationshipType): Link[] {
    return this.incoming.get(`${key}\u0000${type}`) ?? [];
  }
}

function push(map: Map<string, Link[]>, id: string, link: Link): void {
  const list = map.get(id);
  if (list) list.push(link);
  else map.set(id, [link]);
}
