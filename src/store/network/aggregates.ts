/**
 * Dashboard aggregates: counts of actors, projects or agreements by kind, country, region, theme,
 * SDG goal or year (GraphStore.aggregate: the store counts, in one round trip), and, composed
 * here from the port, the SDG coverage of a region and an actor's reach. `composeAggregate` is
 * the reference composition of the counts from the port's batched calls (one list, then one per
 * hop or per theme/goal); the embedded store answers `aggregate` with it over its own graph.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  SDG_GOALS,
  type AggregateBucket,
  type AggregateQuery,
} from '../../domain/network-queries.js';
import { WHOLE_LIST } from '../../domain/pagination.js';
import type { NodeQuery } from '../../domain/queries.js';
import type { GraphStore } from '../graph-store.js';
import { yearOf } from '../../domain/time.js';
import { joinedGroups, membershipYears, weightedBuckets } from './membership-counts.js';

export type {
  AggregateBucket,
  AggregateGroupBy,
  AggregateQuery,
} from '../../domain/network-queries.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The year an item starts: an agreement's signature, a project's start, an event's or founding year. */
export function startYearOf(node: GraphNode): number | undefined {
  return yearOf(
    node.props.dateSigned ?? node.props.startYear ?? node.props.year ?? node.props.founded,
  );
}

async function listAll(
  store: GraphStore,
  query: AggregateQuery,
  extra: Partial<NodeQuery> = {},
  first = WHOLE_LIST,
) {
  const filter = { ...query.filter, ...extra };
  return store.findNodes(
    { ...filter, types: query.types, orderBy: 'KEY', direction: 'ASC' },
    { first },
  );
}

/** Keys of nodes one hop away along `type` (OUT or IN), per key; one round trip. */
async function hop(
  store: GraphStore,
  keys: string[],
  type: 'LOCATED_IN' | 'TARGETS' | 'PARTY_TO' | 'IN_REGION' | 'PART_OF' | 'COORDINATES',
  direction: 'OUT' | 'IN',
) {
  const views = await store.getEdges(keys, { types: [type], direction });
  return new Map(keys.map((key, i) => [key, views[i].map((v) => v.otherKey)]));
}

/** Countries of each item: where an actor is (directly or through its municipality), what a project targets, where an agreement's parties are. */
export async function countriesOf(
  store: GraphStore,
  items: GraphNode[],
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(items.map((n) => [n.key, new Set<string>()]));
  const isCountry = (key: string) => key.startsWith('country:');
  const actorsOf = new Map<string, string[]>(); // item → the actors whose place counts
  const projects = items.filter((n) => n.type === 'Project').map((n) => n.key);
  const agreements = items.filter((n) => n.type === 'Agreement').map((n) => n.key);
  for (const n of items)
    if (n.type !== 'Project' && n.type !== 'Agreement') actorsOf.set(n.key, [n.key]);
  if (projects.length > 0) {
    const targets = await hop(store, projects, 'TARGETS', 'OUT');
    for (const [key, list] of targets)
      for (const t of list) if (isCountry(t)) result.get(key)!.add(t);
  }
  if (agreements.length > 0)
    for (const [key, parties] of await hop(store, agreements, 'PARTY_TO', 'IN'))
      actorsOf.set(key, parties);
  const actors = [...new Set([...actorsOf.values()].flat())];
  if (actors.length === 0) return result;
  const located = await hop(store, actors, 'LOCATED_IN', 'OUT');
  const places = [...new Set([...located.values()].flat().filter((k) => !isCountry(k)))];
  const placeCountries =
    places.length > 0 ? await hop(store, places, 'LOCATED_IN', 'OUT') : new Map<string, string[]>();
  const countriesOfActor = (actor: string) => {
    const direct = located.get(actor) ?? [];
    return [
      ...direct.filter(isCountry),
      ...direct
        .filter((k) => !isCountry(k))
        .flatMap((p) => (placeCountries.get(p) ?? []).filter(isCountry)),
    ];
  };
  for (const [item, list] of actorsOf)
    for (const actor of list) for (const c of countriesOfActor(actor)) result.get(item)!.add(c);
  return result;
}

/** Each region with all regions it is part of (PART_OF*), one round trip per level. */
async function withParents(
  store: GraphStore,
  regions: string[],
): Promise<Map<string, Set<string>>> {
  const parents = new Map<string, string[]>();
  let frontier = [...new Set(regions)];
  while (frontier.length > 0) {
    const next = await hop(store, frontier, 'PART_OF', 'OUT');
    for (const [k, v] of next)
      parents.set(
        k,
        v.filter((p) => p.startsWith('region:')),
      );
    frontier = [...new Set([...next.values()].flat())].filter(
      (r) => r.startsWith('region:') && !parents.has(r),
    );
  }
  const up = (region: string, into: Set<string>) => {
    if (into.has(region)) return;
    into.add(region);
    for (const p of parents.get(region) ?? []) up(p, into);
  };
  return new Map(
    regions.map((r) => {
      const all = new Set<string>();
      up(r, all);
      return [r, all];
    }),
  );
}

