/**
 * Changes to the graph: what an edit, an import or a deletion asks a store to do, and the record
 * the store keeps of it. A change is applied whole or not at all, and is recorded in the same
 * step, so the change log always matches the graph.
 */
import type { GraphEdge, GraphNode, Provenance } from './graph-records.js';

/** What to write: nodes and relationships replaced whole, merged by key, and keys to delete. */
export interface ChangeSet {
  putNodes: GraphNode[];
  /** Deleting a node deletes its relationships too (they are listed in the record's `before`). */
  deleteNodes: string[];
  putEdges: GraphEdge[];
  deleteEdges: string[];
}

/**
 * Conditions checked in the same atomic step as the write, so that two curators racing to create
 * the same key cannot both succeed: a failed condition refuses the whole change (CONFLICT or
 * NOT_FOUND).
 */
export interface ChangeConditions {
  /** Keys that must not exist yet (create). */
  absentNodes?: string[];
  /** Keys that must exist (update, delete, endpoints of a new relationship). */
  presentNodes?: string[];
  absentEdges?: string[];
  presentEdges?: string[];
}

export interface ChangeRequest {
  /** What the caller did, e.g. `createActor`, `addRelationship`, `import:iati`. */
  operation: string;
  /** Who: the principal's id (API key id or JWT subject), or `cli:<user>` for local imports. */
  by: string;
  /** Why it is true: every change carries a source. */
  source: Provenance;
  /** One line for reviewers. */
  summary: string;
  changes: ChangeSet;
  conditions?: ChangeConditions;
}

/** A change as recorded by the store, with the state it replaced. */
export interface ChangeRecord extends ChangeRequest {
  /** 1, 2, 3… in the order the store applied the changes. */
  seq: number;
  /** When the store applied it (ISO 8601, UTC). */
  at: string;
  /** Nodes and relationships as they were before the change (overwritten or deleted). */
  before: { nodes: GraphNode[]; edges: GraphEdge[] };
}

export interface ChangeQuery {
  /** Only changes applied at or after this instant (ISO 8601). */
  since?: string;
  /** Only changes by this principal. */
  by?: string;
  /** Only changes that wrote or deleted this node or relationship key. */
  touching?: string;
}

export function emptyChangeSet(): ChangeSet {
  return { putNodes: [], deleteNodes: [], putEdges: [], deleteEdges: [] };
}

export function isEmptyChangeSet(set: ChangeSet): boolean {
  return (
    set.putNodes.length === 0 &&
    set.deleteNodes.length === 0 &&
    set.putEdges.length === 0 &&
    set.deleteEdges.length === 0
  );
}

/** Whether a recorded change matches a query (one definition for both stores). */
export function changeMatches(record: ChangeRecord, query: ChangeQuery): boolean {
  if (query.since !== undefined && record.at < query.since) return false;
  if (query.by !== undefined && record.by !== query.by) return false;
  if (query.touching !== undefined && !changeTouches(record, query.touching)) return false;
  return true;
}

export function changeTouches(record: ChangeRecord, key: string): boolean {
  const { changes, before } = record;
  return (
    changes.putNodes.some((n) => n.key === key) ||
    changes.deleteNodes.includes(key) ||
    changes.putEdges.some((e) => e.key === key || e.from === key || e.to === key) ||
    changes.deleteEdges.includes(key) ||
    before.edges.some((e) => e.key === key || e.from === key || e.to === key)
  );
}
