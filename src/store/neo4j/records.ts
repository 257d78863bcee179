/**
 * How GraphNode and GraphEdge are stored as Neo4j properties, and read back. The border where
 * driver values become domain records.
 *
 * Node properties: key, type, name, aliases, description (when given), searchText
 * (searchTextOf(name, aliases), for name filters identical to the memory store's), searchTokens and
 * searchVariants (search-index.ts, for the full-text index of `search`), provenance (the
 * sources as JSON), propKeys (the names of `props`, so they read back exactly) and each prop
 * flattened onto the node; sortName/sortKey only where sortable-text.ts changes the text.
 * Relationship properties: key, provenance, propKeys and the props flattened; sortKey only where
 * sortable-text.ts changes the key (get-edge-pages.cypher orders and resumes by it).
 * A prop whose name is one of ours, or starts with `prop_`, is stored as `prop_<name>`.
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../../domain/errors.js';
import type {
  GraphEdge,
  GraphNode,
  Properties,
  PropertyValue,
  Provenance,
} from '../../domain/graph-records.js';
import { isNodeType, labelsOf, NODE_TYPES, type NodeType } from '../../domain/node-types.js';
import { isRelationshipType, type RelationshipType } from '../../domain/relationship-types.js';
import { searchTextOf } from '../../domain/text.js';
import { propertiesColumn, relationshipTypeColumn, textColumn, type Row } from './rows.js';
import { searchPropertiesOf } from './search-index.js';
import { needsSortableText, sortableText } from './sortable-text.js';

/**
 * The stored properties that serve search only (name filters, the full-text index): large (the
 * typo variants), and no part of a node's record. Reads that return records leave them out
 * (`{{NODE_RECORD}}` in the statements, cypher-vocabulary.ts).
 */
export const SEARCH_ONLY_PROPERTIES = ['searchText', 'searchTokens', 'searchVariants'] as const;

const NODE_FIELDS = new Set([
  'key',
  'type',
  'name',
  'aliases',
  'description',
  'searchText',
  'searchTokens',
  'searchVariants',
  'provenance',
  'propKeys',
  'sortName',
  'sortKey',
]);
const EDGE_FIELDS = new Set(['key', 'provenance', 'propKeys', 'sortKey']);
const ESCAPE = 'prop_';

/** A property map as the driver sends and returns it (integers already JS numbers). */
export type StoredProperties = Record<string, unknown>;

function storedName(prop: string, fields: ReadonlySet<string>): string {
  return fields.has(prop) || prop.startsWith(ESCAPE) ? `${ESCAPE}${prop}` : prop;
}

/** Safe integers go as Neo4j integers (so Cypher sees 1983, not 1983.0); they read back as numbers. */
function toStoredValue(value: PropertyValue): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))
    return neo4j.int(value);
  return value;
}

function flattenProps(
  props: Properties,
  fields: ReadonlySet<string>,
  into: StoredProperties,
): void {
  into.propKeys = Object.keys(props);
  for (const [key, value] of Object.entries(props))
    into[storedName(key, fields)] = toStoredValue(value);
}

function readProps(stored: StoredProperties, fields: ReadonlySet<string>): Properties {
  const props: Properties = {};
  for (const key of (stored.propKeys as string[] | undefined) ?? []) {
    props[key] = stored[storedName(key, fields)] as PropertyValue;
  }
  return props;
}

function readSources(stored: StoredProperties): Provenance[] {
  return typeof stored.provenance === 'string'
    ? (JSON.parse(stored.provenance) as Provenance[])
    : [];
}

export interface NodeRow {
  key: string;
  properties: StoredProperties;
  labels: string[];
  staleLabels: string[];
}

export function toNodeRow(node: GraphNode): NodeRow {
  const properties: StoredProperties = {
    key: node.key,
    type: node.type,
    name: node.name,
    aliases: node.aliases,
    searchText: searchTextOf(node.name, node.aliases),
    ...searchPropertiesOf(node),
    provenance: JSON.stringify(node.sources),
  };
  if (node.description !== undefined) properties.description = node.description;
  if (needsSortableText(node.name)) properties.sortName = sortableText(node.name);
  if (needsSortableText(node.key)) properties.sortKey = sortableText(node.key);
  flattenProps(node.props, NODE_FIELDS, properties);
  const labels = labelsOf(node.type);
  const staleLabels = [...NODE_TYPES, 'Actor'].filter((label) => !labels.includes(label));
  return { key: node.key, properties, labels, staleLabels };
}

export function fromNodeProperties(stored: StoredProperties): GraphNode {
  const node: GraphNode = {
    key: stored.key as string,
    type: stored.type as NodeType,
    name: stored.name as string,
    aliases: (stored.aliases as string[] | undefined) ?? [],
    props: readProps(stored, NODE_FIELDS),
    sources: readSources(stored),
  };
  if (typeof stored.description === 'string') node.description = stored.description;
  return node;
}

export interface EdgeRow {
  key: string;
  from: string;
  to: string;
  properties: StoredProperties;
}

export function toEdgeRow(edge: GraphEdge): EdgeRow {
  const properties: StoredProperties = { key: edge.key, provenance: JSON.stringify(edge.sources) };
  if (needsSortableText(edge.key)) properties.sortKey = sortableText(edge.key);
  flattenProps(edge.props, EDGE_FIELDS, properties);
  return { key: edge.key, from: edge.from, to: edge.to, properties };
}

export function fromEdgeProperties(
  type: RelationshipType,
  from: string,
  to: string,
  stored: StoredProperties,
): GraphEdge {
  return {
    key: stored.key as string,
    type,
    from,
    to,
    props: readProps(stored, EDGE_FIELDS),
    sources: readSources(stored),
  };
}

/** A relationship from a row with `type`, `from`, `to` and `properties` columns. */
export function edgeFromRecord(record: Row): GraphEdge {
  return fromEdgeProperties(
    relationshipTypeColumn(record, 'type'),
    textColumn(record, 'from'),
    textColumn(record, 'to'),
    propertiesColumn(record, 'properties'),
  );
}

/**
 * Refuses a node or relationship whose type is not ours: labels and relationship types are
 * written from these, and Neo4j would store any.
 */
export function refuseUnknownTypes(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void {
  // Read as plain strings: the types say these are ours, but the input may not be.
  for (const node of nodes) {
    const type: string = node.type;
    if (!isNodeType(type))
      throw badInput(`Node ${node.key} has an unknown type "${type}".`, { key: node.key });
  }
  for (const edge of edges) {
    const type: string = edge.type;
    if (!isRelationshipType(type))
      throw badInput(`Relationship ${edge.key} has an unknown type "${type}".`, {
        key: edge.key,
      });
  }
}

/** Relationships by type: each type is written by its own statement (upsertEdgesFor). */
export function groupByType(edges: readonly GraphEdge[]): Map<RelationshipType, GraphEdge[]> {
  const groups = new Map<RelationshipType, GraphEdge[]>();
  for (const edge of edges) {
    let list = groups.get(edge.type);
    if (!list) groups.set(edge.type, (list = []));
    list.push(edge);
  }
  return groups;
}
