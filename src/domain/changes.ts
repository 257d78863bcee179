/**
 * Changes to the graph: what an edit, an import or a deletion asks a store to do, and the record
 * the store keeps of it. A change is applied whole or not at all, and is recorded in the same
 * step, so the change log always matches the graph.
 */
import { badInput, conflict, notFound, type DiplomapError } from './errors.js';
import type { GraphEdge, GraphNode, Provenance } from './graph-records.js';
import type { Position } from './pagination.js';

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
  return touchedKeys(record).includes(key);
}

/** Every node and relationship key a change wrote, deleted or cut off (endpoints included). */
export function touchedKeys(record: Pick<ChangeRecord, 'changes' | 'before'>): string[] {
  const keys = new Set<string>();
  const { changes, before } = record;
  for (const node of changes.putNodes) keys.add(node.key);
  for (const key of changes.deleteNodes) keys.add(key);
  for (const key of changes.deleteEdges) keys.add(key);
  for (const edge of [...changes.putEdges, ...before.edges]) {
    keys.add(edge.key).add(edge.from).add(edge.to);
  }
  return [...keys].sort();
}

/** A change's place in the log, for cursors: its seq, zero-padded so text order is numeric. */
export function changePosition(record: Pick<ChangeRecord, 'seq'>): Position {
  const sort = String(record.seq).padStart(12, '0');
  return { sort, key: sort };
}

/**
 * Checks a change against the graph it would apply to, in the store's atomic step: the conditions
 * (CONFLICT / NOT_FOUND) and that every new relationship's endpoints exist once the change is
 * applied (BAD_USER_INPUT). Throws the first failure; the change is then not applied at all.
 */
export function checkChange(
  request: ChangeRequest,
  has: { node: (key: string) => boolean; edge: (key: string) => boolean },
): void {
  const { changes, conditions = {} } = request;
  for (const key of conditions.absentNodes ?? [])
    if (has.node(key)) throw conflict(`A node with the key ${key} already exists.`, { key });
  for (const key of conditions.presentNodes ?? [])
    if (!has.node(key)) throw notFound(`No node has the key ${key}.`, { key });
  for (const key of conditions.absentEdges ?? [])
    if (has.edge(key)) throw conflict(`The relationship ${key} already exists.`, { key });
  for (const key of conditions.presentEdges ?? [])
    if (!has.edge(key)) throw notFound(`No relationship has the key ${key}.`, { key });

  const deleted = new Set(changes.deleteNodes);
  const added = new Set(changes.putNodes.map((n) => n.key));
  const missing = new Set<string>();
  for (const edge of changes.putEdges)
    for (const end of [edge.from, edge.to])
      if (!added.has(end) && (deleted.has(end) || !has.node(end))) missing.add(end);
  if (missing.size > 0) throw missingEndpoints([...missing]);
}

/** The error for relationships whose endpoints do not exist (also used by bulk upserts). */
export function missingEndpoints(keys: string[]): DiplomapError {
  const sorted = [...new Set(keys)].sort();
  return badInput(
    `Relationships point to nodes that do not exist: ${sorted.slice(0, 10).join(', ')}${sorted.length > 10 ? '…' : ''}`,
    { missing: sorted.slice(0, 100) },
  );
}

/** Every key a change needs to look up to check and record it. */
export function keysToCheck(request: ChangeRequest): { nodes: string[]; edges: string[] } {
  const { changes, conditions = {} } = request;
  const nodes = new Set<string>([
    ...(conditions.absentNodes ?? []),
    ...(conditions.presentNodes ?? []),
    ...changes.putNodes.map((n) => n.key),
    ...changes.deleteNodes,
    ...changes.putEdges.flatMap((e) => [e.from, e.to]),
  ]);
  const edges = new Set<string>([
    ...(conditions.absentEdges ?? []),
    ...(conditions.presentEdges ?? []),
    ...changes.putEdges.map((e) => e.key),
    ...changes.deleteEdges,
  ]);
  return { nodes: [...nodes], edges: [...edges] };
}
