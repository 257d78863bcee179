/**
 * Nodes and relationships as flat rows of text — the columns of the CSV export and the attributes
 * of the GEXF and GraphML exports — and back. Lists, props and sources travel as JSON text, so
 * nothing is lost and a re-import gives the same records.
 */
import { z } from 'zod';
import type { GraphEdge, GraphNode } from '../domain/graph-records.js';
import { NODE_TYPES } from '../domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../domain/relationship-types.js';

export const NODE_COLUMNS = [
  'key',
  'type',
  'name',
  'aliases',
  'description',
  'props',
  'sources',
] as const;
export const EDGE_COLUMNS = ['key', 'type', 'from', 'to', 'props', 'sources'] as const;

export type NodeRow = Record<(typeof NODE_COLUMNS)[number], string>;
export type EdgeRow = Record<(typeof EDGE_COLUMNS)[number], string>;

export function nodeRow(node: GraphNode): NodeRow {
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

export function edgeRow(edge: GraphEdge): EdgeRow {
  return {
    key: edge.key,
    type: edge.type,
    from: edge.from,
    to: edge.to,
    props: JSON.stringify(edge.props),
    sources: JSON.stringify(edge.sources),
  };
}

const props = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const sources = z
  .array(
    z
      .object({
        source: z.string().min(1),
        quote: z.string().optional(),
        note: z.string().optional(),
      })
      .strict(),
  )
  .min(1, 'every fact needs a source');

function json<T>(schema: z.ZodType<T>, text: string | undefined, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    throw new Error(`${column} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new Error(`${column}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

function required(cells: Partial<Record<string, string>>, column: string): string {
  const value = cells[column];
  if (value === undefined || value === '') throw new Error(`${column} is empty`);
  return value;
}

/** A node from its row; throws with a message naming the column at fault. */
export function nodeFromRow(cells: Partial<Record<string, string>>): GraphNode {
  const type = required(cells, 'type');
  if (!(NODE_TYPES as readonly string[]).includes(type))
    throw new Error(`type "${type}" is not a node type`);
  const node: GraphNode = {
    key: required(cells, 'key'),
    type: type as GraphNode['type'],
    name: required(cells, 'name'),
    aliases: json(z.array(z.string()), cells.aliases || '[]', 'aliases'),
    props: json(props, cells.props || '{}', 'props'),
    sources: json(sources, cells.sources, 'sources'),
  };
  if (cells.description) node.description = cells.description;
  return node;
}

export function edgeFromRow(cells: Partial<Record<string, string>>): GraphEdge {
  const type = required(cells, 'type');
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type))
    throw new Error(`type "${type}" is not a relationship type`);
  return {
    key: required(cells, 'key'),
    type: type as GraphEdge['type'],
    from: required(cells, 'from'),
    to: required(cells, 'to'),
    props: json(props, cells.props || '{}', 'props'),
    sources: json(sources, cells.sources, 'sources'),
  };
}
