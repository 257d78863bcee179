/**
 * Partnerships by the rules of partnership-rules.ts, walked over a GraphReader for the evaluator
 * (evaluator.ts): the reasons two actors are partners, an actor's partners, whether it has one.
 * Sharing a large hub (a network of thousands) is its rule's `large` kind, not a partnership,
 * unless one actor's partnerships with one other are asked with `coMembership`.
 */
import { compareKeyLists, compareKeys } from '../key-lists.js';
import { isActorKind } from '../node-types.js';
import type { Partnership, PartnershipVia } from '../queries.js';
import type { GraphReader, Link } from './evaluator.js';
import {
  DIRECT_RULES,
  HUB_RULES,
  hubKind,
  type PartnershipKind,
  type PartnershipRule,
} from './partnership-rules.js';
import type { Step } from './paths.js';

export class PartnershipWalks {
  /** Each hub's relationships of a rule's type, as counted since the last change (changed()). */
  private readonly hubLinks = new Map<string, number>();

  constructor(
    private readonly graph: GraphReader,
    /** The links one step takes from a node (both ways for BOTH, a self-loop once). */
    private readonly links: (key: string, step: Step) => Link[],
  ) {}

  /** The graph was written: hub sizes counted before may be stale. */
  changed(): void {
    this.hubLinks.clear();
  }

  private isActor(key: string): boolean {
    return isActorKind(this.graph.node(key)?.type ?? '');
  }

  /** The kind sharing `hub` under `rule` gives: its own, or (a large hub) the rule's `large`. */
  private kindThrough(rule: PartnershipRule, hub: string): PartnershipKind {
    if (rule.large === undefined) return rule.kind;
    // A reader that counts (the partnership index's, which notes what each answer read) is asked
    // every time; otherwise the count is kept until the next change.
    if (this.graph.inCount) return hubKind(rule, this.graph.inCount(hub, rule.type));
    const id = `${rule.type}|${hub}`;
    let n = this.hubLinks.get(id);
    if (n === undefined) this.hubLinks.set(id, (n = this.graph.in(hub, rule.type).length));
    return hubKind(rule, n);
  }

  /** Whether sharing `hub` under `rule` makes partners (not a large hub's co-membership). */
  private partnersThrough(rule: PartnershipRule, hub: string): boolean {
    return this.kindThrough(rule, hub) === rule.kind;
  }

  /**
   * An actor's partnerships (only those with `only` when given), by partner key, each reason
   * (`via`) by kind then node key with the keys of the relationships that carry it. With `only`
   * and `coMembership`, sharing a large hub counts too, as its `large` kind (CO_MEMBERSHIP).
   */
  partnerships(actor: string, only?: string, coMembership = false): Partnership[] {
    const byPartner = new Map<string, Map<string, PartnershipVia>>();
    const add = (partner: string, kind: PartnershipKind, nodeKey: string, edgeKeys: string[]) => {
      if (partner === actor || !this.isActor(partner)) return;
      let vias = byPartner.get(partner);
      if (!vias) byPartner.set(partner, (vias = new Map<string, PartnershipVia>()));
      const id = `${kind}|${nodeKey}`;
      const via = vias.get(id);
      if (via) via.edgeKeys = [...new Set([...via.edgeKeys, ...edgeKeys])].sort(compareKeys);
      else vias.set(id, { kind, nodeKey, edgeKeys: [...new Set(edgeKeys)].sort(compareKeys) });
    };
    if (!this.isActor(actor)) return [];
    for (const rule of HUB_RULES) {
      const { type } = rule;
      // With `only`, the other side's own relationships to each hub (few) instead of every member
      // of the hub (a big network has thousands): the same partnership, a fraction of the work.
      const theirs = (hub: string): Link[] =>
        only === undefined
          ? this.graph.in(hub, type)
          : this.graph
              .out(only, type)
              .filter((l) => l.other === hub)
              .map((l) => ({ ...l, other: only }));
      for (const mine of this.graph.out(actor, type)) {
        const kind = this.kindThrough(rule, mine.other);
        if (kind !== rule.kind && !(coMembership && only !== undefined)) continue;
        for (const other of theirs(mine.other))
          add(other.other, kind, mine.other, [mine.edge.key, other.edge.key]);
      }
    }
    for (const { kind, type } of DIRECT_RULES) {
      for (const l of this.links(actor, { type, direction: 'BOTH' }))
        if (only === undefined || l.other === only) add(l.other, kind, l.other, [l.edge.key]);
    }
    return [...byPartner.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([partnerKey, vias]) => ({
        partnerKey,
        via: [...vias.values()].sort((a, b) =>
          compareKeyLists([a.kind, a.nodeKey], [b.kind, b.nodeKey]),
        ),
      }));
  }

  /**
   * The actor's partners' keys, sorted: `partnerships(actor)`'s partners, without the reasons;
   * with `coMembership`, the co-members of its large hubs too.
   */
  partnerKeys(actor: string, coMembership = false): string[] {
    const partners = new Set<string>();
    this.eachPartner(actor, (other) => void partners.add(other), coMembership);
    return [...partners].sort(compareKeys);
  }

  /** Whether the actor has a partner, stopping at the first. */
  hasPartner(actor: string): boolean {
    return this.eachPartner(actor, () => true);
  }

  /** Calls `found` with each partner (repeats included) until it returns true. */
  private eachPartner(
    actor: string,
    found: (other: string) => boolean | void,
    coMembership = false,
  ): boolean {
    if (!this.isActor(actor)) return false;
    const partner = (other: string) =>
      other !== actor && this.isActor(other) && found(other) === true;
    for (const rule of HUB_RULES)
      for (const hub of this.graph.out(actor, rule.type))
        if (coMembership || this.partnersThrough(rule, hub.other))
          if (this.graph.in(hub.other, rule.type).some((l) => partner(l.other))) return true;
    for (const { type } of DIRECT_RULES)
      if (this.links(actor, { type, direction: 'BOTH' }).some((l) => partner(l.other))) return true;
    return false;
  }
}
