/**
 * The cost model: what a query makes the server do, priced before it runs. A unit is about one
 * record read or returned (≈10 µs of work on the embedded store); the constants below were set
 * against measured times on the seeded graph (docs/running-in-public.md has the table).
 *
 * - Every field costs 1 plus its children.
 * - A list multiplies its children by how many items it can hold: `first` (or the default page
 *   size) for pages, the bounds below for short lists. Costs multiply through nesting and add up
 *   over aliases.
 * - Fields whose work is not the items they return add that work, from their arguments and the
 *   graph's size: listing a type scans it; `partners` without `of` reads the partnership index
 *   (the smaller of its filters' sets; every actor with `asOf`, which walks the rules); `centrality`
 *   and `communities` project the partnership network (scaled by their filters), and betweenness
 *   or closeness add a term in network size × links; `connection` grows with `maxHops`,
 *   `neighbourhood` with `depth` × `limit`, `search` and `aggregate` with what they scan.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type GraphQLField,
} from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { ApiLimits } from '../../config/api-limits.js';
import type { GraphSize } from './graph-size.js';

/** Work per actor for a scan over every actor (the rules walked: `asOf`, the network projection). */
export const SCAN_PER_ACTOR = 1;
/**
 * Work per actor the partnership index reads for `partners` without `of`: an entry read and the
 * other filters checked on it (measured at 100,000 actors: about 0.6 µs per entry on the embedded
 * store, 7 µs on Neo4j, which also counts and sorts them).
 */
export const INDEX_READ_PER_ACTOR = 0.25;
/** Work per node for listing a type (filter and order every node of it). */
export const LIST_SCAN_PER_NODE = 0.5;
/** Projecting the partnership network: work per relationship in the part a filter keeps. */
export const PROJECT_PER_RELATIONSHIP = 15;
/** Louvain on the projected network: work per relationship it keeps. */
export const LOUVAIN_PER_RELATIONSHIP = 1;
/** Betweenness and closeness (Brandes): network actors × relationships kept, divided by this. */
export const BRANDES_DIVISOR = 100;
/** The share of the network one filter (`inRegion`, `workingOn`) is assumed to keep. */
export const FILTER_SHARE = 1 / 4;
/** Nodes read per node a neighbourhood returns, per hop. */
export const NEIGHBOURHOOD_READS = 8;
/** What `search` reads of the index, per node in the graph. */
export const SEARCH_PER_NODE = 0.1;
/** What `aggregate` reads per node of its subject (grouping follows each one's relationships). */
export const AGGREGATE_PER_NODE = 4;
/** What `stats` reads per node and relationship (it counts them). */
export const STATS_PER_RECORD = 0.05;
/** One actor's partners with their regions and themes (`reach`). */
export const REACH_WORK = 100;
/** A write: validation, the journal and the store. */
export const MUTATION_WORK = 100;
/** Opening a subscription: finding where the change log ends, its first read, a place in the feed. */
export const SUBSCRIPTION_WORK = 1_000;
/** Reading the schema (introspection) is in memory: a flat price, whatever is asked. */
export const INTROSPECTION_COST = 1_000;
export const SDG_GOALS = 17;

/**
 * How many items a list that takes no `first` can hold. Lists whose length the parent field sets
 * (a page's edges, a neighbourhood's nodes, the paths found) have 1: the parent multiplies.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  sources: 3, // the passages stating a node or relationship: a few
  'Communities.communities': 1, // `communities(first:)`
  'ConvertedAmount.rates': 2, // USD, and EUR through USD
  'ConvertedTotal.notConverted': 5, // the currencies a total could not convert
  'GraphStats.nodesByType': 20,
  'MoneyTotals.byCurrency': 5, // the currencies of one actor's or project's money: a few
  'GraphStats.relationshipsByType': 20,
  'Neighbourhood.nodes': 1, // `neighbourhood(limit:)`
  'Neighbourhood.edges': 3, // relationships among the nodes: a few per node
  'Partner.inRegion': 3,
  'Partner.workingOn': 3,
  'Partnership.via': 5,
  'PartnershipVia.relationships': 2,
  'PathsResult.paths': 1, // `connection(first:, maxHops:)`
  'Path.nodes': 1,
  'Path.steps': 1,
  'Reach.byRegion': 20,
  'Reach.byTheme': 10,
  'SdgCoverage.projects': 10,
  'SdgCoverage.targets': 10,
};

/** The node type each root listing scans. */
const LISTED_TYPES: Readonly<Record<string, string>> = {
  projects: 'Project',
  agreements: 'Agreement',
  countries: 'Country',
  regions: 'Region',
  themes: 'Theme',
  sdgs: 'Sdg',
  events: 'Event',
  practices: 'Practice',
  sources: 'Source',
};

const AGGREGATE_TYPES: Readonly<Record<string, string>> = {
  PROJECT: 'Project',
  AGREEMENT: 'Agreement',
  FUNDING: 'Transaction',
};

export interface CostInputs {
  limits: ApiLimits;
  size: GraphSize;
}

type Args = Record<string, unknown>;

