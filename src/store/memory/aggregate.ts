/**
 * The embedded store's grouped counts (GraphStore.aggregate, AggregateQuery): the nodes the
 * filter keeps, each counted in every group the rules put it in — its type, its start year
 * (time-rules.ts), the countries and regions the place rules put it in, the themes and SDG goals
 * it works on or addresses (the topic filter's rule with the group added).
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  SDG_GOALS,
  type AggregateBucket,
  type AggregateQuery,
} from '../../domain/network-queries.js';
import type { Semantics } from '../../domain/semantics/evaluator.js';
import { nodeStartValue } from '../../domain/semantics/time-rules.js';
import { yearOf } from '../../domain/time.js';

export function countGroups(
  semantics: Semantics,
  items: readonly GraphNode[],
  query: AggregateQuery,
  themes: readonly string[],
): AggregateBucket[] {
  const groupsOf = groupingOf(semantics, query, themes);
  const counts = new Map<string, number>();
  for (const item of items)
    for (const group of new Set(groupsOf(item))) counts.set(group, (counts.get(group) ?? 0) + 1);
  return [...counts].map(([group, count]) => ({ group, count })).sort(byCountThenGroup);
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
