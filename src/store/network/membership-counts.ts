/**
 * Aggregates over a network's memberships (AggregateQuery: groupBy JOINED, count MEMBERSHIPS):
 * each item's memberships of `filter.memberOf` with the year each began, and buckets in which an
 * item weighs as many memberships as it has there. One batched `getEdges` call.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  type AggregateBucket,
  type AggregateQuery,
} from '../../domain/network-queries.js';
import { yearOf } from '../../domain/time.js';
import type { GraphStore } from '../graph-store.js';

/** Per item key, the year of each of its memberships of `network` (`''` when undated). */
export async function membershipYears(
  store: GraphStore,
  items: GraphNode[],
  network: string | undefined,
): Promise<Map<string, string[]>> {
  const keys = items.map((n) => n.key);
  const result = new Map<string, string[]>(keys.map((k) => [k, []]));
  if (network === undefined || keys.length === 0) return result;
  const views = await store.getEdges(keys, { types: ['MEMBER_OF'], direction: 'OUT' });
  views.forEach((list, i) => {
    for (const v of list) {
      if (v.otherKey !== network) continue;
      const year = yearOf(v.edge.props.since);
      result.get(keys[i])!.push(year === undefined ? '' : String(year));
    }
  });
  return result;
}

/** An item's groups for JOINED: the years it joined (an undated membership has none). */
export function joinedGroups(years: Map<string, string[]>): Map<string, string[]> {
  return new Map([...years].map(([key, list]) => [key, list.filter((y) => y !== '')]));
}

/**
 * Buckets: each item counts once in each of its groups, or with `years` (count MEMBERSHIPS), as
 * many times as it has memberships there — for JOINED those of that year, for COORDINATOR the
 * signatories the coordinator coordinates (`coordinations`, one COORDINATES each), otherwise all.
 */
export function weightedBuckets(
  groups: Map<string, Iterable<string>>,
  query: AggregateQuery,
  years?: Map<string, string[]>,
  coordinations?: (key: string, coordinator: string) => number,
): AggregateBucket[] {
  const counts = new Map<string, number>();
  for (const [key, list] of groups) {
    for (const group of new Set(list)) {
      const memberships = years?.get(key) ?? [];
      const weight =
        years === undefined
          ? 1
          : query.groupBy === 'JOINED'
            ? memberships.filter((y) => y === group).length
            : query.groupBy === 'COORDINATOR' && coordinations
              ? coordinations(key, group)
              : memberships.length;
      if (weight > 0) counts.set(group, (counts.get(group) ?? 0) + weight);
    }
  }
  return [...counts].map(([group, count]) => ({ group, count })).sort(byCountThenGroup);
}
