/**
 * Decides what an import changes: every node and relationship of the batch is compared with the
 * store and found new (created), different (updated: merged into what the store has) or already
 * there (unchanged). Relationships whose ends do not exist, or are of the wrong kinds, are refused
 * with the file and line they came from. The result is one ChangeSet, applied atomically, or only
 * reported on a dry run.
 */
import type { ChangeConditions, ChangeSet } from '../../domain/changes.js';
import type { GraphEdge, GraphNode, Provenance } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import {
  RELATIONSHIP_ENDPOINTS,
  SYMMETRIC_RELATIONSHIPS,
} from '../../domain/relationship-types.js';
import type { GraphStore } from '../../store/graph-store.js';
import {
  addProvenance,
  mergeableTypes,
  mergedType,
  type ElementTally,
  type ImportBatch,
  type Need,
  type Rejection,
} from './import-batch.js';
import { compareKeys } from '../../domain/key-lists.js';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  nodes: Tally;
  relationships: Tally;
  /** Refused rows and items, in file and line order. */
  rejected: Rejection[];
  /** Read, but worth a look (placeholder refs ignored, one ref naming two organisations…). */
  warnings: Rejection[];
  /** Per element kind (IATI): how many were taken, how many left out and why. */
  elements: Record<string, ElementTally>;
}

export interface ImportPlan {
  report: ImportReport;
  changes: ChangeSet;
  /** Checked again in the store's atomic step: what was new is still absent, what was used still there. */
  conditions: ChangeConditions;
}

/** Keys per store call: large imports stay within what one round trip should carry. */
const CHUNK = 5_000;

async function inChunks<T>(
  keys: string[],
  load: (chunk: string[]) => Promise<(T | null)[]>,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const values = await load(chunk);
    chunk.forEach((key, j) => {
      const value = values[j];
      if (value !== null && value !== undefined) found.set(key, value);
    });
  }
  return found;
}

export async function planImport(batch: ImportBatch, store: GraphStore): Promise<ImportPlan> {
  const rejected: Rejection[] = [...batch.rejected];
  const referenced = new Set<string>(batch.nodes.keys());
  for (const { edge, needs } of batch.edges.values()) {
    referenced.add(edge.from).add(edge.to);
    for (const need of needs) referenced.add(need.key);
  }
  for (const { needs } of batch.nodes.values()) for (const need of needs) referenced.add(need.key);
  const stored = await inChunks([...referenced].sort(), (keys) => store.getNodes(keys));

  const accepted = new Map<string, GraphNode>();
  const typeOf = (key: string): NodeType | undefined =>
    accepted.get(key)?.type ?? stored.get(key)?.type;
  const unmet = (needs: Need[]): string | undefined => {
    for (const need of needs) {
      const type = typeOf(need.key) ?? batch.nodes.get(need.key)?.node.type;
      if (type === undefined) return `${need.role} ${need.key} does not exist`;
      if (!need.types.includes(type))
        return `${need.role} ${need.key} is a ${type}, not a ${need.types.join(' or ')}`;
    }
    return undefined;
  };

  const changes: ChangeSet = { putNodes: [], deleteNodes: [], putEdges: [], deleteEdges: [] };
  const conditions = {
    absentNodes: [] as string[],
    presentNodes: new Set<string>(),
    absentEdges: [] as string[],
  };
  const nodes: Tally = { created: 0, updated: 0, unchanged: 0 };
  for (const { node, origin, needs, ifAbsent } of batch.nodes.values()) {
    const before = stored.get(node.key);
    if (before && ifAbsent && mergeableTypes(before.type, node.type)) {
      // A stand-in for a node the graph has: the graph's node stays as it is.
      accepted.set(node.key, before);
      nodes.unchanged++;
      continue;
    }
    if (before && !mergeableTypes(before.type, node.type)) {
      rejected.push({
        ...origin,
        reason: `${node.key} is a ${before.type} in the graph, not a ${node.type}`,
      });
      continue;
    }
    const problem = unmet(needs);
    if (problem) {
      rejected.push({ ...origin, reason: problem });
      continue;
    }
    const merged = before ? mergeNode(before, node) : node;
    accepted.set(node.key, merged);
    if (!before) {
      nodes.created++;
      changes.putNodes.push(merged);
      conditions.absentNodes.push(node.key);
    } else if (sameRecord(before, merged)) nodes.unchanged++;
    else {
      nodes.updated++;
      changes.putNodes.push(merged);
      conditions.presentNodes.add(node.key);
    }
  }

  const storedEdges = await inChunks([...batch.edges.keys()].sort(), (keys) =>
    store.getRelationships(keys),
  );
  const relationships: Tally = { created: 0, updated: 0, unchanged: 0 };
  for (const { edge, origin, needs } of batch.edges.values()) {
    const problem = endpointProblem(edge, typeOf) ?? unmet(needs);
    if (problem) {
      rejected.push({ ...origin, reason: problem });
      continue;
    }
    // Ends the graph has must still be there when the change is applied.
    for (const end of [edge.from, edge.to]) if (stored.has(end)) conditions.presentNodes.add(end);
    const before = storedEdges.get(edge.key);
    const merged = before ? mergeEdge(before, edge) : edge;
    if (!before) {
      relationships.created++;
      changes.putEdges.push(merged);
      conditions.absentEdges.push(edge.key);
    } else if (sameRecord(before, merged)) relationships.unchanged++;
    else {
      relationships.updated++;
      changes.putEdges.push(merged);
    }
  }

  const byPlace = (a: Rejection, b: Rejection) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
  rejected.sort(byPlace);
  const warnings = [...batch.warnings].sort(byPlace);
  const elements = Object.fromEntries([...batch.elements].sort(([a], [b]) => compareKeys(a, b)));
  return {
    report: { nodes, relationships, rejected, warnings, elements },
    changes,
    conditions: {
      absentNodes: conditions.absentNodes,
      presentNodes: [...conditions.presentNodes].sort(),
      absentEdges: conditions.absentEdges,
    },
  };
}

