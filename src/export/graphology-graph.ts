/**
 * Graph data as a graphology graph whose attributes are the flat columns of record-columns.ts
 * (the form the GEXF and GraphML writers write), and back from a parsed file.
 */
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { GraphData } from '../domain/graph-records.js';
import {
  EDGE_COLUMNS,
  edgeFromRow,
  edgeRow,
  NODE_COLUMNS,
  nodeFromRow,
  nodeRow,
} from './record-columns.js';

export type FlatGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export function toGraphology(data: GraphData): FlatGraph {
  const graph = new Graph.MultiDirectedGraph<Attributes, Attributes>();
  for (const node of data.nodes) {
    const { key, ...attributes } = nodeRow(node);
    graph.addNode(key, attributes);
  }
  for (const edge of data.edges) {
    const { key, from, to, ...attributes } = edgeRow(edge);
    graph.addDirectedEdgeWithKey(key, from, to, attributes);
  }
  return graph;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Records from a graph read back from a file; throws naming the node or edge at fault. */
export function fromGraphology(graph: FlatGraph): GraphData {
  const data: GraphData = { nodes: [], edges: [] };
  graph.forEachNode((key, attributes) => {
    const cells: Record<string, string> = { key };
    for (const column of NODE_COLUMNS)
      if (column !== 'key') cells[column] = text(attributes[column]);
    try {
      data.nodes.push(nodeFromRow(cells));
    } catch (error) {
      throw new Error(`node ${key}: ${(error as Error).message}`, { cause: error });
    }
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const cells: Record<string, string> = { key, from: source, to: target };
    for (const column of EDGE_COLUMNS)
      if (!(column in cells)) cells[column] = text(attributes[column]);
    try {
      data.edges.push(edgeFromRow(cells));
    } catch (error) {
      throw new Error(`edge ${key}: ${(error as Error).message}`, { cause: error });
    }
  });
  return data;
}
