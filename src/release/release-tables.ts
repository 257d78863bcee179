/**
 * The tables of a release — nodes, relationships, sources (each citation of a node or
 * relationship, with its quote) and changes — as CSV with their Frictionless Table Schemas. Rows
 * come in key order (changes by number) and JSON cells with sorted keys, so the same graph always
 * gives the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { ChangeRecord } from '../domain/changes.js';
import type { GraphEdge, GraphNode, Provenance } from '../domain/graph-records.js';
import { PROVENANCE_FIELDS } from '../linked-data/graph-triples.js';
import { basisOf, PROVENANCE_BASES } from '../domain/provenance.js';
import { compareKeys } from '../domain/key-lists.js';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'array' | 'object' | 'datetime';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface Table {
  name: string;
  title: string;
  schema: TableSchema;
  rows: (string | number)[][];
}

/** JSON with object keys sorted at every depth: one text per value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareKeys(a, b)))
      : v,
  );
}

const required = { required: true };

export function nodesTable(nodes: readonly GraphNode[]): Table {
  return {
    name: 'nodes',
    title: 'Nodes: actors, agreements, projects, places, topics and sources',
    schema: {
      primaryKey: ['key'],
      fields: [
        {
          name: 'key',
          type: 'string',
          description: 'Stable key; the node URI is {base}/id/{key}.',
          constraints: { required: true, unique: true },
        },
        {
          name: 'type',
          type: 'string',
          description: 'Node type (Municipality, Project, Source…).',
          constraints: required,
        },
        { name: 'name', type: 'string', description: 'Name.', constraints: required },
        { name: 'aliases', type: 'array', description: 'Other names, a JSON array.' },
        { name: 'description', type: 'string', description: 'One sentence.' },
        {
          name: 'props',
          type: 'object',
          description: 'Properties, a JSON object (wikidataId, lat, lon…).',
        },
      ],
    },
    rows: nodes.map((n) => [
      n.key,
      n.type,
      n.name,
      canonicalJson(n.aliases),
      n.description ?? '',
      canonicalJson(n.props),
    ]),
  };
}

export function relationshipsTable(edges: readonly GraphEdge[]): Table {
  return {
    name: 'relationships',
    title: 'Relationships between nodes',
    schema: {
      primaryKey: ['key'],
      foreignKeys: [
        { fields: ['from'], reference: { resource: 'nodes', fields: ['key'] } },
        { fields: ['to'], reference: { resource: 'nodes', fields: ['key'] } },
      ],
      fields: [
        {
          name: 'key',
          type: 'string',
          description: 'Stable key: TYPE:from->to[#discriminator].',
          constraints: { required: true, unique: true },
        },
        {
          name: 'type',
          type: 'string',
          description: 'Relationship type (MEMBER_OF, TWINNED_WITH…).',
          constraints: required,
        },
        {
          name: 'from',
          type: 'string',
          description: 'Key of the start node.',
          constraints: required,
        },
        { name: 'to', type: 'string', description: 'Key of the end node.', constraints: required },
        { name: 'props', type: 'object', description: 'Properties, a JSON object (role, since…).' },
      ],
    },
    rows: edges.map((e) => [e.key, e.type, e.from, e.to, canonicalJson(e.props)]),
  };
}

/** The citation fields beyond the Source itself, one column each (basis, quote, readWith, note). */
const CITATION_COLUMNS = Object.keys(PROVENANCE_FIELDS) as (keyof typeof PROVENANCE_FIELDS)[];

/** A citation's field as a cell: the basis as it reads (its default when unstored), a list as JSON. */
function citationCell(p: Provenance, column: (typeof CITATION_COLUMNS)[number]): string {
  if (column === 'basis') return basisOf(p);
  const value = p[column];
  if (Array.isArray(value)) return JSON.stringify(value);
  return value ?? '';
}

