/**
 * Money by group (the dashboards' `aggregate` with subject FUNDING): the matching transactions
 * (funding.ts) per kind, year, funder, recipient, country, region, theme or SDG goal. A
 * transaction in several groups (a project in two countries, on two themes) counts in each;
 * one with no group (undated, no receiver stated) is left out of that grouping. Countries and
 * regions are its project's, as the project aggregates have them; themes and goals are those
 * its project addresses, with the lists' topic rule.
 */
import { SDG_GOALS } from '../../domain/network-queries.js';
import type { GraphNode } from '../../domain/graph-records.js';
import { WHOLE_LIST } from '../../domain/pagination.js';
import { yearOf } from '../../domain/time.js';
import type { GraphStore } from '../../store/graph-store.js';
import { themeKeys } from '../network/aggregates.js';
import { placesOf } from '../rule-reach.js';
import type { FundedTransaction } from './funding.js';

export const FUNDING_GROUPS = [
  'KIND',
  'YEAR',
  'FUNDER',
  'RECIPIENT',
  'COUNTRY',
  'REGION',
  'THEME',
  'SDG',
] as const;
export type FundingGroupBy = (typeof FUNDING_GROUPS)[number];

export interface FundingBucket {
  group: string;
  transactions: FundedTransaction[];
}

function bucket(pairs: [string, FundedTransaction][]): FundingBucket[] {
  const groups = new Map<string, FundedTransaction[]>();
  for (const [group, t] of pairs) {
    const list = groups.get(group) ?? groups.set(group, []).get(group)!;
    if (!list.includes(t)) list.push(t);
  }
  return [...groups].map(([group, transactions]) => ({ group, transactions }));
}

export async function fundingBuckets(
  store: GraphStore,
  transactions: FundedTransaction[],
  groupBy: FundingGroupBy,
): Promise<FundingBucket[]> {
  const own = (of: (t: FundedTransaction) => string | undefined) =>
    bucket(transactions.flatMap((t) => (of(t) === undefined ? [] : [[of(t)!, t]])));
  switch (groupBy) {
    case 'KIND':
      return own((t) => String(t.node.props.kind));
    case 'YEAR':
      return own((t) => {
        const year = yearOf(t.node.props.date);
        return year === undefined ? undefined : String(year);
      });
    case 'FUNDER':
      return own((t) => t.provider);
    case 'RECIPIENT':
      return own((t) => t.receiver);
  }
  const projectKeys = [...new Set(transactions.flatMap((t) => (t.project ? [t.project] : [])))];
  const projects = (await store.getNodes(projectKeys)).filter((n): n is GraphNode => n !== null);
  const byProject = (groups: Map<string, Iterable<string>>) =>
    bucket(
      transactions.flatMap((t) =>
        [...(groups.get(t.project ?? '') ?? [])].map((g): [string, FundedTransaction] => [g, t]),
      ),
    );
  if (groupBy === 'COUNTRY') return byProject((await placesOf(store, projects)).countries);
  if (groupBy === 'REGION') return byProject((await placesOf(store, projects)).regions);
  const topics = groupBy === 'THEME' ? await themeKeys(store) : [...SDG_GOALS];
  const addressing = await Promise.all(
    topics.map((topic) =>
      projectKeys.length === 0
        ? Promise.resolve([] as string[])
        : store
            .findNodes(
              {
                types: ['Project'],
                keys: projectKeys,
                topics: [topic],
                orderBy: 'KEY',
                direction: 'ASC',
              },
              { first: WHOLE_LIST },
            )
            .then((page) => page.items.map((i) => i.value.key)),
    ),
  );
  const groups = new Map<string, string[]>();
  topics.forEach((topic, i) => {
    for (const project of addressing[i]!)
      groups.set(project, [...(groups.get(project) ?? []), topic]);
  });
  return byProject(groups);
}
