/**
 * Counts of the partnership index (docs/partnership-index.md, "Counts"): how many actors with a
 * partner each (region, topic, kind) holds, kept as entries change, so a headline question's
 * `totalCount` is a sum of a few counts instead of a walk over every hit.
 *
 * An actor counts under a topic when it works on it: when what its topic rules reach
 * (ActorEntry.topics) meets the topic's set (Semantics.topicsOf). Which topics that is depends on
 * the topic sets of the whole graph (the themes' alignments, the SDGs' parts), which an edit
 * rarely changes and which are not noted per entry: the counts are kept under a stamp of the sets
 * they were computed with, and a store uses them only while its graph's sets still give that stamp.
 */
import type { TopicEvidence } from '../queries.js';
import { compareKeys } from '../key-lists.js';
import type { ActorEntry } from './index-entry.js';

/** Every topic of a graph (themes and SDGs) with its set, as Semantics.topicsOf gives it. */
export type TopicSets = ReadonlyMap<string, ReadonlySet<string>>;

/** Every key of the sets with the topics whose set holds it: the sets read the other way. */
export type TopicsAbove = ReadonlyMap<string, readonly string[]>;

export function topicsAbove(sets: TopicSets): TopicsAbove {
  const above = new Map<string, string[]>();
  for (const [topic, set] of sets)
    for (const key of set) {
      const topics = above.get(key);
      if (topics) topics.push(topic);
      else above.set(key, [topic]);
    }
  return above;
}

/**
 * The topics an actor works on, given what its topic rules reach: those whose set holds a key
 * it reaches. Key order.
 */
export function topicsWorkedOn(reach: readonly TopicEvidence[], above: TopicsAbove): string[] {
  const topics = new Set<string>();
  for (const e of reach) for (const topic of above.get(e.topicKey) ?? []) topics.add(topic);
  return [...topics].sort(compareKeys);
}

/** The count of actors of `type` with a partner in `region` working on `topic` (null: any). */
export function countKey(region: string | null, topic: string | null, type: string): string {
  return JSON.stringify([region, topic, type]);
}

/**
 * The counts an entry adds one to: none without a partner; otherwise one per (region or any,
 * topic worked on or any) for its kind.
 */
export function entryCountKeys(
  entry: ActorEntry,
  type: string,
  worksOn: readonly string[],
): string[] {
  if (entry.partnerCount === 0) return [];
  const keys: string[] = [];
  for (const region of [null, ...entry.regions])
    for (const topic of [null, ...worksOn]) keys.push(countKey(region, topic, type));
  return keys;
}

/** The counts whose sum answers a question: one per kind asked. */
export function questionCountKeys(
  region: string | null,
  topic: string | null,
  kinds: readonly string[],
): string[] {
  return kinds.map((kind) => countKey(region, topic, kind));
}

/**
 * The sets in one text, the same for the same sets whatever their order: what the counts' stamp
 * is taken from.
 */
export function canonicalTopicSets(sets: TopicSets): string {
  return JSON.stringify(
    [...sets]
      .map(([topic, set]): [string, string[]] => [topic, [...set].sort(compareKeys)])
      .sort(([a], [b]) => compareKeys(a, b)),
  );
}

/**
 * The counts of an index held in memory (the embedded store's: partnership-index.ts). Made for
 * one set of topic sets: when the graph's change, the index makes a new table and adds every
 * entry to it again.
 */
export class CountTable {
  private readonly counts = new Map<string, number>();
  /** Actor → the counts its entry adds one to. */
  private readonly byActor = new Map<string, string[]>();

  private readonly above: TopicsAbove;

  constructor(readonly sets: TopicSets) {
    this.above = topicsAbove(sets);
  }

  add(actor: string, entry: ActorEntry, type: string): void {
    const keys = entryCountKeys(entry, type, topicsWorkedOn(entry.topics, this.above));
    this.byActor.set(actor, keys);
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  drop(actor: string): void {
    const keys = this.byActor.get(actor);
    if (!keys) return;
    this.byActor.delete(actor);
    for (const key of keys) {
      const n = (this.counts.get(key) ?? 0) - 1;
      if (n === 0) this.counts.delete(key);
      else this.counts.set(key, n);
    }
  }

  /** The sum of these counts (questionCountKeys). */
  total(keys: readonly string[]): number {
    let n = 0;
    for (const key of keys) n += this.counts.get(key) ?? 0;
    return n;
  }

  /** The counts that are not zero, in key order: what a kept and a rebuilt table compare by. */
  snapshot(): [string, number][] {
    return [...this.counts].sort(([a], [b]) => compareKeys(a, b));
  }
}
