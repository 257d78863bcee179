/**
 * The embedded store's partner questions (GraphStore.findPartners, .getPartnerships). The
 * headline list reads the partnership index (src/domain/semantics/partnership-index.ts): who is
 * in the region, who works on the theme, who has partners and how many — instead of walking the
 * rules for every actor on every request. The index is built once, in slices of the event loop,
 * when the store has its data (questions asked meanwhile wait for it), and kept up with every
 * write after that. What the index does not keep is walked per question, for the actors asked
 * only: a page's region evidence (the chain of regions), and partner lists — projects and
 * networks are hyperedges, expanded from one actor's hubs where an answer lists them.
 */
import { ACTOR_KINDS, isActorKind } from '../../domain/node-types.js';
import {
  keyOrderPage,
  pageOfKeys,
  paginate,
  startPastCursor,
  type Page,
  type PageRequest,
} from '../../domain/pagination.js';
import type {
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import type { GraphReader, Semantics } from '../../domain/semantics/evaluator.js';
import { questionCountKeys, type CountTable } from '../../domain/semantics/partner-counts.js';
import { PartnershipIndex } from '../../domain/semantics/partnership-index.js';
import { TOPIC_TYPES } from '../../domain/semantics/topic-rules.js';
import { TimeSlices } from './time-slices.js';

/** A partner question's search for its hits, as findPartners sets it up. */
interface HitSearch {
  index: PartnershipIndex;
  query: PartnerQuery;
  /** The asked topic's set. */
  topics: ReadonlySet<string> | undefined;
  page: PageRequest;
  /** Whether an actor is a hit (`regionKnown`: it is known to be in the region). */
  hit: (actorKey: string, regionKnown: boolean) => boolean;
  slices: TimeSlices;
}

export class IndexedPartners {
  private readonly index: PartnershipIndex;
  private built?: Promise<void>;
  private stopped = false;

  constructor(
    reader: GraphReader,
    private readonly semantics: Semantics,
    /** Every actor of the graph, now. */
    private readonly actors: () => string[],
    /** Every theme and SDG of the graph, now (the index's counts). */
    topics: () => Iterable<string>,
  ) {
    this.index = new PartnershipIndex(reader, topics);
  }

  /** The index, built (once: later calls wait for the same build). */
  ready(): Promise<PartnershipIndex> {
    this.built ??= this.build();
    return this.built.then(() => this.index);
  }

  /** The store is closing: a build under way stops at its next slice (a CLI can exit). */
  stop(): void {
    this.stopped = true;
  }

  /** A write touched these keys; before the first build there is nothing to keep up. */
  changed(touched: Iterable<string>): void {
    if (this.built !== undefined) this.index.update(touched);
  }

  private async build(): Promise<void> {
    this.index.clear();
    // No caller's signal: the build is shared, and a question that gives up leaves it running.
    const slices = new TimeSlices();
    // Writes during the build keep up the entries built so far; the rest are read afresh.
    for (const actor of this.actors()) {
      if (slices.due()) await slices.next();
      if (this.stopped) return;
      this.index.refresh([actor]);
    }
  }

  async findPartners(
    query: PartnerQuery,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<PartnerHit>> {
    const index = await this.ready();
    signal?.throwIfAborted();
    const { semantics } = this;
    const region = query.inRegion;
    // The asked topic's set as the index keeps it; walked afresh only for a key that is neither.
    const topics =
      query.workingOn === undefined
        ? undefined
        : (index.topicSet(query.workingOn) ?? semantics.topicsOf(query.workingOn));
    const kinds = query.kinds === undefined ? undefined : new Set<string>(query.kinds);

    // Whether an actor is a hit (`regionKnown`: its candidates are all in the region already).
    const hit = (actorKey: string, regionKnown: boolean): boolean => {
      if (kinds && !kinds.has(semantics.node(actorKey)?.type ?? '')) return false;
      // To be a hit needs one partner; with `of`, every candidate has it (and `of` is its one).
      if (query.of === undefined && index.partnerCount(actorKey) === 0) return false;
      if (region !== undefined && !regionKnown && !index.isIn(actorKey, region)) return false;
      return !topics || index.worksOn(actorKey, topics);
    };
    // In slices: at 100,000 actors a region's candidates take milliseconds.
    const slices = new TimeSlices(signal);
    const search: HitSearch = { index, query, topics, page, hit, slices };
    const table = query.of === undefined ? index.counts() : undefined;
    const keyPage =
      (table && (await this.fromCounts(table, search))) ?? (await this.listed(search));
    const closure = region === undefined ? undefined : semantics.regionClosure(region);
    const items: Page<PartnerHit>['items'] = [];
    for (const { cursor, value: actorKey } of keyPage.items) {
      if (slices.due()) await slices.next();
      items.push({
        cursor,
        value: {
          actorKey,
          actor: semantics.node(actorKey)!,
          regionEvidence: closure ? semantics.regionEvidence(actorKey, region!, closure) : null,
          topicEvidence: topics
            ? (index.entry(actorKey)?.topics ?? []).filter((t) => topics.has(t.topicKey))
            : [],
          partnerCount: query.of === undefined ? index.partnerCount(actorKey) : 1,
        },
      });
    }
    const result: Page<PartnerHit> = { ...keyPage, items };
    return result;
  }

  /**
   * A page without `of`, from the counts (partner-counts.ts): the total summed and, when that is
   * expected to read fewer actors than the smaller list the question names (each actor a hit
   * with odds of about total / actors), the page read in key order from its cursor, stopping one
   * hit past `first` (is there a next page?), and back from the cursor to the first hit (is there
   * a previous one?). Undefined: list the candidates instead.
   */
  private async fromCounts(
    table: CountTable,
    { index, query, topics, page, hit, slices }: HitSearch,
  ): Promise<Page<string> | undefined> {
    const region = query.inRegion ?? null;
    const kinds = query.kinds ?? ACTOR_KINDS;
    const total = table.total(questionCountKeys(region, query.workingOn ?? null, kinds));
    if (total === 0) return keyOrderPage([], page.first, 0, false);
    const lists = [index.size()];
    if (region !== null) lists.push(index.actorsIn(region).size);
    if (topics) lists.push(index.reachingAtMost(topics));
    if (page.first * index.size() >= total * Math.min(...lists)) return undefined;
    // This array stays as it is while the search waits between slices: a write sorts a new one.
    const ordered = index.actorsInKeyOrder();
    const start = startPastCursor(ordered, page);
    const next: string[] = [];
    for (let i = start; i < ordered.length && next.length <= page.first; i++) {
      if (slices.due()) await slices.next();
      if (hit(ordered[i]!, false)) next.push(ordered[i]!);
    }
    let hitBefore = false;
    for (let i = start - 1; i >= 0 && !hitBefore; i--) {
      if (slices.due()) await slices.next();
      hitBefore = hit(ordered[i]!, false);
    }
    return keyOrderPage(next, page.first, total, hitBefore);
  }

  /** The page of every hit among the candidates: the smaller list the question names. */
  private async listed({
    index,
    query,
    topics,
    page,
    hit,
    slices,
  }: HitSearch): Promise<Page<string>> {
    const { semantics } = this;
    const region = query.inRegion;
    let candidates: Iterable<string>;
    // Whether every candidate is known to be in the region already (no need to ask again).
    let inRegionAlready = false;
    if (query.of !== undefined) {
      // Partnerships only count with an actor (find-partners.cypher: `WHERE of:Actor`); its
      // partners are expanded from its hubs (the index keeps no pairs: index-entry.ts).
      const of = query.of;
      candidates = !semantics.isActor(of)
        ? []
        : query.coMembership
          ? semantics.partnerKeys(of, true)
          : index.partnerKeys(of, () => semantics.partnerKeys(of));
    } else {
      // The smaller of the sets the question names; every actor when it names none. The topic's
      // set is a union (a theme, its SDGs, their targets): made only when it is smaller.
      const inRegion = region === undefined ? undefined : index.actorsIn(region);
      const onTopic =
        topics === undefined || (inRegion && inRegion.size <= index.reachingAtMost(topics))
          ? undefined
          : index.actorsWorkingOn(topics);
      inRegionAlready = onTopic === undefined && inRegion !== undefined;
      // A copy of the index's own set: a write between two slices below refreshes entries, which
      // moves them within that set (an entry seen twice would be a hit twice).
      candidates = onTopic ?? (inRegion ? [...inRegion] : this.actors());
    }
    // The hits in no order: only the page is sorted (pageOfKeys), not thousands of hits.
    const keys: string[] = [];
    for (const actorKey of candidates) {
      if (slices.due()) await slices.next();
      if (hit(actorKey, inRegionAlready)) keys.push(actorKey);
    }
    return pageOfKeys(keys, page);
  }

  /**
   * Partnerships are expanded from the actors' hubs and direct ties, a page at a time (the
   * index keeps no pairs); each partnership is built from the two actors' own relationships.
   */
  async getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<Partnership>[]> {
    const slices = new TimeSlices(signal);
    const { semantics } = this;
    const { of } = query;
    const coMembership = of !== undefined && query.coMembership === true;
    const pages: Page<Partnership>[] = [];
    for (const actorKey of actorKeys) {
      if (slices.due()) await slices.next();
      let partners: readonly string[] = [];
      if (semantics.isActor(actorKey)) {
        if (of === undefined)
          partners = this.index.partnerKeys(actorKey, () => semantics.partnerKeys(actorKey));
        else if (
          semantics.isActor(of) &&
          semantics.partnerships(actorKey, of, coMembership).length > 0
        )
          partners = [of];
      }
      const keys = paginate(partners, (key) => ({ sort: key, key }), page);
      const items: Page<Partnership>['items'] = [];
      for (const { cursor, value: partner } of keys.items) {
        if (slices.due()) await slices.next();
        const only = semantics.partnerships(actorKey, partner, coMembership)[0];
        if (only) items.push({ cursor, value: only });
      }
      pages.push({ ...keys, items });
    }
    return pages;
  }
}

/** Every theme and SDG key among a store's keys by type. */
export function topicKeys(keysByType: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return TOPIC_TYPES.flatMap((type) => [...(keysByType.get(type) ?? [])]);
}

/** Every actor key among a store's keys by type. */
export function actorKeys(keysByType: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const actors: string[] = [];
  for (const [type, keys] of keysByType) if (isActorKind(type)) actors.push(...keys);
  return actors;
}
