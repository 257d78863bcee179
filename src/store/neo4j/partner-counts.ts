/**
 * The partnership index's counts on Neo4j (src/domain/semantics/partner-counts.ts): the graph's
 * topic sets and their stamp, read with index/topic-sets.cypher before entries are computed, and
 * what each entry written adds to the counts (index/write-entries.cypher).
 */
import { createHash } from 'node:crypto';
import type { ComputedEntry } from '../../domain/semantics/index-upkeep.js';
import {
  canonicalTopicSets,
  entryCountKeys,
  topicsAbove,
  topicsWorkedOn,
  type TopicsAbove,
} from '../../domain/semantics/partner-counts.js';
import type { CypherRegistry } from './cypher-registry.js';
import type { RunStatement } from './index-reads.js';
import { textColumn, textListColumn } from './rows.js';

/** The topic sets entries are counted with, and their stamp. */
export interface CountBasis {
  above: TopicsAbove;
  stamp: string;
}

export async function readCountBasis(
  run: RunStatement,
  cypher: CypherRegistry,
): Promise<CountBasis> {
  const rows = await run(cypher.statements.topicSets, {});
  const sets = new Map(
    rows.map((row) => [textColumn(row, 'topic'), new Set(textListColumn(row, 'keys'))]),
  );
  const stamp = createHash('sha256').update(canonicalTopicSets(sets)).digest('base64url');
  return { above: topicsAbove(sets), stamp };
}

/** What an entry of an actor of `type` is written with for the counts. */
export function countsOf(
  computed: ComputedEntry,
  type: string,
  basis: CountBasis,
): { worksOn: string[]; counted: string[] } {
  const worksOn = topicsWorkedOn(computed.entry.topics, basis.above);
  return { worksOn, counted: entryCountKeys(computed.entry, type, worksOn) };
}
