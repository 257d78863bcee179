/**
 * The embedded store's grouped counts (GraphStore.aggregate, AggregateQuery): the nodes the
 * filter keeps, each counted in every group the rules put it in — its type, its start year
 * (time-rules.ts), the countries and regions the place rules put it in, the themes and SDG goals
 * it works on or addresses (the topic filter's rule with the group added), the years it joined
 * `filter.memberOf`, the actors that coordinate it. Counting MEMBERSHIPS, an item weighs as many
 * memberships of `filter.memberOf` as it has (of the group's year for JOINED; for COORDINATOR,
 * the group's COORDINATES of it, one per signatory).
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  SDG_GOALS,
  type AggregateBucket,
  type AggregateQuery,
} from '../../domain/network-queries.js';
import type { Semantics } from '../../domain/semantics/evaluator.js';
import { COORDINATION, MEMBERSHIP } from '../../domain/semantics/partnership-rules.js';
import { nodeStartValue } from '../../domain/semantics/time-rules.js';
import { yearOf } from '../../domain/time.js';

export function countGroups(
  semantics: Semantics,
  items: readonly GraphNode[],
  query: AggregateQuery,
  themes: readonly string[],
): AggregateBucket[] {
  const groupsOf = groupingOf(semantics, query, themes);
  const weightOf = weighingOf(semantics, query);
  const counts = new Map<string, number>();
  for (const item of items)
    for (const group of new Set(groupsOf(item))) {
      const weight = weightOf(item, group);
      if (weight > 0) counts.set(group, (counts.get(group) ?? 0) + weight);
    }
  return [...counts].map(([group, count]) => ({ group, count })).sort(byCountThenGroup);
}

/** The year of each of the item's memberships of `network` (undefined when undated). */
function joinedYears(semantics: Semantics, key: string, network: string | undefined) {
  if (network === undefined) return [];
  return semantics
    .links(key, { type: MEMBERSHIP, direction: 'OUT' })
    .filter((l) => l.other === network)
    .map((l) => yearOf(l.edge.props.since));
}

function coordinatorsOf(semantics: Semantics, key: string): string[] {
  return semantics.links(key, { type: COORDINATION, direction: 'IN' }).map((l) => l.other);
}

function weighingOf(
  semantics: Semantics,
  query: AggregateQuery,
): (item: GraphNode, group: string) => number {
  if (query.count !== 'MEMBERSHIPS') return () => 1;
  const network = query.filter.memberOf;
  switch (query.groupBy) {
    case 'JOINED':
      return (item, group) =>
        joinedYears(semantics, item.key, network).filter((y) => String(y) === group).length;
    case 'COORDINATOR':
      return (item, group) => coordinatorsOf(semantics, item.key).filter((c) => c === group).length;
    default:
      return (item) => joinedYears(semantics, item.key, network).length;
  }
}

function groupingOf(
  semantics: Semantics,
  query: AggregateQuery,
  themes: readonly string[],
): (item: GraphNode) => Iterable<string> {
  switch (query.groupBy) {
    case 'KIND':
      return (item) => [item.type];
    case 'YEAR':
      return (item) => {
        const year = yearOf(nodeStartValue(item));
        return year === undefined ? [] : [String(year)];
      };
    case 'JOINED':
      return (item) =>
        joinedYears(semantics, item.key, query.filter.memberOf).flatMap((y) =>
          y === undefined ? [] : [String(y)],
        );
    case 'COORDINATOR':
      return (item) => coordinatorsOf(semantics, item.key);
    case 'COUNTRY':
      return (item) => semantics.countriesOf(item.key);
    case 'REGION':
      return (item) => semantics.regionsOf(item.key);
    case 'THEME':
    case 'SDG': {
      const topics = (query.groupBy === 'THEME' ? themes : SDG_GOALS).map((group) => ({
        group,
        set: semantics.topicsOf(group),
      }));
      return (item) =>
        topics.filter(({ set }) => semantics.worksOn(item.key, set)).map(({ group }) => group);
    }
  }
}
