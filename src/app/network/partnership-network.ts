/**
 * The partnership network (actors linked when they are partners, weighted by how many links they
 * share), projected from the port's `findPartners` and `getPartnerships` (two calls), and what is
 * computed on it: centrality (degree, betweenness, closeness) and Louvain communities, with
 * graphology. The same projection from every store gives the same numbers.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import { DiplomapError } from '../../domain/errors.js';
import type { PartnerQuery } from '../../domain/queries.js';
import type { GraphStore } from '../../store/graph-store.js';
import { partnerHitsAsOf } from './as-of.js';
import { allPartnersWithPartnerships } from './partner-list.js';
import { compareKeys } from '../../domain/key-lists.js';
import { sampledBetweenness } from './sampled-betweenness.js';
import { mulberry32 } from './seeded-random.js';

// These CommonJS packages export their function as module.exports; TypeScript (NodeNext) types
// the default import as the namespace, so name the function it really is.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
const closenessCentrality = closenessModule as unknown as typeof closenessModule.default;

export type CentralityMeasure = 'DEGREE' | 'BETWEENNESS' | 'CLOSENESS';

/**
 * Actors with partners that match the filters, linked to those partners that match them too
 * (so a region's network has only that region's actors). Nodes and links are added in key order,
 * so every algorithm sees the same graph whichever store it came from.
 */
export async function projectPartnershipNetwork(
  store: GraphStore,
  query: Omit<PartnerQuery, 'of'>,
  asOf?: string,
): Promise<UndirectedGraph> {
  let hits = await allPartnersWithPartnerships(store, query);
  if (asOf) hits = await partnerHitsAsOf(store, hits, asOf, query.workingOn !== undefined);
  const members = new Set(hits.map((h) => h.actorKey));
  const graph = new UndirectedGraph();
  for (const key of [...members].sort(compareKeys)) graph.addNode(key);
  for (const hit of hits) {
    for (const p of hit.partnerships) {
      if (!members.has(p.partnerKey) || p.partnerKey < hit.actorKey) continue; // each pair once
      graph.addEdge(hit.actorKey, p.partnerKey, { weight: p.via.length });
    }
  }
  // Partners only through each other's absence: drop actors left without a link.
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) graph.dropNode(node);
  });
  return graph;
}

export interface CentralityScore {
  key: string;
  score: number;
  degree: number;
  /** Estimated from a sample of pivots (betweenness on a network above `maxNodes` actors). */
  estimated: boolean;
}

/**
 * Closeness is refused on networks above `maxNodes` actors (COST_LIMIT); betweenness is estimated
 * there from `maxNodes` pivots instead (sampled-betweenness.ts), the work of the largest exact one.
 */
export function checkCentralitySize(
  graph: UndirectedGraph,
  measure: CentralityMeasure,
  maxNodes: number,
): void {
  if (measure === 'CLOSENESS' && graph.order > maxNodes) {
    throw new DiplomapError(
      'COST_LIMIT',
      `${measure.toLowerCase()} centrality over ${graph.order} actors is above the limit of ${maxNodes}; narrow it with inRegion or workingOn.`,
      { actors: graph.order, maxNodes },
    );
  }
}

/**
 * Scores for every actor, highest first, ties by key. Betweenness and closeness cost
 * O(nodes × links); above `maxNodes` actors, betweenness costs O(maxNodes × links), estimated.
 */
export function centrality(
  graph: UndirectedGraph,
  measure: CentralityMeasure,
  maxNodes: number,
): CentralityScore[] {
  checkCentralitySize(graph, measure, maxNodes);
  const estimated = measure === 'BETWEENNESS' && graph.order > maxNodes;
  const scores: Record<string, number> =
    measure === 'BETWEENNESS'
      ? estimated
        ? sampledBetweenness(graph, maxNodes)
        : betweennessCentrality(graph, { normalized: true })
      : measure === 'CLOSENESS'
        ? closenessCentrality(graph, { wassermanFaust: true })
        : Object.fromEntries(
            graph.mapNodes((n) => [n, graph.order > 1 ? graph.degree(n) / (graph.order - 1) : 0]),
          );
  return graph
    .mapNodes((key) => ({
      key,
      score: round(scores[key] ?? 0),
      degree: graph.degree(key),
      estimated,
    }))
    .sort((a, b) => b.score - a.score || compareKeys(a.key, b.key));
}

/** Rounds away floating-point noise so equal scores compare equal. */
function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export interface Community {
  /** Members by key. */
  members: string[];
}

/** Louvain communities, largest first (ties by first member), with a seeded random source. */
export function communities(
  graph: UndirectedGraph,
  seed = 42,
): { communities: Community[]; modularity: number } {
  if (graph.order === 0) return { communities: [], modularity: 0 };
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(result.communities)) {
    const list = groups.get(community) ?? [];
    list.push(node);
    groups.set(community, list);
  }
  const list = [...groups.values()]
    .map((members) => ({ members: members.sort(compareKeys) }))
    // A community has at least one member: it was made by pushing one.
    .sort(
      (a, b) => b.members.length - a.members.length || compareKeys(a.members[0]!, b.members[0]!),
    );
  return { communities: list, modularity: round(result.modularity) };
}
