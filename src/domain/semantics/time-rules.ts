/**
 * When a fact holds (docs/ARCHITECTURE.md, "When a relationship holds at a date"): the one rule
 * for when a node came to be, when a relationship begins and ends, and so when a partnership
 * begins. `asOf`, `strength.since`, the money questions and the YEAR aggregate all read time
 * through these functions. Undated facts are taken as always true.
 */
import type { GraphEdge, GraphNode } from '../graph-records.js';
import type { NodeType } from '../node-types.js';
import { endOf, startOf } from '../time.js';

/** The properties that date a node's start, first given first, per node type. */
export const NODE_START_PROPS: Partial<Record<NodeType, readonly string[]>> = {
  Agreement: ['dateSigned', 'year'],
  Project: ['startYear'],
  Event: ['date', 'year'],
  // Money counts from the day it moved (a transaction) or its period began (budgets, plans).
  Transaction: ['date'],
  Budget: ['periodStart'],
  PlannedDisbursement: ['periodStart'],
};
/** Every other node: its founding. */
export const DEFAULT_NODE_START_PROPS: readonly string[] = ['founded'];

/** The properties that date a relationship's own start and its end, first given first. */
export const RELATIONSHIP_START_PROPS: readonly string[] = ['since', 'from', 'year', 'date'];
export const RELATIONSHIP_END_PROPS: readonly string[] = ['to', 'until'];

function first(props: GraphNode['props'], names: readonly string[]) {
  for (const name of names) if (props[name] !== undefined) return props[name];
  return undefined;
}

export function nodeStartProps(type: NodeType): readonly string[] {
  return NODE_START_PROPS[type] ?? DEFAULT_NODE_START_PROPS;
}

/** The raw value that dates a node's start (a year or a date), if the data gives one. */
export function nodeStartValue(node: GraphNode) {
  return first(node.props, nodeStartProps(node.type));
}

/** The first day of a node: an agreement's signature, a project's start, a founding… */
export function nodeStart(node: GraphNode): string | undefined {
  return startOf(nodeStartValue(node));
}

/** The raw value a relationship's own start is dated by (`since`, `from`, `year`, `date`). */
export function relationshipStartValue(edge: GraphEdge) {
  return first(edge.props, RELATIONSHIP_START_PROPS);
}

/**
 * The first day a relationship stands: the latest of its own start and its two ends' starts
 * (both ends must exist: an agreement signed, a project begun, a network founded).
 */
export function relationshipStart(
  edge: GraphEdge,
  ends: readonly (GraphNode | null | undefined)[],
): string | undefined {
  return latest([
    startOf(relationshipStartValue(edge)),
    ...ends.map((n) => (n ? nodeStart(n) : undefined)),
  ]);
}

/** The last day a relationship stands (`to`, `until`), if it ended. */
export function relationshipEnd(edge: GraphEdge): string | undefined {
  return endOf(first(edge.props, RELATIONSHIP_END_PROPS));
}

/** Whether a relationship stood on `day` (YYYY-MM-DD): begun, with both ends, and not ended. */
export function edgeStoodAt(
  edge: GraphEdge,
  ends: readonly (GraphNode | null | undefined)[],
  day: string,
): boolean {
  const start = relationshipStart(edge, ends);
  if (start !== undefined && start > day) return false;
  const end = relationshipEnd(edge);
  return end === undefined || end >= day;
}

/** The latest of some days, undated ones left out; undefined when none is dated. */
export function latest(days: readonly (string | undefined)[]): string | undefined {
  let result: string | undefined;
  for (const day of days)
    if (day !== undefined && (result === undefined || day > result)) result = day;
  return result;
}

/**
 * The first day a partnership stands: a reason stands once every relationship that carries it
 * does (the latest of their starts), the partnership once one of its reasons does (the earliest
 * of those). Undefined when a reason is undated: it stood always, as `asOf` reads it.
 */
export function partnershipStart(
  reasonStarts: readonly (string | undefined)[],
): string | undefined {
  if (reasonStarts.length === 0 || reasonStarts.some((s) => s === undefined)) return undefined;
  return reasonStarts.reduce((a, b) => (b! < a! ? b : a));
}
