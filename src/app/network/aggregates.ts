/**
 * Dashboard aggregates: counts of actors, projects or agreements by kind, country, region, theme,
 * SDG goal or year (GraphStore.aggregate: the store counts, in one round trip), and, composed
 * here from the port, the SDG coverage of a region and an actor's reach.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import {
  byCountThenGroup,
  type AggregateBucket,
  type AggregateQuery,
} from '../../domain/network-queries.js';
import { WHOLE_LIST } from '../../domain/pagination.js';
import type { GraphStore } from '../../store/graph-store.js';
import { compareKeys as cmp } from '../../domain/key-lists.js';
import { placesOf } from '../rule-reach.js';

export type {
  AggregateBucket,
  AggregateGroupBy,
  AggregateQuery,
} from '../../domain/network-queries.js';

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

/** Counts of groups, each item once per group it is in; by count, highest first, then group. */
function count(groupsPerItem: Iterable<Iterable<string>>): AggregateBucket[] {
  const counts = new Map<string, number>();
  for (const groups of groupsPerItem)
    for (const g of new Set(groups)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].map(([group, n]) => ({ group, count: n })).sort(byCountThenGroup);
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
  // Batched reads answer one entry per key, in key order (GraphStore).
  const upward = new Map(
    topics.map((t, i) => [
      t,
      aligned[i]!.map((v) => v.otherKey).filter((k) => k.startsWith('sdg:')),
    ]),
  );
  const goalOf = (sdg: string) => `sdg:${sdg.slice(4).split('.')[0]}`;
  const isTarget = (sdg: string) => sdg.slice(4).split('.').length === 2;
  const coverage = new Map<string, { projects: Set<string>; targets: Set<string> }>();
  const at = (goal: string) =>
    coverage.get(goal) ??
    coverage.set(goal, { projects: new Set(), targets: new Set() }).get(goal)!;
  projects.forEach((project, i) => {
    for (const view of addresses[i]!) {
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
    placesOf(store, nodes).then((places) => places.regions),
    Promise.all(themes.map((t) => store.findPartners({ of: actor, workingOn: t }, { first: 0 }))),
  ]);
  return {
    partners: partners.length,
    byRegion: count(regions.values()),
    byTheme: themes
      .map((group, i) => ({ group, count: themeCounts[i]!.totalCount }))
      .filter((b) => b.count > 0)
      .sort(byCountThenGroup),
  };
}
