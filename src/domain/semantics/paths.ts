/**
 * The shape every rule of the vocabulary is written in: a path of steps from a node, each step a
 * relationship type read one way and, where the rule needs it, the node types it may reach. The
 * evaluator (evaluator.ts) walks these paths over a graph; the Neo4j adapter writes them as
 * Cypher patterns. Neither knows a relationship type the rules do not name.
 */
import { ACTOR_KINDS, type NodeType } from '../node-types.js';
import type { GraphEdge } from '../graph-records.js';
import type { RelationshipType } from '../relationship-types.js';

export interface Step {
  type: RelationshipType;
  /** OUT: from the relationship's start to its end; IN: against it; BOTH: either way. */
  direction: 'OUT' | 'IN' | 'BOTH';
  /** The node types the step may reach; any when absent. */
  to?: readonly NodeType[];
}

export type Path = readonly Step[];

/** Every actor kind, as a step's target. */
export const ANY_ACTOR: readonly NodeType[] = ACTOR_KINDS;

export function step(
  type: RelationshipType,
  direction: Step['direction'],
  to?: readonly NodeType[],
): Step {
  return to === undefined ? { type, direction } : { type, direction, to };
}

/** The relationship types a set of paths uses, each once. */
export function typesOf(paths: readonly Path[]): RelationshipType[] {
  return [...new Set(paths.flatMap((path) => path.map((s) => s.type)))];
}

/** A walk along a path: the nodes from the start, and the relationship of each step. */
export interface Walk {
  nodes: string[];
  edges: GraphEdge[];
}

/** Where a walk ends: every walk starts at a node, so it has a last one. */
export function endOf(w: Walk): string {
  return w.nodes[w.nodes.length - 1]!;
}