function endpointProblem(
  edge: GraphEdge,
  typeOf: (key: string) => NodeType | undefined,
): string | undefined {
  const from = typeOf(edge.from);
  const to = typeOf(edge.to);
  const missing = [edge.from, edge.to].filter((_, i) => [from, to][i] === undefined);
  if (missing.length > 0)
    return `${edge.type} ${edge.from} -> ${edge.to}: no node ${missing.join(' and no node ')} in the graph or the import`;
  const allowed = RELATIONSHIP_ENDPOINTS[edge.type];
  const fits = (a: NodeType, b: NodeType) => allowed.from.includes(a) && allowed.to.includes(b);
  const symmetric = SYMMETRIC_RELATIONSHIPS.has(edge.type);
  if (fits(from!, to!) || (symmetric && fits(to!, from!))) return undefined;
  return `${edge.type} cannot go from a ${from} (${edge.from}) to a ${to} (${edge.to})`;
}

/**
 * What the graph holds after importing a node it already has: the import's name, description and
 * props win, aliases and sources add up. Merging twice gives the same node, so re-runs are no-ops.
 */
export function mergeNode(before: GraphNode, incoming: GraphNode): GraphNode {
  const aliases = [...before.aliases];
  for (const alias of [before.name, ...incoming.aliases])
    if (alias !== incoming.name && !aliases.includes(alias)) aliases.push(alias);
  const merged: GraphNode = {
    key: before.key,
    type: mergedType(before.type, incoming.type),
    name: incoming.name,
    aliases: aliases.filter((a) => a !== incoming.name),
    props: { ...before.props, ...incoming.props },
    sources: mergeSources(before.sources, incoming.sources),
  };
  const description = incoming.description ?? before.description;
  if (description !== undefined) merged.description = description;
  return merged;
}

export function mergeEdge(before: GraphEdge, incoming: GraphEdge): GraphEdge {
  return {
    ...before,
    props: { ...before.props, ...incoming.props },
    sources: mergeSources(before.sources, incoming.sources),
  };
}

function mergeSources(before: Provenance[], incoming: Provenance[]): Provenance[] {
  const sources = before.map((p) => ({ ...p }));
  for (const p of incoming) addProvenance(sources, p);
  return sources;
}

/** Equal as records: key order of props and of provenance fields does not matter. */
export function sameRecord(a: GraphNode | GraphEdge, b: GraphNode | GraphEdge): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