/** Regions each item is in: through its countries, and (projects) the regions it targets, with their parents. */
export async function regionsOfItems(
  store: GraphStore,
  items: GraphNode[],
): Promise<Map<string, string[]>> {
  const countries = await countriesOf(store, items);
  const allCountries = [...new Set([...countries.values()].flatMap((s) => [...s]))];
  const countryRegions =
    allCountries.length > 0
      ? await hop(store, allCountries, 'IN_REGION', 'OUT')
      : new Map<string, string[]>();
  const projects = items.filter((n) => n.type === 'Project').map((n) => n.key);
  const targeted =
    projects.length > 0
      ? await hop(store, projects, 'TARGETS', 'OUT')
      : new Map<string, string[]>();
  const direct = new Map(
    items.map((n) => [
      n.key,
      [
        ...[...(countries.get(n.key) ?? [])].flatMap((c) => countryRegions.get(c) ?? []),
        ...(targeted.get(n.key) ?? []).filter((t) => t.startsWith('region:')),
      ],
    ]),
  );
  const closure = await withParents(store, [...new Set([...direct.values()].flat())]);
  return new Map(
    [...direct].map(([key, regions]) => [
      key,
      [...new Set(regions.flatMap((r) => [...(closure.get(r) ?? [])]))],
    ]),
  );
}

function count(groupsPerItem: Iterable<Iterable<string>>): AggregateBucket[] {
  const counts = new Map<string, number>();
  for (const groups of groupsPerItem)
    for (const g of new Set(groups)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].map(([group, n]) => ({ group, count: n })).sort(byCountThenGroup);
}

/**
 * Counts of the items matching the filter, per group; an item in several groups (two countries,
 * several themes) counts in each. By count, highest first, then group. Items with no group
 * (an undated agreement when grouping by year) are left out. The store counts (one round trip).
 */
export async function aggregate(
  store: GraphStore,
  query: AggregateQuery,
): Promise<AggregateBucket[]> {
  return store.aggregate(query);
}

/** Every theme's key, in key order (the groups of a THEME aggregate). */
export async function themeKeys(store: GraphStore): Promise<string[]> {
  const page = await store.findNodes(
    { types: ['Theme'], orderBy: 'KEY', direction: 'ASC' },
    { first: WHOLE_LIST },
  );
  return page.items.map((i) => i.value.key);
}

/** `aggregate` composed from the port's batched calls: one list, then one call per hop or per topic. */
export async function composeAggregate(
  store: GraphStore,
  query: AggregateQuery,
): Promise<AggregateBucket[]> {
  const memberships = query.count === 'MEMBERSHIPS';
  if (query.groupBy === 'THEME' || query.groupBy === 'SDG') {
    // One count per topic, with the same "works on" semantics as the lists' filters.
    const topics = query.groupBy === 'THEME' ? await themeKeys(store) : [...SDG_GOALS];
    const pages = await Promise.all(
      topics.map((t) =>
        listAll(
          store,
          query,
          { topics: [...(query.filter.topics ?? []), t] },
          memberships ? WHOLE_LIST : 0,
        ),
      ),
    );
    if (!memberships)
      return topics
        .map((group, i) => ({ group, count: pages[i].totalCount }))
        .filter((b) => b.count > 0)
        .sort(byCountThenGroup);
    const groups = new Map<string, string[]>();
    topics.forEach((topic, i) => {
      for (const { value } of pages[i].items)
        groups.set(value.key, [...(groups.get(value.key) ?? []), topic]);
    });
    const items = [...new Set(pages.flatMap((p) => p.items.map((i) => i.value)))];
    return weightedBuckets(
      groups,
      query,
      await membershipYears(store, items, query.filter.memberOf),
    );
  }
  const items = (await listAll(store, query)).items.map((i) => i.value);
  const years =
    memberships || query.groupBy === 'JOINED'
      ? await membershipYears(store, items, query.filter.memberOf)
      : undefined;
  const keys = items.map((n) => n.key);
  const byItem = (lists: Iterable<Iterable<string>>) => new Map(zip(keys, [...lists]));
  let groups: Map<string, Iterable<string>>;
  let coordinations: ((key: string, coordinator: string) => number) | undefined;
  switch (query.groupBy) {
    case 'KIND':
      groups = byItem(items.map((n) => [n.type]));
      break;
    case 'YEAR':
      groups = byItem(
        items.map((n) => {
          const y = startYearOf(n);
          return y === undefined ? [] : [String(y)];
        }),
      );
      break;
    case 'JOINED':
      groups = joinedGroups(years!);
      break;
    case 'COORDINATOR': {
      const views = await store.getEdges(keys, { types: ['COORDINATES'], direction: 'IN' });
      const byItem = new Map(keys.map((k, i) => [k, views[i].map((v) => v.otherKey)]));
      groups = byItem;
      coordinations = (key, coordinator) =>
        byItem.get(key)!.filter((other) => other === coordinator).length;
      break;
    }
    case 'COUNTRY':
      groups = await countriesOf(store, items);
      break;
    case 'REGION':
      groups = await regionsOfItems(store, items);
      break;
  }
  return weightedBuckets(groups, query, memberships ? years : undefined, coordinations);
}

