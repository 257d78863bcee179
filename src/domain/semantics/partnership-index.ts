/**
 * The partnership index (docs/partnership-index.md): for every actor, how many partners it has,
 * the regions it is in and what it works on — the evaluator's answers (index-entry.ts), kept
 * instead of recomputed on every question, and kept true by refreshing, after each change,
 * exactly the actors whose entries depend on something it touched.
 *
 * Each entry notes what it read (recording-reader.ts): the keys whose node or relationships it
 * looked at, and the hubs whose size decided that sharing them is a co-membership. A change
 * touches keys (the nodes it writes, both ends of the relationships it writes); refreshed are the
 * actors that read one of them, the touched node's co-members and direct partners (whose counts
 * depend on it being an actor, read without a note), and the members of a hub only when the hub
 * crosses the large-network line. A network of thousands stays a hyperedge: its members note its
 * size, not each other, so one more signatory refreshes one actor, not eleven thousand.
 *
 * `rebuild` computes every entry from scratch; `update` after each change must give the same
 * index (test/semantics/index-upkeep.test.ts checks this on random edit sequences).
 */
import { compareKeys } from '../key-lists.js';
import { Semantics, type GraphReader } from './evaluator.js';
import type { ActorEntry } from './index-entry.js';
import { affectedActors, computeEntries, type IndexNotes } from './index-upkeep.js';
import { canonicalTopicSets, CountTable, type TopicSets } from './partner-counts.js';
import type { Reads } from './recording-reader.js';
import { TOPIC_TYPES } from './topic-rules.js';

/** Partner lists the index keeps at most (PartnershipIndex.partnerKeys). */
const PARTNER_LISTS_KEPT = 10_000;

export type { ActorEntry } from './index-entry.js';

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

export class PartnershipIndex {
  private readonly entries = new Map<string, ActorEntry>();
  private readonly reads = new Map<string, Reads>();
  /** Key → the actors whose entries read its node or relationships. */
  private readonly readers = new Map<string, Set<string>>();
  /** `type|hub` → the actors whose entries counted the hub (sizeId), and what they saw. */
  private readonly sizeReaders = new Map<string, Set<string>>();
  private readonly largeSeen = new Map<string, boolean>();
  /** Region key → the actors in it; topic key → the actors whose rules reach it. */
  private readonly byRegion = new Map<string, Set<string>>();
  private readonly byTopic = new Map<string, Set<string>>();

  /** The counts (partner-counts.ts), kept when the index knows the graph's topics. */
  private table?: CountTable;
  private stamp?: string;
  /** Every actor with an entry, in key order; made again when one comes or goes. */
  private sorted?: string[];
  /**
   * Partner lists asked for (Semantics.partnerKeys, without co-membership), kept while the
   * actor's entry stands: its partner count read what the list reads, so any write that could
   * change the list refreshes the entry, which drops the list. At most PARTNER_LISTS_KEPT.
   */
  private readonly partnerLists = new Map<string, string[]>();

  constructor(
    private readonly graph: GraphReader,
    /** Every theme and SDG of the graph, now: given, the index keeps counts too. */
    private readonly topics?: () => Iterable<string>,
  ) {}

  /** Forgets everything and computes the entries of `actors` (every actor of the graph). */
  rebuild(actors: Iterable<string>): void {
    this.clear();
    this.refresh(actors);
  }

  /** Forgets every entry (a rebuild in parts: clear, then refresh the actors a part at a time). */
  clear(): void {
    for (const map of [this.entries, this.reads, this.readers, this.sizeReaders, this.largeSeen])
      map.clear();
    this.byRegion.clear();
    this.byTopic.clear();
    this.partnerLists.clear();
    this.sorted = undefined;
    if (this.topics) this.recount();
  }

  /**
   * A theme's or SDG's set as the counts hold it (kept up with every write, as the graph's is):
   * what Semantics.topicsOf gives, without walking it again. Undefined without counts, or for a
   * key that is neither.
   */
  topicSet(topic: string): ReadonlySet<string> | undefined {
    return this.table?.sets.get(topic);
  }

  /** The graph's topic sets, now. */
  private topicSets(): TopicSets {
    const semantics = new Semantics(this.graph);
    return new Map([...this.topics!()].map((topic) => [topic, semantics.topicsOf(topic)]));
  }

  /** Counts every entry again, with the graph's topic sets now. */
  private recount(sets: TopicSets = this.topicSets()): void {
    this.stamp = canonicalTopicSets(sets);
    this.table = new CountTable(sets);
    for (const [actor, entry] of this.entries) this.table.add(actor, entry, this.typeOf(actor));
  }

  private typeOf(actor: string): string {
    return this.graph.node(actor)?.type ?? '';
  }

  /**
   * After a change that wrote `touched` (node keys, and both ends of each relationship written):
   * refreshes the actors the change affects (index-upkeep.ts).
   */
  update(touched: Iterable<string>): void {
    const keys = [...touched];
    this.refresh(affectedActors(keys, this.notes, this.graph));
    // A change to a theme or SDG (or to what was one) may change the topic sets the counts
    // were made with: then every entry is counted again.
    const sets = this.table?.sets;
    const isTopic = (key: string) => {
      const type = this.graph.node(key)?.type;
      return sets?.has(key) === true || (type !== undefined && TOPIC_TYPES.includes(type));
    };
    if (!sets || !keys.some(isTopic)) return;
    const now = this.topicSets();
    if (canonicalTopicSets(now) !== this.stamp) this.recount(now);
  }

