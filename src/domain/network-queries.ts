/**
 * The network questions a store answers whole, in one round trip (GraphStore.shortestPaths,
 * .neighbourhood, .aggregate), with their semantics. Both stores must give identical answers; the
 * contract suite and test/neo4j/ check it. The `asOf` variants are composed from the port's
 * batched calls in src/app/network/ instead (time needs every relationship and both its ends).
 */
import type { GraphEdge } from './graph-records.js';
import type { NodeType } from './node-types.js';
import type { NodeQuery } from './queries.js';
import type { RelationshipType } from './relationship-types.js';
import { compareKeys } from './key-lists.js';

/**
 * All shortest paths from `from` to `to` of at most `maxHops` relationships of `types` (all when
 * empty or absent), each read in either direction. `[[from]]` when `from` is `to`; empty when
 * none is that short.
 */
export interface ShortestPathQuery {
  from: string;
  to: string;
  maxHops: number;
  types?: RelationshipType[];
  /** How many paths to return at most: the first `k` in path order (see GraphPath). */
  k: number;
}

export interface PathStep {
  edge: GraphEdge;
  /** OUT when the path walks the relationship from its start to its end. */
  direction: 'OUT' | 'IN';
}

/**
 * One path. Paths are ordered step by step: by the next node's key, then the relationship's key
 * (so by the sequence node₁, rel₁, node₂, rel₂, … compared position by position).
 */
export interface GraphPath {
  /** Node keys from `from` to `to`. */
  nodes: string[];
  /** The relationship between each pair of consecutive nodes. */
  steps: PathStep[];
}

/**
 * The sub-graph around some nodes: the nodes within `depth` hops (either direction, through
 * `types`, all when empty or absent) of a starting node that exists, ordered by distance to the
 * nearest starting node, then key, the first `limit` of them; and every relationship of `types`
 * between two of those.
 */
export interface NeighbourhoodQuery {
  keys: string[];
  depth: number;
  types?: RelationshipType[];
  /** At most this many nodes (the starting nodes included). */
  limit: number;
}

export interface Neighbourhood {
  /** Nodes by distance from the nearest starting node, then key. */
  nodes: { key: string; distance: number }[];
  /** Every relationship (of the asked types) between two of the nodes, by key. */
  edges: GraphEdge[];
  /** True when more nodes were within reach than `limit`. */
  truncated: boolean;
}

export type AggregateGroupBy =
  'KIND' | 'COUNTRY' | 'REGION' | 'THEME' | 'SDG' | 'YEAR' | 'JOINED' | 'COORDINATOR';

/**
 * Counts of the nodes of `types` matching `filter` (NodeQuery semantics), per group; an item in
 * several groups counts in each; items with no group are left out. Groups:
 * - KIND: the node type.
 * - COUNTRY: keys starting `country:` — what a project TARGETS; where an actor is LOCATED_IN,
 *   directly or through the place it is located in; for an agreement, where its parties are.
 * - REGION: the IN_REGION targets of those countries and (projects) the `region:` keys targeted,
 *   each with every `region:` it is PART_OF (any depth).
 * - THEME: every Theme; SDG: the goals `sdg:1` … `sdg:17`; an item counts for one when it
 *   matches the topic filter with it added (works on it / addresses it).
 * - YEAR: the year an item starts (startYearOf: dateSigned, startYear, year or founded).
 * - JOINED: the year of each of its memberships of `filter.memberOf` (the MEMBER_OF's `since`,
 *   read as yearOf reads it); an actor that joined twice in different years counts in each.
 * - COORDINATOR: the key of each actor that COORDINATES it (a Covenant coordinator).
 */
export interface AggregateQuery {
  types: NodeType[];
  groupBy: AggregateGroupBy;
  filter: Omit<NodeQuery, 'types' | 'orderBy' | 'direction'>;
  /**
   * What a bucket counts: ITEMS (the default), or MEMBERSHIPS of `filter.memberOf` — an item
   * weighs as many as its memberships there (for JOINED, those of the bucket's year; for
   * COORDINATOR, the COORDINATES from the bucket's coordinator, one per signatory), so a town that
   * signed the Covenant twice counts twice, as the Covenant's own lists count signatories.
   */
  count?: 'ITEMS' | 'MEMBERSHIPS';
}

export interface AggregateBucket {
  /** A node key (country, region, theme, SDG goal), a node type, or a year. */
  group: string;
  count: number;
}

/** Bucket order: by count, highest first, then group. */
export function byCountThenGroup(a: AggregateBucket, b: AggregateBucket): number {
  return b.count - a.count || compareKeys(a.group, b.group);
}

/** The SDG goals an SDG aggregate groups by. */
export const SDG_GOALS: readonly string[] = Array.from({ length: 17 }, (_v, i) => `sdg:${i + 1}`);

/** Compares paths in path order (GraphPath); paths of one search have the same length. */
export function comparePaths(a: GraphPath, b: GraphPath): number {
  const n = Math.min(a.steps.length, b.steps.length);
  // A path has one node more than it has steps, so i + 1 stays within `nodes`.
  for (let i = 0; i < n; i++) {
    const byNode = compareKeys(a.nodes[i + 1]!, b.nodes[i + 1]!);
    if (byNode !== 0) return byNode;
    const byEdge = compareKeys(a.steps[i]!.edge.key, b.steps[i]!.edge.key);
    if (byEdge !== 0) return byEdge;
  }
  return a.steps.length - b.steps.length;
}
