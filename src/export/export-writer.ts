/**
 * How every export format is written: piece by piece, so a large export never sits in memory
 * whole. The columns (and their types) are known before the first row, from a first reading of
 * the slice (column-model.ts). A writer only formats; export-stream.ts reads the store.
 */
import type { GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import { ColumnModel } from './column-model.js';
import { EDGE_COLUMNS, edgeRow, NODE_COLUMNS, nodeRow } from './record-columns.js';

export interface ExportWriter {
  /** What the reader must observe before `head()`: the node columns, the edge columns. */
  readonly needs: { nodes: boolean; edges: boolean };
  head(): string;
  nodes(nodes: readonly GraphNode[]): string;
  /** Between the last node and the first relationship. */
  middle(): string;
  edges(edges: readonly GraphEdge[]): string;
  tail(): string;
}

export interface ColumnModels {
  nodes: ColumnModel;
  edges: ColumnModel;
}

export function emptyModels(): ColumnModels {
  return { nodes: new ColumnModel(NODE_COLUMNS), edges: new ColumnModel(EDGE_COLUMNS) };
}

export function observeNodes(models: ColumnModels, nodes: readonly GraphNode[]): void {
  for (const node of nodes) models.nodes.observe(nodeRow(node));
}

export function observeEdges(models: ColumnModels, edges: readonly GraphEdge[]): void {
  for (const edge of edges) models.edges.observe(edgeRow(edge));
}

/** The whole text for data already in memory (tests, small slices). */
export function writeAll(data: GraphData, make: (models: ColumnModels) => ExportWriter): string {
  const models = emptyModels();
  observeNodes(models, data.nodes);
  observeEdges(models, data.edges);
  const writer = make(models);
  return (
    writer.head() +
    writer.nodes(data.nodes) +
    writer.middle() +
    writer.edges(data.edges) +
    writer.tail()
  );
}
