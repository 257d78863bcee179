/** Small hand-made graphs for unit tests: nodes and relationships with a test source. */
import type { GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';

export const testSource = [{ source: 'source:test' }];

export function node(key: string, type: GraphNode['type'] = 'Municipality'): GraphNode {
  return { key, type, name: key, aliases: [], props: {}, sources: testSource };
}

export function edge(type: RelationshipType, from: string, to: string): GraphEdge {
  return { key: `${type}:${from}->${to}`, type, from, to, props: {}, sources: testSource };
}
