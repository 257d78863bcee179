/**
 * docs/ARCHITECTURE.md, "Query semantics", over a graphology graph: what is in a region, what
 * works on a topic, who partners with whom. The Neo4j adapter implements the same rules in
 * Cypher; the contract suite holds the two to the same answers.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { isActorKind } from '../../domain/node-types.js';
import type {
  Partnership,
  PartnershipKind,
  PartnershipVia,
  RegionEvidence,
  TopicEvidence,
} from '../../domain/queries.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { compareKeyLists } from '../../domain/key-lists.js';
import {
  DIRECT_PARTNERSHIPS,
  isLargeNetwork,
  networkKind,
  SHARED_PARTNERSHIPS,
} from '../../domain/partnerships.js';

export type Graph = MultiDirectedGraph<GraphNode, GraphEdge>;

export class GraphSemantics {
  /** MEMBER_OF relationships into each network asked about; emptied by every write (changed()). */
  private readonly memberships = new Map<string, number>();

  constructor(private readonly graph: Graph) {}

  /** The graph was written: counts read before may be stale. */
  changed(): void {
    this.memberships.clear();
  }

  /** Large networks (src/domain/partnerships.ts): co-membership of one is not a partnership. */
  private membershipsOf(hub: string): number {
    let n = this.memberships.get(hub);
    if (n === undefined) this.memberships.set(hub, (n = this.in(hub, 'MEMBER_OF').length));
    return n;
  }

  /** Whether sharing `hub` through `type` makes partners (not a large network's co-membership). */
  private partnersThrough(hub: string, type: RelationshipType): boolean {
    return type !== 'MEMBER_OF' || !isLargeNetwork(this.membershipsOf(hub));
  }

  node(key: string): GraphNode | undefined {
    return this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : undefined;
  }

  /** Targets of `key`'s outgoing relationships of a type, with the relationships. */
  out(key: string, type: RelationshipType): { other: string; edge: GraphEdge }[] {
    const result: { other: string; edge: GraphEdge }[] = [];
    if (!this.graph.hasNode(key)) return result;
    this.graph.forEachOutEdge(key, (_e, edge, _s, target) => {
      if (edge.type === type) result.push({ other: target, edge });
    });
    return result;
  }

  /** Sources of `key`'s incoming relationships of a type. */
  in(key: string, type: RelationshipType): { other: string; edge: GraphEdge }[] {
    const result: { other: string; edge: GraphEdge }[] = [];
    if (!this.graph.hasNode(key)) return result;
    this.graph.forEachInEdge(key, (_e, edge, source) => {
      if (edge.type === type) result.push({ other: source, edge });
    });
    return result;
  }

  /** A region and all its sub-regions (PART_OF*, any depth). */
  regionClosure(region: string): Set<string> {
    const seen = new Set<string>();
    if (this.node(region)?.type !== 'Region') return seen;
    const stack = [region];
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (seen.has(r)) continue;
      seen.add(r);
      for (const { other } of this.in(r, 'PART_OF'))
        if (this.node(other)?.type === 'Region') stack.push(other);
    }
    return seen;
  }

  /** Countries whose region lies in the closure. */
  countriesIn(closure: Set<string>): Set<string> {
    const countries = new Set<string>();
    for (const r of closure) for (const { other } of this.in(r, 'IN_REGION')) countries.add(other);
    return countries;
  }

  /** Actors located in one of these countries, directly or through their municipality. */
  actorsInCountries(countries: Set<string>): Set<string> {
    const actors = new Set<string>();
    for (const country of countries) {
      for (const { other } of this.in(country, 'LOCATED_IN')) {
        const type = this.node(other)?.type ?? '';
        if (isActorKind(type)) actors.add(other);
        if (type === 'Municipality')
          for (const { other: inside } of this.in(other, 'LOCATED_IN'))
            if (isActorKind(this.node(inside)?.type ?? '')) actors.add(inside);
      }
    }
    return actors;
  }

  /** Paths actor → country (directly, or through the municipality it is located in). */
  actorCountryPaths(actor: string): string[][] {
    const paths: string[][] = [];
    for (const { other } of this.out(actor, 'LOCATED_IN')) {
      const target = this.node(other);
      if (target?.type === 'Country') paths.push([actor, other]);
      else if (target?.type === 'Municipality') {
        for (const { other: c } of this.out(other, 'LOCATED_IN')) {
          if (this.node(c)?.type === 'Country') paths.push([actor, other, c]);
        }
      }
    }
    return paths;
  }

  /** Shortest chains region → … → the asked region, upwards along PART_OF. */
  private regionChains(from: string, to: string, closure: Set<string>): string[][] {
    const chains: string[][] = [];
    const walk = (chain: string[]) => {
      const last = chain[chain.length - 1];
      if (last === to) return void chains.push(chain);
      for (const { other } of this.out(last, 'PART_OF')) {
        if (closure.has(other) && !chain.includes(other)) walk([...chain, other]);
      }
    };
    walk([from]);
    return chains;
  }

  /**
   * Why a node is in a region, or null. Actors: through their country; projects: through a
   * target (a region in the closure, or a country in it); countries: directly. The evidence is
   * the shortest path, ties broken by comparing the paths' keys.
   */
  regionEvidence(key: string, region: string, closure: Set<string>): RegionEvidence | null {
    const node = this.node(key);
    if (!node) return null;
    const candidates: string[][] = [];
    const viaCountry = (prefix: string[], country: string) => {
      for (const { other: r } of this.out(country, 'IN_REGION')) {
        if (!closure.has(r)) continue;
        for (const chain of this.regionChains(r, region, closure))
          candidates.push([...prefix, country, ...chain]);
      }
    };
    if (isActorKind(node.type)) {
      for (const path of this.actorCountryPaths(key))
        viaCountry(path.slice(0, -1), path[path.length - 1]);
    } else if (node.type === 'Project') {
      for (const { other } of this.out(key, 'TARGETS')) {
        const target = this.node(other);
        if (target?.type === 'Country') viaCountry([key], other);
        else if (target?.type === 'Region' && closure.has(other)) {
          for (const chain of this.regionChains(other, region, closure))
            candidates.push([key, ...chain]);
        }
      }
    } else if (node.type === 'Country') {
      viaCountry([], key);
    } else if (node.type === 'Agreement') {
      for (const { other: party } of this.in(key, 'PARTY_TO')) {
        for (const path of this.actorCountryPaths(party))
          viaCountry([key, ...path.slice(0, -1)], path[path.length - 1]);
      }
    }
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => a.length - b.length || compareKeyLists(a, b));
    return { path: candidates[0] };
  }

  /** Whether a node is in a country (see NodeQuery.country). */
  isInCountry(key: string, country: string): boolean {
    const node = this.node(key);
    if (!node) return false;
    if (isActorKind(node.type))
      return this.actorCountryPaths(key).some((p) => p[p.length - 1] === country);
    if (node.type === 'Project')
      return this.out(key, 'TARGETS').some(({ other }) => other === country);
    if (node.type === 'Agreement') {
      return this.in(key, 'PARTY_TO').some(({ other }) =>
        this.actorCountryPaths(other).some((p) => p[p.length - 1] === country),
      );
    }
    return false;
  }

  /**
   * The topics that count for a theme or SDG: itself, the SDGs a theme aligns with, and every
   * SDG target or indicator below those (PART_OF*). Empty when the key is neither.
   */
  topicsOf(topic: string): Set<string> {
    const node = this.node(topic);
    const topics = new Set<string>();
    if (!node || (node.type !== 'Theme' && node.type !== 'Sdg')) return topics;
    const roots = [topic];
    if (node.type === 'Theme') {
      for (const { other } of this.out(topic, 'ALIGNS_WITH'))
        if (this.node(other)?.type === 'Sdg') roots.push(other);
    }
    const stack = [...roots];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (topics.has(t)) continue;
      topics.add(t);
      if (this.node(t)?.type === 'Sdg')
        for (const { other } of this.in(t, 'PART_OF')) stack.push(other);
    }
    return topics;
  }

  /**
   * Why a node works on (actors) or addresses (projects, agreements) one of `topics`, sorted by
   * kind, node key, topic key. Empty when it does not.
   */
  topicEvidence(key: string, topics: Set<string>): TopicEvidence[] {
    const node = this.node(key);
    const evidence: TopicEvidence[] = [];
    if (!node) return evidence;
    if (isActorKind(node.type)) {
      for (const { other } of this.out(key, 'FOCUSES_ON')) {
        if (topics.has(other)) evidence.push({ kind: 'FOCUS', nodeKey: other, topicKey: other });
      }
      for (const { other: project } of this.out(key, 'PARTICIPATES_IN')) {
        for (const { other: t } of this.out(project, 'ADDRESSES')) {
          if (topics.has(t)) evidence.push({ kind: 'PROJECT', nodeKey: project, topicKey: t });
        }
      }
    } else if (node.type === 'Project' || node.type === 'Agreement') {
      for (const { other: t } of this.out(key, 'ADDRESSES')) {
        if (topics.has(t)) evidence.push({ kind: 'PROJECT', nodeKey: key, topicKey: t });
      }
    }
    return dedupeSorted(evidence, (e) => [e.kind, e.nodeKey, e.topicKey]);
  }

  /** Whether an actor works on one of `topics`: `topicEvidence(actor, topics).length > 0`, stopping at the first. */
  worksOn(actor: string, topics: Set<string>): boolean {
    if (this.out(actor, 'FOCUSES_ON').some(({ other }) => topics.has(other))) return true;
    return this.out(actor, 'PARTICIPATES_IN').some(({ other: project }) =>
      this.out(project, 'ADDRESSES').some(({ other: t }) => topics.has(t)),
    );
  }

  /**
   * Every partnership of an actor, by partner key; `via` by kind, then node key. With
   * `coMembership`, co-members of its large networks too (CO_MEMBERSHIP; only with `only`).
   */
  partnerships(actor: string, only?: string, coMembership = false): Partnership[] {
    const byPartner = new Map<string, Map<string, PartnershipVia>>();
    const add = (partner: string, kind: PartnershipKind, nodeKey: string, edgeKeys: string[]) => {
      if (partner === actor || !isActorKind(this.node(partner)?.type ?? '')) return;
      let vias = byPartner.get(partner);
      if (!vias) byPartner.set(partner, (vias = new Map()));
      const id = `${kind}|${nodeKey}`;
      const via = vias.get(id);
      if (via) via.edgeKeys = [...new Set([...via.edgeKeys, ...edgeKeys])].sort();
      else vias.set(id, { kind, nodeKey, edgeKeys: [...new Set(edgeKeys)].sort() });
    };
    for (const [type, shared] of SHARED_PARTNERSHIPS) {
      // With `only`, the other side's own relationships to each hub (few) instead of every member
      // of the hub (a big network has thousands): the same partnership, a fraction of the work.
      const theirsOf = (hub: string) =>
        only === undefined
          ? this.in(hub, type).map(({ other, edge }) => ({ partner: other, edge }))
          : this.out(only, type)
              .filter(({ other }) => other === hub)
              .map(({ edge }) => ({ partner: only, edge }));
      for (const { other: hub, edge: mine } of this.out(actor, type)) {
        // Large networks: co-membership only when asked (src/domain/partnerships.ts).
        const large = !this.partnersThrough(hub, type);
        if (large && !(coMembership && only !== undefined)) continue;
        const kind = type === 'MEMBER_OF' ? networkKind(this.membershipsOf(hub)) : shared;
        for (const { partner, edge: theirs } of theirsOf(hub))
          add(partner, kind, hub, [mine.key, theirs.key]);
      }
    }
    for (const [type, kind] of DIRECT_PARTNERSHIPS) {
      for (const { other, edge } of [...this.out(actor, type), ...this.in(actor, type)])
        if (only === undefined || other === only) add(other, kind, other, [edge.key]);
    }
    return [...byPartner.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([partnerKey, vias]) => ({
        partnerKey,
        via: [...vias.values()].sort((a, b) =>
          compareKeyLists([a.kind, a.nodeKey], [b.kind, b.nodeKey]),
        ),
      }));
  }

  /**
   * The keys of the actor's partners, sorted: `partnerships(actor)`'s partner keys, without the
   * evidence; with `coMembership`, the co-members of its large networks too.
   */
  partnerKeys(actor: string, coMembership = false): string[] {
    const partners = new Set<string>();
    const add = (other: string) => {
      if (other !== actor && isActorKind(this.node(other)?.type ?? '')) partners.add(other);
    };
    for (const [type] of SHARED_PARTNERSHIPS) {
      for (const { other: hub } of this.out(actor, type))
        if (coMembership || this.partnersThrough(hub, type))
          for (const { other } of this.in(hub, type)) add(other);
    }
    for (const [type] of DIRECT_PARTNERSHIPS) {
      for (const { other } of [...this.out(actor, type), ...this.in(actor, type)]) add(other);
    }
    return [...partners].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Whether the actor has a partner: `partnerships(actor).length > 0`, stopping at the first. */
  hasPartner(actor: string): boolean {
    const isPartner = (other: string) =>
      other !== actor && isActorKind(this.node(other)?.type ?? '');
    for (const [type] of SHARED_PARTNERSHIPS) {
      for (const { other: hub } of this.out(actor, type)) {
        if (!this.partnersThrough(hub, type)) continue;
        if (this.in(hub, type).some(({ other }) => isPartner(other))) return true;
      }
    }
    for (const [type] of DIRECT_PARTNERSHIPS) {
      if ([...this.out(actor, type), ...this.in(actor, type)].some(({ other }) => isPartner(other)))
        return true;
    }
    return false;
  }
}

function dedupeSorted<T>(items: T[], keyOf: (item: T) => string[]): T[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const id = keyOf(item).join('\u0000');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort((a, b) => compareKeyLists(keyOf(a), keyOf(b)));
}
