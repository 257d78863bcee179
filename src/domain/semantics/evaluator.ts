/**
 * docs/ARCHITECTURE.md, "Query semantics", evaluated: the rules written as data beside this file
 * (partnership-rules.ts, place-rules.ts, topic-rules.ts) walked over any graph that can say what
 * a node is and which relationships of a type leave or reach it (GraphReader). The embedded store
 * answers with it; Neo4j's Cypher is written from the same rules (src/store/neo4j/
 * cypher-vocabulary.ts) and the stores are held to the same answers (test/semantics/).
 *
 * The walks go as deep as the rules do (RULE_DEPTH): a store that does not hold the graph in
 * memory loads what the rules reach from the keys it asks about into a SubgraphReader first.
 */
import type { GraphEdge, GraphNode } from '../graph-records.js';
import { compareKeyLists } from '../key-lists.js';
import { isActorKind, type NodeType } from '../node-types.js';
import type { Partnership, RegionEvidence, TopicEvidence } from '../queries.js';
import type { RelationshipType } from '../relationship-types.js';
import { MEMBERSHIP } from './partnership-rules.js';
import { PartnershipWalks } from './partnership-walks.js';
import { endOf, type Path, type Step, type Walk } from './paths.js';
import { TopicWalks } from './topic-walks.js';
import {
  COUNTRY_IN_REGION,
  COUNTRY_TYPE,
  PLACE_RULES,
  placeRuleOf,
  REGION_PARENT,
  REGION_TYPE,
} from './place-rules.js';
import { TOPIC_RULES } from './topic-rules.js';

export type { Walk } from './paths.js';

/** A relationship seen from one end: the node at the other end, and the relationship. */
export interface Link {
  other: string;
  edge: GraphEdge;
}

/** What the evaluator reads: a node by key, and a node's relationships of a type either way. */
export interface GraphReader {
  node(key: string): GraphNode | undefined;
  /** The relationships of `type` that leave `key`. */
  out(key: string, type: RelationshipType): Link[];
  /** The relationships of `type` that reach `key`. */
  in(key: string, type: RelationshipType): Link[];
  /** How many relationships of `type` reach `key` (`in(…).length`, where a reader counts faster). */
  inCount?(key: string, type: RelationshipType): number;
}

export class Semantics {
  /** Partnerships, by the rules of partnership-rules.ts (partnership-walks.ts). */
  private readonly partners: PartnershipWalks;
  /** Topics, by the rules of topic-rules.ts (topic-walks.ts). */
  private readonly topics: TopicWalks;

  constructor(private readonly graph: GraphReader) {
    this.partners = new PartnershipWalks(graph, (key, step) => this.links(key, step));
    this.topics = new TopicWalks(graph, this);
  }

  /** The graph was written: hub sizes counted before may be stale. */
  changed(): void {
    this.partners.changed();
  }

  /** The nodes that are MEMBER_OF `network` (NodeQuery.memberOf), each once. */
  membersOf(network: string): string[] {
    return [...new Set(this.graph.in(network, MEMBERSHIP).map((l) => l.other))];
  }

  isMemberOf(key: string, network: string): boolean {
    return this.graph.out(key, MEMBERSHIP).some((l) => l.other === network);
  }

  /** An actor's partnerships: PartnershipWalks.partnerships. */
  partnerships(actor: string, only?: string, coMembership = false): Partnership[] {
    return this.partners.partnerships(actor, only, coMembership);
  }

  /** The actor's partners' keys, sorted: PartnershipWalks.partnerKeys. */
  partnerKeys(actor: string, coMembership = false): string[] {
    return this.partners.partnerKeys(actor, coMembership);
  }

  /** Whether the actor has a partner, stopping at the first. */
  hasPartner(actor: string): boolean {
    return this.partners.hasPartner(actor);
  }

  node(key: string): GraphNode | undefined {
    return this.graph.node(key);
  }

  isActor(key: string): boolean {
    return isActorKind(this.graph.node(key)?.type ?? '');
  }