  /** What the entries read, as the upkeep asks about it. */
  private readonly notes: IndexNotes = {
    readersOf: (key) => this.readers.get(key) ?? [],
    sizeNote: (id) => {
      const large = this.largeSeen.get(id);
      return large === undefined ? undefined : { large, readers: this.sizeReaders.get(id) ?? [] };
    },
  };

  /** Computes these actors' entries again from the graph (a key that is no actor has none). */
  refresh(keys: Iterable<string>): void {
    for (const [key, computed] of computeEntries(this.graph, keys)) {
      const had = this.entries.has(key);
      this.drop(key);
      if (computed) this.add(key, computed.entry, computed.reads);
      if (had !== this.entries.has(key)) this.sorted = undefined;
    }
  }

  private add(actor: string, entry: ActorEntry, reads: Reads): void {
    this.entries.set(actor, entry);
    this.reads.set(actor, reads);
    for (const key of reads.keys) addTo(this.readers, key, actor);
    for (const [id, large] of reads.sizes) {
      addTo(this.sizeReaders, id, actor);
      this.largeSeen.set(id, large);
    }
    for (const region of entry.regions) addTo(this.byRegion, region, actor);
    for (const t of entry.topics) addTo(this.byTopic, t.topicKey, actor);
    this.table?.add(actor, entry, this.typeOf(actor));
  }

  private drop(actor: string): void {
    const entry = this.entries.get(actor);
    const reads = this.reads.get(actor);
    if (!entry || !reads) return;
    this.entries.delete(actor);
    this.reads.delete(actor);
    this.partnerLists.delete(actor);
    for (const key of reads.keys) removeFrom(this.readers, key, actor);
    for (const id of reads.sizes.keys()) {
      removeFrom(this.sizeReaders, id, actor);
      if (!this.sizeReaders.has(id)) this.largeSeen.delete(id);
    }
    for (const region of entry.regions) removeFrom(this.byRegion, region, actor);
    for (const t of entry.topics) removeFrom(this.byTopic, t.topicKey, actor);
    this.table?.drop(actor);
  }

  // Questions.

  /** The actor's partners' keys, sorted: `compute`'s, kept while its entry stands (above). */
  partnerKeys(actor: string, compute: () => string[]): readonly string[] {
    const kept = this.partnerLists.get(actor);
    if (kept) return kept;
    const keys = compute();
    if (!this.entries.has(actor)) return keys;
    // The oldest list goes first: a Map iterates in insertion order.
    if (this.partnerLists.size >= PARTNER_LISTS_KEPT)
      this.partnerLists.delete(this.partnerLists.keys().next().value!);
    this.partnerLists.set(actor, keys);
    return keys;
  }

  /** The actor's entry; undefined when the key is not an actor. */
  entry(actor: string): ActorEntry | undefined {
    return this.entries.get(actor);
  }

  /** The counts, when the index keeps them (it was given the graph's topics). */
  counts(): CountTable | undefined {
    return this.table;
  }

  /** How many actors have an entry. */
  size(): number {
    return this.entries.size;
  }

  /** Every actor with an entry, in key order. */
  actorsInKeyOrder(): readonly string[] {
    this.sorted ??= [...this.entries.keys()].sort(compareKeys);
    return this.sorted;
  }

  /** How many partners the actor has (a large network's co-members are not partners). */
  partnerCount(actor: string): number {
    return this.entries.get(actor)?.partnerCount ?? 0;
  }

  /** The actors in a region or one of its sub-regions. */
  actorsIn(region: string): ReadonlySet<string> {
    return this.byRegion.get(region) ?? new Set();
  }

  isIn(actor: string, region: string): boolean {
    return this.entries.get(actor)?.regions.has(region) ?? false;
  }

  /** Whether the actor's topic rules reach one of `topics` (Semantics.worksOn). */
  worksOn(actor: string, topics: ReadonlySet<string>): boolean {
    return this.entries.get(actor)?.topics.some((t) => topics.has(t.topicKey)) ?? false;
  }

  /** At most how many actors reach one of `topics` (the sum over the topics; cheap). */
  reachingAtMost(topics: Iterable<string>): number {
    let n = 0;
    for (const t of topics) n += this.byTopic.get(t)?.size ?? 0;
    return n;
  }

  /** The actors whose topic rules reach one of `topics` (a theme's or SDG's set). */
  actorsWorkingOn(topics: Iterable<string>): Set<string> {
    const actors = new Set<string>();
    for (const t of topics) for (const a of this.byTopic.get(t) ?? []) actors.add(a);
    return actors;
  }

  /**
   * Every entry in a plain, ordered form: what the upkeep-against-rebuild test compares. What
   * the entries read is part of it, so a refresh that forgot a dependency shows.
   */
  snapshot(): Record<string, unknown> {
    const actors = [...this.entries.keys()].sort(compareKeys);
    return Object.fromEntries(
      actors.map((actor) => {
        const entry = this.entries.get(actor)!;
        const reads = this.reads.get(actor)!;
        return [
          actor,
          {
            partnerCount: entry.partnerCount,
            regions: [...entry.regions].sort(compareKeys),
            topics: entry.topics,
            reads: [...reads.keys].sort(compareKeys),
            sizes: [...reads.sizes].sort(([a], [b]) => compareKeys(a, b)),
          },
        ];
      }),
    );
  }
}