function zip<A, B>(a: A[], b: B[]): [A, B][] {
  return a.map((x, i) => [x, b[i]]);
}

export interface SdgCoverage {
  goal: string;
  /** Projects in the region addressing the goal (directly, through a target, or through an aligned theme). */
  projects: string[];
  /** The goal's targets some of those projects address directly. */
  targets: string[];
}

/** Which SDG goals and targets have projects in a region: one list, then a few batched hops. */
export async function sdgCoverage(store: GraphStore, region: string): Promise<SdgCoverage[]> {
  const projects = (
    await store.findNodes(
      { types: ['Project'], region, orderBy: 'KEY', direction: 'ASC' },
      { first: WHOLE_LIST },
    )
  ).items.map((i) => i.value.key);
  if (projects.length === 0) return [];
  const addresses = await store.getEdges(projects, { types: ['ADDRESSES'], direction: 'OUT' });
  const topics = [...new Set(addresses.flat().map((v) => v.otherKey))];
  // Themes count through the SDGs they align with; targets and indicators through their goal (by code).
  const aligned = await store.getEdges(topics, { types: ['ALIGNS_WITH'], direction: 'OUT' });
  const upward = new Map(
    topics.map((t, i) => [
      t,
      aligned[i].map((v) => v.otherKey).filter((k) => k.startsWith('sdg:')),
    ]),
  );
  const goalOf = (sdg: string) => `sdg:${sdg.slice(4).split('.')[0]}`;
  const isTarget = (sdg: string) => sdg.slice(4).split('.').length === 2;
  const coverage = new Map<string, { projects: Set<string>; targets: Set<string> }>();
  const at = (goal: string) =>
    coverage.get(goal) ??
    coverage.set(goal, { projects: new Set(), targets: new Set() }).get(goal)!;
  projects.forEach((project, i) => {
    for (const view of addresses[i]) {
      const topic = view.otherKey;
      const sdgs = topic.startsWith('sdg:') ? [topic] : (upward.get(topic) ?? []);
      for (const sdg of sdgs) {
        const entry = at(goalOf(sdg));
        entry.projects.add(project);
        if (topic.startsWith('sdg:') && isTarget(sdg)) entry.targets.add(sdg);
      }
    }
  });
  const goalNumber = (g: string) => Number(g.slice(4));
  return [...coverage]
    .sort(([a], [b]) => goalNumber(a) - goalNumber(b))
    .map(([goal, e]) => ({
      goal,
      projects: [...e.projects].sort(cmp),
      targets: [...e.targets].sort(cmp),
    }));
}

export interface Reach {
  partners: number;
  byRegion: AggregateBucket[];
  byTheme: AggregateBucket[];
}

/**
 * An actor's reach: how many partners it has, in which regions (every region containing a
 * partner's country) and working on which themes. One partner list, a few hops, one count per theme.
 */
export async function reachOf(store: GraphStore, actor: string): Promise<Reach> {
  const partners = (await store.findPartners({ of: actor }, { first: WHOLE_LIST })).items.map(
    (i) => i.value.actorKey,
  );
  if (partners.length === 0) return { partners: 0, byRegion: [], byTheme: [] };
  const nodes = (await store.getNodes(partners)).filter((n): n is GraphNode => n !== null);
  const themes = (
    await store.findNodes(
      { types: ['Theme'], orderBy: 'KEY', direction: 'ASC' },
      { first: WHOLE_LIST },
    )
  ).items.map((i) => i.value.key);
  const [regions, themeCounts] = await Promise.all([
    regionsOfItems(store, nodes),
    Promise.all(themes.map((t) => store.findPartners({ of: actor, workingOn: t }, { first: 0 }))),
  ]);
  return {
    partners: partners.length,
    byRegion: count(regions.values()),
    byTheme: themes
      .map((group, i) => ({ group, count: themeCounts[i].totalCount }))
      .filter((b) => b.count > 0)
      .sort(byCountThenGroup),
  };
}
