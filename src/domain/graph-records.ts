/** The plain records every store reads and writes: nodes and relationships with provenance. */
import type { NodeType } from './node-types.js';
import type { ProvenanceBasis } from './provenance.js';
import type { RelationshipType } from './relationship-types.js';

/** A property value: what both stores can hold without conversion (Neo4j has no maps). */
export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

/**
 * Where a fact comes from: a Source node, how the fact follows from it (basis; provenance.ts
 * derives it for records that name none), the passage (quote), for a READING the further passages
 * read with it, and an editorial note or a locator in a data file.
 */
export interface Provenance {
  source: string;
  basis?: ProvenanceBasis;
  quote?: string;
  readWith?: string[];
  note?: string;
}

export interface GraphNode {
  key: string;
  type: NodeType;
  name: string;
  aliases: string[];
  description?: string;
  props: Properties;
  sources: Provenance[];
}

export interface GraphEdge {
  /** Unique and deterministic: `TYPE:from->to`, or with a `#discriminator` when the pair repeats. */
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Properties;
  sources: Provenance[];
}

/** A relationship seen from one of its endpoints. */
export interface EdgeView {
  edge: GraphEdge;
  /** The node at the other end. */
  otherKey: string;
  /** OUT when the viewing node is `edge.from`. Symmetric relationships may be read either way. */
  direction: 'OUT' | 'IN';
}

export function edgeKey(
  type: RelationshipType,
  from: string,
  to: string,
  discriminator?: string,
): string {
  const base = `${type}:${from}->${to}`;
  return discriminator ? `${base}#${discriminator}` : base;
}

/** Graph contents as loaded from seeds or an import. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
