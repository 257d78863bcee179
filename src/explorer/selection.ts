/**
 * The selection both views draw: the actors that answer the filters (`match`), the partners they
 * are tied to, and one edge per pair of partners with the kinds of link between them. Built page
 * by page from the API's `partners` answer.
 */
import type {
  ActorKind,
  ExplorerActorFragment,
  ExplorerFundingFlowsQuery,
  ExplorerSelectionQuery,
  PartnershipKind,
} from './generated/graphql.js';
import { PARTNERSHIP_PRECEDENCE, type EdgeKind } from './palette.js';
import { placeOf, type Place } from './places.js';

export interface SelectionNode {
  key: string;
  name: string;
  kind: ActorKind;
  /** It answers the filters (the others are their partners, drawn lighter). */
  match: boolean;
  /** Its number of partners in the whole network (degree), when the API gave it. */
  partnerCount?: number;
  country?: string;
  place?: Place;
}

export interface SelectionEdge {
  /** `a|b`, the two actor keys in order. */
  key: string;
  source: string;
  target: string;
  /** The shared links: projects, agreements, networks, twinnings, relations. */
  via: { kind: PartnershipKind; node: string }[];
  /** The kind that colours it: the most formal of its links, or FUNDING for a funding flow. */
  kind: EdgeKind;
  /** A funding flow (from `source` to `target`): what it adds up to. */
  funding?: FlowInfo;
}

export interface FlowInfo {
  /** The converted total in euros (what converts), for the width. */
  euros: number;
  eurosText: string;
  transactions: number;
  firstDate?: string;
  lastDate?: string;
  /** Amounts that could not be converted, as text (`4745748 BDT`). */
  notConverted: string[];
}

export type FlowPage = ExplorerFundingFlowsQuery['funding'];

/** The key of a funding flow's edge: apart from the partnership between the same two actors. */
export function flowKey(from: string, to: string): string {
  return `flow:${from}>${to}`;
}

export type PartnerPage = ExplorerSelectionQuery['partners'];
type PartnerPageVia =
  PartnerPage['edges'][number]['node']['partnerships']['edges'][number]['node']['via'];

export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export class Selection {
  readonly nodes = new Map<string, SelectionNode>();
  readonly edges = new Map<string, SelectionEdge>();
  /** Matching actors the API has (all pages). */
  total = 0;
  /** Matching actors loaded so far. */
  loaded = 0;
  /** Matching actors with more partnerships than each page lists (hubs), to complete. */
  readonly partial = new Set<string>();
  /** Funding flows the API has for the filters, and the largest one in euros (for widths). */
  flowTotal = 0;
  maxFlow = 0;

  constructor(readonly keep?: (key: string) => boolean) {}

  get matches(): SelectionNode[] {
    return [...this.nodes.values()].filter((n) => n.match);
  }

  private node(actor: ExplorerActorFragment, match: boolean): SelectionNode {
    let node = this.nodes.get(actor.id);
    if (!node) {
      node = {
        key: actor.id,
        name: actor.name,
        kind: actor.kind,
        match,
        ...(actor.country ? { country: actor.country.name } : {}),
        ...(placeOf(actor) ? { place: placeOf(actor) } : {}),
      };
      this.nodes.set(actor.id, node);
    } else if (match) node.match = true;
    return node;
  }

  addPage(page: PartnerPage): void {
    this.total = page.totalCount;
    for (const { node: hit } of page.edges) {
      this.loaded += 1;
      if (this.keep && !this.keep(hit.actor.id)) continue;
      const actor = this.node(hit.actor, true);
      actor.partnerCount = hit.partnerCount;
      if (hit.partnerships.totalCount > hit.partnerships.edges.length) this.partial.add(actor.key);
      for (const { node: partnership } of hit.partnerships.edges) {
        this.link(actor, this.node(partnership.partner, false), partnership.via);
      }
    }
  }

  /** Adds a page of `partners(of: hub)`: the hub's partners beyond the first page's share. */
  addPartnersOf(hub: string, page: PartnerPage): void {
    const actor = this.nodes.get(hub);
    if (!actor) return;
    for (const { node: hit } of page.edges) {
      const partnership = hit.partnerships.edges[0]?.node;
      if (partnership) this.link(actor, this.node(hit.actor, false), partnership.via);
    }
  }

  /**
   * Adds a page of funding flows: each with both ends named becomes an edge from the funder to
   * the recipient (the ends join the selection as partners, not as matches).
   */
  addFlows(page: FlowPage): void {
    this.flowTotal = page.totalCount;
    for (const { node: flow } of page.edges) {
      if (!flow.from || !flow.to) continue;
      const from = this.node(flow.from, false);
      const to = this.node(flow.to, false);
      const converted = flow.totals.converted;
      const euros = Number(converted.amount);
      this.maxFlow = Math.max(this.maxFlow, euros);
      const key = flowKey(from.key, to.key);
      this.edges.set(key, {
        key,
        source: from.key,
        target: to.key,
        via: [],
        kind: 'FUNDING',
        funding: {
          euros,
          eurosText: converted.amount,
          transactions: flow.transactionCount,
          ...(flow.firstDate ? { firstDate: flow.firstDate } : {}),
          ...(flow.lastDate ? { lastDate: flow.lastDate } : {}),
          notConverted: converted.notConverted.map((n) => `${n.amount} ${n.currency}`),
        },
      });
    }
  }

  private link(a: SelectionNode, b: SelectionNode, links: PartnerPageVia): void {
    // The ends in edgeKey's order, so the key reads source|target.
    const [source, target] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
    const key = edgeKey(source, target);
    if (this.edges.has(key)) return;
    const via = links.map((v) => ({ kind: v.kind, node: v.node.id }));
    const kind = PARTNERSHIP_PRECEDENCE.find((k) => via.some((v) => v.kind === k)) ?? 'RELATION';
    this.edges.set(key, { key, source, target, via, kind });
  }

  /** The number of partners an actor shows: the API's degree, else its edges in the selection. */
  degree(key: string): number {
    return this.nodes.get(key)?.partnerCount ?? this.localDegree().get(key) ?? 0;
  }

  private degrees?: Map<string, number>;
  private degreesAt = -1;
  private localDegree(): Map<string, number> {
    if (this.degrees && this.degreesAt === this.edges.size) return this.degrees;
    const counts = new Map<string, number>();
    for (const e of this.edges.values()) {
      if (e.funding) continue;
      counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
    this.degrees = counts;
    this.degreesAt = this.edges.size;
    return counts;
  }
}