  private reaches(key: string, types: readonly NodeType[] | undefined): boolean {
    if (types === undefined) return true;
    const type = this.graph.node(key)?.type;
    return type !== undefined && types.includes(type);
  }

  /** The links one step takes from `key` (both ways for BOTH, a self-loop once). */
  links(key: string, s: Step): Link[] {
    const links =
      s.direction === 'OUT'
        ? this.graph.out(key, s.type)
        : s.direction === 'IN'
          ? this.graph.in(key, s.type)
          : [
              ...this.graph.out(key, s.type),
              ...this.graph.in(key, s.type).filter((l) => l.other !== key),
            ];
    return s.to === undefined ? links : links.filter((l) => this.reaches(l.other, s.to));
  }

  /** Every walk along `path` from `key`. */
  walk(key: string, path: Path): Walk[] {
    let walks: Walk[] = [{ nodes: [key], edges: [] }];
    for (const s of path) {
      walks = walks.flatMap((w) =>
        this.links(endOf(w), s).map((l) => ({
          nodes: [...w.nodes, l.other],
          edges: [...w.edges, l.edge],
        })),
      );
    }
    return walks;
  }

  /** The nodes of `types` (any when absent) from which `path` reaches `end`. */
  walkBack(end: string, path: Path, types?: readonly NodeType[]): Set<string> {
    let keys = new Set([end]);
    for (let i = path.length - 1; i >= 0; i--) {
      const s = path[i]!; // within the loop's bounds
      const before = i > 0 ? path[i - 1] : undefined;
      const back: Step = {
        type: s.type,
        direction: s.direction === 'OUT' ? 'IN' : s.direction === 'IN' ? 'OUT' : 'BOTH',
        ...(before?.to !== undefined ? { to: before.to } : {}),
        ...(i === 0 && types !== undefined ? { to: types } : {}),
      };
      const next = new Set<string>();
      for (const key of keys) {
        if (!this.reaches(key, s.to)) continue;
        for (const l of this.links(key, back)) next.add(l.other);
      }
      keys = next;
    }
    return keys;
  }

  // Places.

