/** GEXF (Gephi) through graphology-gexf's writer and parser. */
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { GraphData } from '../domain/graph-records.js';
import {
  edgeColumns,
  edgeFromColumns,
  nodeColumns,
  nodeFromColumns,
  scalarPropColumns,
  type Columns,
} from './record-columns.js';

export function toGexf(data: GraphData): string {
  const graph = new Graph.MultiDirectedGraph<Columns, Columns>();
  for (const node of data.nodes)
    graph.addNode(node.key, { ...scalarPropColumns(node.props), ...nodeColumns(node) });
  for (const edge of data.edges)
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, {
      ...scalarPropColumns(edge.props),
      ...edgeColumns(edge),
    });
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name), attributes }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.type),
      kind: String(attributes.type),
      attributes,
    }),
  });
}

export function fromGexf(text: string): GraphData {
  const graph = parse(Graph.MultiDirectedGraph, text);
  return {
    nodes: graph.mapNodes((key, attributes) => nodeFromColumns(attributes, `GEXF node ${key}`)),
    edges: graph.mapEdges((key, attributes) => edgeFromColumns(attributes, `GEXF edge ${key}`)),
  };
}
