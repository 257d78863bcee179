/**
 * The part of the graph the rules reach from some nodes, loaded over the port, so that the
 * domain's evaluator (src/domain/semantics/evaluator.ts) answers on it exactly as the embedded
 * store answers on its whole graph: one `getEdges` and one `getNodes` per step of a rule's path,
 * for every start node at once.
 */
import type { GraphEdge, GraphNode } from '../domain/graph-records.js';
import { Semantics } from '../domain/semantics/evaluator.js';
import type { Path, Step } from '../domain/semantics/paths.js';
import {
  COUNTRY_IN_REGION,
  placeRuleOf,
  REGION_PARENT,
  type PlaceRule,
} from '../domain/semantics/place-rules.js';
import { SubgraphReader } from '../domain/semantics/subgraph-reader.js';
import type { GraphStore } from '../store/graph-store.js';

export class RuleReach {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(private readonly store: GraphStore) {}

  /** Adds nodes already at hand (the starts of the walks). */
  add(nodes: Iterable<GraphNode>): this {
    for (const node of nodes) this.nodes.set(node.key, node);
    return this;
  }

  /** Loads one step from every key: its relationships and the nodes they reach that fit. */
  async step(keys: Iterable<string>, s: Step): Promise<Set<string>> {
    const from = [...new Set(keys)];
    if (from.length === 0) return new Set();
    const views = await this.store.getEdges(from, { types: [s.type], direction: s.direction });
    const others = [...new Set(views.flat().map((v) => v.otherKey))].filter(
      (k) => !this.nodes.has(k),
    );
    for (const node of await this.store.getNodes(others)) if (node) this.nodes.set(node.key, node);
    const reached = new Set<string>();
    for (const view of views.flat()) {
      const type = this.nodes.get(view.otherKey)?.type;
      if (type === undefined || (s.to !== undefined && !s.to.includes(type))) continue;
      this.edges.set(view.edge.key, view.edge);
      reached.add(view.otherKey);
    }
    return reached;
  }

  /** Loads a path from every key; gives the keys its last step reaches. */
  async path(keys: Iterable<string>, path: Path): Promise<Set<string>> {
    let frontier = new Set(keys);
    for (const s of path) frontier = await this.step(frontier, s);
    return frontier;
  }

  /** Loads a step again and again from what it reaches, until it reaches nothing new. */
  async closure(keys: Iterable<string>, s: Step): Promise<Set<string>> {
    const seen = new Set(keys);
    let frontier = [...seen];
    while (frontier.length > 0) {
      frontier = [...(await this.step(frontier, s))].filter((k) => !seen.has(k));
      for (const k of frontier) seen.add(k);
    }
    return seen;
  }

  /** The evaluator over what has been loaded. */
  semantics(): Semantics {
    return new Semantics(new SubgraphReader(this.nodes.values(), this.edges.values()));
  }
}

/**
 * The countries and regions (with every region they are part of) the place rules put each item
 * in, loaded over the port and evaluated with the domain's rules.
 */
export async function placesOf(
  store: GraphStore,
  items: readonly GraphNode[],
): Promise<{ countries: Map<string, Set<string>>; regions: Map<string, Set<string>> }> {
  const reach = new RuleReach(store).add(items);
  const byRule = new Map<PlaceRule, string[]>();
  for (const item of items) {
    const rule = placeRuleOf(item.type);
    if (rule) byRule.set(rule, [...(byRule.get(rule) ?? []), item.key]);
  }
  const countries = new Set<string>();
  const regions = new Set<string>();
  for (const [rule, keys] of byRule) {
    for (const path of rule.toCountry)
      for (const c of await reach.path(keys, path)) countries.add(c);
    for (const path of rule.toRegion) for (const r of await reach.path(keys, path)) regions.add(r);
  }
  for (const r of await reach.step(countries, COUNTRY_IN_REGION)) regions.add(r);
  await reach.closure(regions, REGION_PARENT);
  const semantics = reach.semantics();
  return {
    countries: new Map(items.map((item) => [item.key, semantics.countriesOf(item.key)])),
    regions: new Map(items.map((item) => [item.key, semantics.regionsOf(item.key)])),
  };
}
