/**
 * One actor's entry in the partnership index (partnership-index.ts), computed by the evaluator's
 * own rules (evaluator.ts): its partnerships with every reason and the days each reason holds,
 * the regions it is in, and everything its topic rules reach. Nothing here is a second reading
 * of the rules: the entry is what the evaluator answers, kept.
 */
import type { GraphEdge } from '../graph-records.js';
import type { PartnershipVia, TopicEvidence } from '../queries.js';
import { Semantics } from './evaluator.js';
import type { RecordingReader } from './recording-reader.js';
import { latest, relationshipEnd, relationshipStart } from './time-rules.js';

/** A reason two actors are partners, with the days it holds (undefined: open on that side). */
export interface IndexedReason extends PartnershipVia {
  /** The first day every relationship carrying it stands (time-rules.ts relationshipStart). */
  start?: string;
  /** The last day all of them still stand (the earliest end). */
  end?: string;
}

export interface ActorEntry {
  /** Partner key → its reasons, by kind then node key; partners in key order. */
  partners: Map<string, IndexedReason[]>;
  /** The regions it is in, with every region those are part of. */
  regions: Set<string>;
  /** What its topic rules reach (Semantics.topicReach): what it works on is a part of this. */
  topics: TopicEvidence[];
}

function earliest(days: readonly (string | undefined)[]): string | undefined {
  let result: string | undefined;
  for (const day of days)
    if (day !== undefined && (result === undefined || day < result)) result = day;
  return result;
}

/** The actor's entry, read through `reader` (which notes what it read). */
export function computeEntry(reader: RecordingReader, actor: string): ActorEntry {
  const semantics = new Semantics(reader);
  const partners = new Map<string, IndexedReason[]>();
  for (const p of semantics.partnerships(actor)) {
    partners.set(
      p.partnerKey,
      p.via.map((via) => {
        const edges = via.edgeKeys
          .map((k) => reader.edge(k))
          .filter((e): e is GraphEdge => e !== undefined);
        const start = latest(
          edges.map((e) => relationshipStart(e, [reader.node(e.from), reader.node(e.to)])),
        );
        const end = earliest(edges.map(relationshipEnd));
        return {
          ...via,
          ...(start === undefined ? {} : { start }),
          ...(end === undefined ? {} : { end }),
        };
      }),
    );
  }
  return {
    partners,
    regions: semantics.regionsOf(actor),
    topics: semantics.topicReach(actor),
  };
}

/** Whether a reason held on `day` (YYYY-MM-DD), as `asOf` reads time (edgeStoodAt). */
export function reasonHeldOn(reason: IndexedReason, day: string): boolean {
  return (
    (reason.start === undefined || reason.start <= day) &&
    (reason.end === undefined || reason.end >= day)
  );
}
