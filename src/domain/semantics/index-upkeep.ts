/**
 * The partnership index's upkeep, written once for every store that keeps an index
 * (docs/partnership-index.md): which actors a change affects, and their entries computed afresh.
 * The embedded store keeps its notes in memory (partnership-index.ts); Neo4j keeps them in the
 * database and reads the notes of the touched keys before it calls this (src/store/neo4j/).
 *
 * A change touches keys (the nodes it writes, both ends of every relationship it writes or
 * deletes). Affected are: the touched keys themselves; every actor whose entry read a touched key;
 * whoever counts a touched node as a partner if it is an actor (its co-members in hubs that are
 * not large, the other ends of its direct ties: partner counts are read without a note, or the
 * notes would be the clique the index avoids); and the members of a touched hub only when it
 * crossed the large-network line since they counted it.
 */
import { isActorKind } from '../node-types.js';
import type { RelationshipType } from '../relationship-types.js';
import type { GraphReader } from './evaluator.js';
import { computeEntry, type ActorEntry } from './index-entry.js';
import { DIRECT_RULES, HUB_RULES, isLargeNetwork } from './partnership-rules.js';
import { RecordingReader, sizeId, type Reads } from './recording-reader.js';

/** What an index noted about who read what: the part of it the upkeep asks about. */
export interface IndexNotes {
  /** The actors whose entries read `key`'s node or relationships. */
  readersOf(key: string): Iterable<string>;
  /** For a hub's size (sizeId): whether its counters saw it large, and who they are. */
  sizeNote(id: string): { large: boolean; readers: Iterable<string> } | undefined;
}

/** An actor's entry and what computing it read. */
export interface ComputedEntry {
  entry: ActorEntry;
  reads: Reads;
}

function countIn(graph: GraphReader, hub: string, type: RelationshipType): number {
  return graph.inCount?.(hub, type) ?? graph.in(hub, type).length;
}

/** The actors (and keys that were actors) whose entries a change touching `touched` affects. */
export function affectedActors(
  touched: Iterable<string>,
  notes: IndexNotes,
  graph: GraphReader,
): Set<string> {
  const affected = new Set<string>();
  for (const key of touched) {
    affected.add(key);
    for (const actor of notes.readersOf(key)) affected.add(actor);
    for (const actor of tiedTo(graph, key)) affected.add(actor);
    for (const rule of HUB_RULES) {
      const note = notes.sizeNote(sizeId(rule.type, key));
      if (note && isLargeNetwork(countIn(graph, key, rule.type)) !== note.large)
        for (const actor of note.readers) affected.add(actor);
    }
  }
  return affected;
}

/**
 * Whoever counts `key` as a partner if it is an actor: its co-members of every hub that is not
 * large, and the other ends of its direct ties. A relationship written or deleted touches its
 * hub or its other end too, so what the graph holds now is enough.
 */
function tiedTo(graph: GraphReader, key: string): Set<string> {
  const tied = new Set<string>();
  for (const rule of HUB_RULES)
    for (const hub of graph.out(key, rule.type))
      if (!isLargeNetwork(countIn(graph, hub.other, rule.type)))
        for (const member of graph.in(hub.other, rule.type)) tied.add(member.other);
  for (const rule of DIRECT_RULES) {
    for (const l of graph.out(key, rule.type)) tied.add(l.other);
    for (const l of graph.in(key, rule.type)) tied.add(l.other);
  }
  return tied;
}

/** The entries of `keys` computed from the graph; null for a key that is no actor (it has none). */
export function computeEntries(
  graph: GraphReader,
  keys: Iterable<string>,
): Map<string, ComputedEntry | null> {
  const reader = new RecordingReader(graph);
  const computed = new Map<string, ComputedEntry | null>();
  for (const key of keys) {
    if (computed.has(key)) continue;
    if (!isActorKind(graph.node(key)?.type ?? '')) {
      computed.set(key, null);
      continue;
    }
    reader.restart();
    const entry = computeEntry(reader, key);
    computed.set(key, { entry, reads: reader.restart() });
  }
  return computed;
}
