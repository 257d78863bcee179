/**
 * A GraphReader that notes what an answer read: every key whose node or relationships it looked
 * at and the hubs whose size it counted (and whether each was large then). The partnership index (partnership-index.ts) keeps these notes per actor, so a change to
 * the graph refreshes exactly the actors whose entries read something the change touched.
 */
import type { GraphNode } from '../graph-records.js';
import type { RelationshipType } from '../relationship-types.js';
import type { GraphReader, Link } from './evaluator.js';
import { isLargeNetwork } from './partnership-rules.js';

export interface Reads {
  /** The keys whose node or relationships were read. */
  keys: Set<string>;
  /** `type|hub` → whether the hub was large when its size was counted. */
  sizes: Map<string, boolean>;
}

export function sizeId(type: RelationshipType, hub: string): string {
  return `${type}|${hub}`;
}

/** The type and hub of a sizeId (a type has no `|`). */
export function parseSizeId(id: string): { type: RelationshipType; hub: string } {
  const bar = id.indexOf('|');
  return { type: id.slice(0, bar) as RelationshipType, hub: id.slice(bar + 1) };
}

export class RecordingReader implements GraphReader {
  private reads: Reads = { keys: new Set(), sizes: new Map() };
  /** Hub sizes counted since the reader was made (one refresh: the graph does not change). */
  private readonly counts = new Map<string, number>();

  /**
   * Whether node reads are noted. Off while partners are counted: an actor reads every co-member
   * of its projects and networks to see it is an actor, and noting each would make the notes a
   * clique; the index refreshes a changed node's co-members instead (PartnershipIndex.update).
   */
  noteNodes = true;

  constructor(private readonly graph: GraphReader) {}

  /** Starts a new record (one actor's entry) and returns the finished one. */
  restart(): Reads {
    const done = this.reads;
    this.reads = { keys: new Set(), sizes: new Map() };
    return done;
  }

  node(key: string): GraphNode | undefined {
    if (this.noteNodes) this.reads.keys.add(key);
    return this.graph.node(key);
  }

  out(key: string, type: RelationshipType): Link[] {
    this.reads.keys.add(key);
    return this.graph.out(key, type);
  }

  in(key: string, type: RelationshipType): Link[] {
    this.reads.keys.add(key);
    return this.graph.in(key, type);
  }

  /**
   * A size is noted apart from the relationships: a member of a network of thousands depends on
   * the network being large, not on who else joined it.
   */
  inCount(key: string, type: RelationshipType): number {
    const id = sizeId(type, key);
    let n = this.counts.get(id);
    if (n === undefined) {
      n = this.graph.inCount ? this.graph.inCount(key, type) : this.graph.in(key, type).length;
      this.counts.set(id, n);
    }
    this.reads.sizes.set(id, isLargeNetwork(n));
    return n;
  }
}
