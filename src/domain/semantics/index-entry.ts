/**
 * One actor's entry in the partnership index (partnership-index.ts), computed by the evaluator's
 * own rules (evaluator.ts): how many partners it has, the regions it is in, and everything its
 * topic rules reach. Nothing here is a second reading of the rules: the entry is what the
 * evaluator answers, kept.
 *
 * The pairs themselves are not kept. A project, agreement or network is a hyperedge: its members
 * are partners of each other, and a network of 500 members would be 125,000 pairs, most of the
 * index (a synthetic graph of 10,000 actors: 1.5 GB and 44 s to build with the pairs kept). The
 * graph already holds each hub's members; an actor's partners are expanded from its hubs when a
 * question lists them, one actor at a time.
 */
import type { TopicEvidence } from '../queries.js';
import { Semantics } from './evaluator.js';
import type { RecordingReader } from './recording-reader.js';

export interface ActorEntry {
  /** Its distinct partners (a large network's co-members are not partners). */
  partnerCount: number;
  /** The regions it is in, with every region those are part of. */
  regions: Set<string>;
  /** What its topic rules reach (Semantics.topicReach): what it works on is a part of this. */
  topics: TopicEvidence[];
}

/** The actor's entry, read through `reader` (which notes what it read). */
export function computeEntry(reader: RecordingReader, actor: string): ActorEntry {
  const semantics = new Semantics(reader);
  reader.noteNodes = false;
  const partnerCount = semantics.partnerKeys(actor).length;
  reader.noteNodes = true;
  return {
    partnerCount,
    regions: semantics.regionsOf(actor),
    topics: semantics.topicReach(actor),
  };
}