export function sourcesTable(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Table {
  const rows: (string | number)[][] = [];
  const cite = (kind: string, key: string, sources: readonly Provenance[]) =>
    sources.forEach((p, i) =>
      rows.push([kind, key, i + 1, p.source, ...CITATION_COLUMNS.map((c) => citationCell(p, c))]),
    );
  for (const n of nodes) cite('node', n.key, n.sources);
  for (const e of edges) cite('relationship', e.key, e.sources);
  return {
    name: 'sources',
    title: 'Sources: every citation of a node or relationship, with the quoted passage',
    schema: {
      primaryKey: ['subject_kind', 'subject', 'position'],
      foreignKeys: [{ fields: ['source'], reference: { resource: 'nodes', fields: ['key'] } }],
      fields: [
        {
          name: 'subject_kind',
          type: 'string',
          description: 'What is cited for: a node or a relationship.',
          constraints: { required: true, enum: ['node', 'relationship'] },
        },
        {
          name: 'subject',
          type: 'string',
          description: 'Key of the node or relationship.',
          constraints: required,
        },
        {
          name: 'position',
          type: 'integer',
          description: '1 for its first citation, 2 for the next…',
          constraints: required,
        },
        {
          name: 'source',
          type: 'string',
          description: 'Key of the Source node.',
          constraints: required,
        },
        ...CITATION_COLUMNS.map((c): TableField => CITATION_FIELDS[c]),
      ],
    },
    rows,
  };
}

const CITATION_FIELDS: Record<(typeof CITATION_COLUMNS)[number], TableField> = {
  basis: {
    name: 'basis',
    type: 'string',
    description:
      'How the fact follows from the source: STATED (the passage says it), READING (passages read together) or EDITORIAL (the curators).',
    constraints: { required: true, enum: [...PROVENANCE_BASES] },
  },
  quote: {
    name: 'quote',
    type: 'string',
    description: 'The passage of the source that states the fact (or that a reading starts from).',
  },
  readWith: {
    name: 'readWith',
    type: 'array',
    description: 'For a READING: the other passages the quote is read with, as a JSON array.',
  },
  note: {
    name: 'note',
    type: 'string',
    description: 'An editorial note: where in the source, how the passages are read, or why.',
  },
};

export function changesTable(changes: readonly ChangeRecord[]): Table {
  return {
    name: 'changes',
    title: 'Changes: every recorded edit and import, in order',
    schema: {
      primaryKey: ['seq'],
      fields: [
        {
          name: 'seq',
          type: 'integer',
          description: 'Change number.',
          constraints: { required: true, unique: true },
        },
        {
          name: 'at',
          type: 'datetime',
          description: 'When it was applied (UTC).',
          constraints: required,
        },
        {
          name: 'operation',
          type: 'string',
          description: 'What was done (createActor, import:csv…).',
          constraints: required,
        },
        {
          name: 'by',
          type: 'string',
          description: 'Who: API key id, token subject or cli:<user>.',
          constraints: required,
        },
        { name: 'source', type: 'string', description: 'The Source the change cites.' },
        ...CITATION_COLUMNS.map((c): TableField => ({
          ...CITATION_FIELDS[c],
          name: `source_${c}`,
          description: `The change's citation: ${CITATION_FIELDS[c].description}`,
        })),
        { name: 'summary', type: 'string', description: 'One line for reviewers.' },
        {
          name: 'nodes_written',
          type: 'array',
          description: 'Keys of the nodes written, a JSON array.',
        },
        {
          name: 'relationships_written',
          type: 'array',
          description: 'Keys of the relationships written, a JSON array.',
        },
        {
          name: 'nodes_deleted',
          type: 'array',
          description: 'Keys of the nodes deleted, a JSON array.',
        },
        {
          name: 'relationships_deleted',
          type: 'array',
          description: 'Keys of the relationships deleted, a JSON array.',
        },
      ],
    },
    rows: changes.map((c) => [
      c.seq,
      c.at,
      c.operation,
      c.by,
      c.source.source,
      ...CITATION_COLUMNS.map((col) => citationCell(c.source, col)),
      c.summary,
      canonicalJson(c.changes.putNodes.map((n) => n.key).sort()),
      canonicalJson(c.changes.putEdges.map((e) => e.key).sort()),
      canonicalJson([...c.changes.deleteNodes].sort()),
      canonicalJson([...c.changes.deleteEdges].sort()),
    ]),
  };
}

export function tableCsv(table: Table): string {
  return stringify(table.rows, {
    header: true,
    columns: table.schema.fields.map((f) => f.name),
    record_delimiter: 'unix',
  });
}
