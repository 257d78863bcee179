/**
 * How a node or relationship becomes flat columns in every export format, and back. Structured
 * values (aliases, properties, sources) travel as JSON strings, so a round trip loses nothing;
 * scalar properties are also given as columns of their own (`prop_lat`, `prop_founded`) for
 * analysis tools that cannot read JSON.
 */
import type { GraphEdge, GraphNode, Properties, Provenance } from '../domain/graph-records.js';
import { isNodeType } from '../domain/node-types.js';
import { isRelationshipType } from '../domain/relationship-types.js';

export type Columns = Record<string, string | number | boolean>;

export const NODE_COLUMNS = ['key', 'type', 'name', 'aliases', 'description', 'props', 'sources'];
export const EDGE_COLUMNS = ['key', 'type', 'from', 'to', 'props', 'sources'];

export function nodeColumns(node: GraphNode): Columns {
  return {
    key: node.key,
    type: node.type,
    name: node.name,
    aliases: JSON.stringify(node.aliases),
    description: node.description ?? '',
    props: JSON.stringify(node.props),
    sources: JSON.stringify(node.sources),
  };
}

export function edgeColumns(edge: GraphEdge): Columns {
  return {
    key: edge.key,
    type: edge.type,
    from: edge.from,
    to: edge.to,
    props: JSON.stringify(edge.props),
    sources: JSON.stringify(edge.sources),
  };
}

/** A node's row in an export: its scalar property copies, then its record columns. */
export function nodeRow(node: GraphNode): Columns {
  return { ...scalarPropColumns(node.props), ...nodeColumns(node) };
}

export function edgeRow(edge: GraphEdge): Columns {
  return { ...scalarPropColumns(edge.props), ...edgeColumns(edge) };
}

/** Scalar properties as columns of their own, for tools (prop_lat, prop_role…). */
export function scalarPropColumns(props: Properties): Columns {
  const columns: Columns = {};
  for (const [name, value] of Object.entries(props))
    if (!Array.isArray(value)) columns[`prop_${name}`] = value;
  return columns;
}

export function nodeFromColumns(columns: Record<string, unknown>, where: string): GraphNode {
  const type = text(columns.type, `${where}: type`);
  if (!isNodeType(type)) throw new Error(`${where}: unknown node type "${type}"`);
  const description = typeof columns.description === 'string' ? columns.description : '';
  return {
    key: text(columns.key, `${where}: key`),
    type,
    name: text(columns.name, `${where}: name`),
    aliases: json<string[]>(columns.aliases, `${where}: aliases`),
    ...(description !== '' ? { description } : {}),
    props: json<Properties>(columns.props, `${where}: props`),
    sources: json<Provenance[]>(columns.sources, `${where}: sources`),
  };
}

export function edgeFromColumns(columns: Record<string, unknown>, where: string): GraphEdge {
  const type = text(columns.type, `${where}: type`);
  if (!isRelationshipType(type)) throw new Error(`${where}: unknown relationship type "${type}"`);
  return {
    key: text(columns.key, `${where}: key`),
    type,
    from: text(columns.from, `${where}: from`),
    to: text(columns.to, `${where}: to`),
    props: json<Properties>(columns.props, `${where}: props`),
    sources: json<Provenance[]>(columns.sources, `${where}: sources`),
  };
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what} is missing`);
  return value;
}

function json<T>(value: unknown, what: string): T {
  if (typeof value !== 'string') throw new Error(`${what} is missing`);
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new Error(`${what} is not valid JSON`);
  }
}

/** The records of a graph read from a GEXF or GraphML file, each checked (`format` names the file). */
export function recordsOfGraph(
  graph: {
    mapNodes<T>(fn: (key: string, attributes: Record<string, unknown>) => T): T[];
    mapEdges<T>(fn: (key: string, attributes: Record<string, unknown>) => T): T[];
  },
  format: string,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: graph.mapNodes((key, attributes) =>
      nodeFromColumns(attributes, `${format} node ${key}`),
    ),
    edges: graph.mapEdges((key, attributes) =>
      edgeFromColumns(attributes, `${format} edge ${key}`),
    ),
  };
}
