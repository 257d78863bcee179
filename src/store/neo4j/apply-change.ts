/**
 * The Neo4j store's edits (GraphStore.applyChange): the checks, the writes and the change log's
 * entry in one write transaction, so they commit together or not at all.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  checkChange,
  keysToCheck,
  touchedKeys,
  type ChangeRecord,
  type ChangeRequest,
  type ChangeSet,
} from '../../domain/changes.js';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { compareKeys } from '../../domain/key-lists.js';
import { throwIfAborted, type CallOptions } from '../call-options.js';
import type { CypherRegistry } from './cypher-registry.js';
import { keepIndexUp, lockIndex, runIn } from './partnership-index.js';
import { onlyRecord } from './query-results.js';
import { numberColumn, propertiesColumn, textColumn } from './rows.js';
import {
  edgeFromRecord,
  fromNodeProperties,
  groupByType,
  refuseUnknownTypes,
  toEdgeRow,
  toNodeRow,
} from './records.js';
import type { Neo4jContext } from './sessions.js';

/** What a change reads before it writes: the nodes and relationships it names that exist. */
interface Existing {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export async function applyChange(
  db: Neo4jContext,
  request: ChangeRequest,
  options?: CallOptions,
): Promise<ChangeRecord> {
  throwIfAborted(options);
  refuseUnknownTypes(request.changes.putNodes, request.changes.putEdges);
  return db.write(async (tx) => {
    // First, so edits keep the partnership index up one after another (lock-index.cypher).
    const index = await lockIndex(runIn(tx), db.cypher);
    const existing = await readExisting(tx, db.cypher, request);
    checkChange(request, {
      node: (k) => existing.nodes.has(k),
      edge: (k) => existing.edges.has(k),
    });
    const before = await stateBefore(tx, db.cypher, request.changes, existing);
    await writeChanges(tx, db.cypher, request.changes, existing.edges);
    if (index.complete)
      await keepIndexUp(runIn(tx), db.cypher, touchedKeys({ changes: request.changes, before }));
    return logChange(tx, db.cypher, request, before);
  }, options);
}

async function readExisting(
  tx: ManagedTransaction,
  cypher: CypherRegistry,
  request: ChangeRequest,
): Promise<Existing> {
  const lookup = keysToCheck(request);
  const existing: Existing = { nodes: new Map(), edges: new Map() };
  if (lookup.nodes.length > 0) {
    const result = await tx.run(cypher.statements.getNodes, { query: { keys: lookup.nodes } });
    for (const r of result.records)
      existing.nodes.set(
        textColumn(r, 'key'),
        fromNodeProperties(propertiesColumn(r, 'properties')),
      );
  }
  if (lookup.edges.length > 0) {
    const result = await tx.run(cypher.statements.getRelationships, {
      query: { keys: lookup.edges },
    });
    for (const r of result.records) existing.edges.set(textColumn(r, 'key'), edgeFromRecord(r));
  }
  return existing;
}

/** What the change overwrites or deletes, including relationships of deleted nodes. */
async function stateBefore(
  tx: ManagedTransaction,
  cypher: CypherRegistry,
  changes: ChangeSet,
  existing: Existing,
): Promise<ChangeRecord['before']> {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const key of [...changes.deleteNodes, ...changes.putNodes.map((n) => n.key)]) {
    const node = existing.nodes.get(key);
    if (node) nodes.set(key, node);
  }
  if (changes.deleteNodes.length > 0) {
    const result = await tx.run(cypher.statements.attachedEdges, {
      query: { keys: changes.deleteNodes },
    });
    for (const r of result.records) edges.set(textColumn(r, 'key'), edgeFromRecord(r));
  }
  for (const key of [...changes.deleteEdges, ...changes.putEdges.map((e) => e.key)]) {
    const edge = existing.edges.get(key);
    if (edge) edges.set(key, edge);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compareKeys(a.key, b.key)),
    edges: [...edges.values()].sort((a, b) => compareKeys(a.key, b.key)),
  };
}

async function writeChanges(
  tx: ManagedTransaction,
  cypher: CypherRegistry,
  changes: ChangeSet,
  existingEdges: Map<string, GraphEdge>,
): Promise<void> {
  // Deleted relationships, and those that move to other endpoints (MERGE would clash on the key).
  const dropRows: { key: string; from: string }[] = [];
  for (const key of changes.deleteEdges) {
    const old = existingEdges.get(key);
    if (old) dropRows.push({ key, from: old.from });
  }
  for (const edge of changes.putEdges) {
    const old = existingEdges.get(edge.key);
    if (old !== undefined && (old.from !== edge.from || old.to !== edge.to))
      dropRows.push({ key: edge.key, from: old.from });
  }
  if (dropRows.length > 0) await tx.run(cypher.statements.deleteEdges, { rows: dropRows });
  if (changes.deleteNodes.length > 0)
    await tx.run(cypher.statements.deleteNodes, { keys: changes.deleteNodes });
  if (changes.putNodes.length > 0)
    await tx.run(cypher.statements.upsertNodes, { rows: changes.putNodes.map(toNodeRow) });
  for (const [type, group] of groupByType(changes.putEdges))
    await tx.run(cypher.upsertEdgesFor(type), { rows: group.map(toEdgeRow) });
}

/** Appends the change to the log (record-change.cypher), which numbers it. */
async function logChange(
  tx: ManagedTransaction,
  cypher: CypherRegistry,
  request: ChangeRequest,
  before: ChangeRecord['before'],
): Promise<ChangeRecord> {
  const draft: ChangeRecord = {
    ...request,
    conditions: request.conditions ?? {},
    seq: 0,
    at: new Date().toISOString(),
    before,
  };
  const { seq: _unset, at, by, operation, ...rest } = draft;
  const result = await tx.run(cypher.statements.recordChange, {
    change: { at, by, operation, touches: touchedKeys(draft), payload: JSON.stringify(rest) },
  });
  return { ...draft, seq: numberColumn(onlyRecord(result.records, 'recordChange'), 'seq') };
}