/** The bound a list field without `first` is priced at; undefined when the model has none. */
export function listBound(typeName: string, field: GraphQLField<unknown, unknown>) {
  if (typeName.endsWith('Connection') && field.name === 'edges') return 1;
  return LIST_BOUNDS[`${typeName}.${field.name}`] ?? LIST_BOUNDS[field.name];
}

function isList(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

export function costEstimator({ limits, size }: CostInputs): ComplexityEstimator {
  const page = (first: unknown) =>
    typeof first === 'number'
      ? Math.max(1, Math.min(first, limits.maxPageSize))
      : limits.defaultPageSize;
  const ofType = (type: string) => size.nodesByType[type] ?? 0;
  const share = (args: Args) =>
    (args.inRegion ? FILTER_SHARE : 1) * (args.workingOn ? FILTER_SHARE : 1);
  const asOfFactor = (args: Args) => (args.asOf ? 2 : 1);

  /** Reading the partnership network a filter keeps (centrality, communities). */
  const projection = (args: Args) =>
    asOfFactor(args) *
    (size.actors * SCAN_PER_ACTOR +
      size.relationships * share(args) ** 2 * PROJECT_PER_RELATIONSHIP);

  const roots: Record<string, (args: Args, child: number) => number> = {
    partners: (args, child) => {
      if (args.of) return page(args.first) * child + page(args.first);
      if (args.asOf) return page(args.first) * child + size.actors * SCAN_PER_ACTOR * 2;
      // The index starts from the smaller set a filter names and checks the others on each entry.
      const read = args.inRegion || args.workingOn ? FILTER_SHARE : 1;
      return page(args.first) * child + size.actors * read * INDEX_READ_PER_ACTOR;
    },
    centrality: (args, child) => {
      const work = projection(args);
      if (args.measure === 'DEGREE') return page(args.first) * child + work;
      const actors = Math.min(size.actors * share(args), limits.maxCentralityActors);
      const links = size.relationships * share(args) ** 2;
      return page(args.first) * child + work + (actors * links) / BRANDES_DIVISOR;
    },
    communities: (args, child) =>
      page(args.first) * child +
      projection(args) +
      size.relationships * share(args) ** 2 * LOUVAIN_PER_RELATIONSHIP,
    connection: (args, child) => {
      const hops = Math.min(Number(args.maxHops) || 1, limits.maxPathHops);
      const via = Array.isArray(args.via) ? (args.via as string[]) : undefined;
      const searched = via
        ? via.reduce((n, type) => n + (size.relationshipsByType[type] ?? 0), 0)
        : size.relationships;
      // A search from both ends: each side goes about half the hops.
      return page(args.first) * hops * child + (searched * hops) / (2 * limits.maxPathHops);
    },
    neighbourhood: (args, child) => {
      const limit = Math.min(Number(args.limit) || 1, limits.maxNeighbourhoodNodes);
      const depth = Math.max(1, Math.min(Number(args.depth) || 0, limits.maxNeighbourhoodDepth));
      return limit * child + limit * depth * NEIGHBOURHOOD_READS;
    },
    search: (args, child) => page(args.first) * child + size.nodes * SEARCH_PER_NODE,
    aggregate: (args, child) => {
      const subject = AGGREGATE_TYPES[String(args.subject)];
      const scanned = subject ? ofType(subject) : size.actors;
      return page(args.first) * child + scanned * AGGREGATE_PER_NODE;
    },
    // Funding flows add up every transaction the filters keep (src/app/money/funding.ts).
    funding: (args, child) =>
      page(args.first) * child + ofType('Transaction') * AGGREGATE_PER_NODE * asOfFactor(args),
    sdgCoverage: (_args, child) => SDG_GOALS * child + ofType('Project') * AGGREGATE_PER_NODE,
    sdgGoals: (_args, child) => SDG_GOALS * child,
    stats: (_args, child) => child + (size.nodes + size.relationships) * STATS_PER_RECORD,
    reach: (_args, child) => child + REACH_WORK,
    nodes: (args, child) => (Array.isArray(args.ids) ? args.ids.length : 1) * child,
    actors: (args, child) => page(args.first) * child + size.actors * LIST_SCAN_PER_NODE,
    ...Object.fromEntries(
      Object.entries(LISTED_TYPES).map(([field, type]) => [
        field,
        (args: Args, child: number) => page(args.first) * child + ofType(type) * LIST_SCAN_PER_NODE,
      ]),
    ),
  };

  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
    if (field.name === '__schema' || field.name === '__type') return INTROSPECTION_COST;
    const root = type.name === 'Query' ? roots[field.name] : undefined;
    if (root) return Math.ceil(1 + root(args, childComplexity));
    if (type.name === 'Mutation') return 1 + MUTATION_WORK + childComplexity;
    if (type.name === 'Subscription') return 1 + SUBSCRIPTION_WORK + childComplexity;
    if (field.args.some((a) => a.name === 'first')) return 1 + page(args.first) * childComplexity;
    if (isList(field) && isCompositeType(getNamedType(field.type)))
      return 1 + (listBound(type.name, field) ?? limits.defaultPageSize) * childComplexity;
    return 1 + childComplexity;
  };
}