  /** A region and all its sub-regions (at any depth); empty when the key is not a region. */
  regionClosure(region: string): Set<string> {
    const seen = new Set<string>();
    if (this.graph.node(region)?.type !== REGION_TYPE) return seen;
    const stack = [region];
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (seen.has(r)) continue;
      seen.add(r);
      for (const l of this.links(r, { ...REGION_PARENT, direction: 'IN' }))
        if (this.reaches(l.other, REGION_PARENT.to)) stack.push(l.other);
    }
    return seen;
  }

  /** The countries in some regions (IN_REGION of one of them). */
  countriesIn(regions: Set<string>): Set<string> {
    const countries = new Set<string>();
    for (const r of regions)
      for (const l of this.graph.in(r, COUNTRY_IN_REGION.type))
        if (this.reaches(l.other, [COUNTRY_TYPE])) countries.add(l.other);
    return countries;
  }

  /** The nodes of `types` the place rules put in one of `regions` (a closure). */
  placedIn(regions: Set<string>, types: readonly NodeType[]): Set<string> {
    const found = new Set<string>();
    const countries = this.countriesIn(regions);
    for (const rule of PLACE_RULES) {
      const kept = rule.of.filter((type) => types.includes(type));
      if (kept.length === 0) continue;
      for (const path of rule.toCountry)
        for (const c of countries) for (const k of this.walkBack(c, path, kept)) found.add(k);
      for (const path of rule.toRegion)
        for (const r of regions) for (const k of this.walkBack(r, path, kept)) found.add(k);
    }
    return found;
  }

  /** Walks from a node to the countries it is in. */
  countryWalks(key: string): Walk[] {
    const rule = placeRuleOf(this.graph.node(key)?.type ?? ('' as NodeType));
    return rule ? rule.toCountry.flatMap((path) => this.walk(key, path)) : [];
  }

  /** Walks from a node straight to the regions it is in, and through its countries. */
  private regionWalks(key: string): Walk[] {
    const rule = placeRuleOf(this.graph.node(key)?.type ?? ('' as NodeType));
    if (!rule) return [];
    const direct = rule.toRegion.flatMap((path) => this.walk(key, path));
    const viaCountry = this.countryWalks(key).flatMap((w) =>
      this.links(endOf(w), COUNTRY_IN_REGION).map((l) => ({
        nodes: [...w.nodes, l.other],
        edges: [...w.edges, l.edge],
      })),
    );
    return [...viaCountry, ...direct];
  }

  /** The countries a node is in. */
  countriesOf(key: string): Set<string> {
    return new Set(this.countryWalks(key).map(endOf));
  }

  /** The regions a node is in, with every region those are part of. */
  regionsOf(key: string): Set<string> {
    const regions = new Set<string>();
    const stack = this.regionWalks(key).map(endOf);
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (regions.has(r)) continue;
      regions.add(r);
      for (const l of this.links(r, REGION_PARENT)) stack.push(l.other);
    }
    return regions;
  }

  /** Whether a node is in a country (see NodeQuery.country). */
  isInCountry(key: string, country: string): boolean {
    return this.countryWalks(key).some((w) => endOf(w) === country);
  }

  /** The chains from a region up to `to` along PART_OF, within the closure. */
  private regionChains(from: string, to: string, closure: Set<string>): string[][] {
    const chains: string[][] = [];
    const up = (chain: string[], last: string) => {
      if (last === to) return void chains.push(chain);
      for (const l of this.links(last, REGION_PARENT))
        if (closure.has(l.other) && !chain.includes(l.other)) up([...chain, l.other], l.other);
    };
    up([from], from);
    return chains;
  }

  /**
   * Why a node is in a region (`closure`: the region and its sub-regions), or null: the chain of
   * keys from the node to the region, the shortest, ties broken by comparing the chains.
   */
  regionEvidence(key: string, region: string, closure: Set<string>): RegionEvidence | null {
    const candidates: string[][] = [];
    for (const w of this.regionWalks(key)) {
      const r = endOf(w);
      if (!closure.has(r)) continue;
      for (const chain of this.regionChains(r, region, closure))
        candidates.push([...w.nodes.slice(0, -1), ...chain]);
    }
    const [shortest] = candidates.sort((a, b) => a.length - b.length || compareKeyLists(a, b));
    return shortest ? { path: shortest } : null;
  }

  // Topics (topic-walks.ts).

  /** TopicWalks.topicsOf: a theme's or SDG's set. */
  topicsOf(topic: string): Set<string> {
    return this.topics.topicsOf(topic);
  }

  /** TopicWalks.topicReach: everything a node's topic rules reach. */
  topicReach(key: string): TopicEvidence[] {
    return this.topics.topicReach(key);
  }

  /** Why a node works on or addresses one of `topics`, by kind, node key, topic key; [] when not. */
  topicEvidence(key: string, topics: Set<string>): TopicEvidence[] {
    return this.topicReach(key).filter((e) => topics.has(e.topicKey));
  }

  /** Whether `topicEvidence(key, topics)` is not empty, stopping at the first. */
  worksOn(key: string, topics: Set<string>): boolean {
    return this.topics.worksOn(key, topics);
  }
}

/**
 * The most relationships a rule walks from a node (a region's nesting and an SDG's depth aside):
 * what a store must load around a node before it evaluates the rules on a SubgraphReader.
 */
export const RULE_DEPTH = Math.max(
  2, // a shared hub: the actor's relationship and the partner's
  ...PLACE_RULES.flatMap((rule) => [
    ...rule.toCountry.map((path) => path.length + 1), // and the country's region
    ...rule.toRegion.map((path) => path.length),
  ]),
  ...TOPIC_RULES.map((rule) => rule.path.length),
);
