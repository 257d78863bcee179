/**
 * Answers to the relationship questions, kept until the graph changes.
 *
 * The partnership network changes only through edits and imports, while the same few questions
 * (the headline `partners`, the dashboard aggregates, centrality, communities) are asked again
 * and again. An answer is kept under its question and arguments for the current *generation* of
 * the graph; every change that becomes durable starts a new generation, so no answer outlives the
 * graph it was computed from:
 * - changes made through this process bump the generation as soon as they resolve (store.ts);
 * - changes other processes make to a shared Neo4j database bump it when the change feed reads
 *   them from the change log (every CHANGE_POLL_MS), and `maxAgeMs` bounds how long an answer is
 *   kept at all (bulk loads by `diplomap seed` write no change records).
 * An answer computed while the generation moved on is returned but not kept: it may hold a
 * state the graph has left. On Neo4j nothing is kept until the change feed listens.
 */
import { LRUCache } from 'lru-cache';

export interface AnswerCacheOptions {
  /** Size of the answers kept, in kibibytes of their JSON text; 0 turns the cache off. */
  maxKiB: number;
  /** How long an answer is kept at most, in ms; 0: until the graph changes. */
  maxAgeMs: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheOptions = { maxKiB: 64 * 1024, maxAgeMs: 0 };

/**
 * On Neo4j, answers are kept a minute at most unless configured: bulk loads by other processes
 * (`diplomap seed`, `generate --load`) write no change records, so no change says they happened.
 */
export const NEO4J_ANSWER_MAX_AGE_MS = 60_000;

export interface AnswerCacheStats {
  generation: number;
  entries: number;
  kib: number;
  hits: number;
  misses: number;
}

interface Kept {
  value: unknown;
}

export class AnswerCache {
  private generation = 0;
  private hits = 0;
  private misses = 0;
  private readonly kept: LRUCache<string, Kept> | undefined;
  private paused = false;

  constructor(options: Partial<AnswerCacheOptions> = {}) {
    const { maxKiB, maxAgeMs } = { ...DEFAULT_ANSWER_CACHE, ...options };
    if (maxKiB <= 0) return;
    this.kept = new LRUCache<string, Kept>({
      maxSize: maxKiB,
      // One answer may take at most an eighth of the room: a huge one would evict all others.
      maxEntrySize: Math.max(1, Math.floor(maxKiB / 8)),
      sizeCalculation: (kept) => weightKiB(kept.value),
      ...(maxAgeMs > 0 ? { ttl: maxAgeMs } : {}),
    });
  }

  /** A cache that keeps nothing (tests, and contexts built without a server). */
  static off(): AnswerCache {
    return new AnswerCache({ maxKiB: 0 });
  }

  /**
   * The kept answer to `question` with `args`, or `compute`'s, kept for the current generation.
   * `args` must hold only the question's inputs (no signal, no deadline): equal inputs, one key.
   */
  async answer<T>(question: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.kept || this.paused) return compute();
    const key = `${question}\u0000${stableJson(args)}`;
    const found = this.kept.get(key);
    if (found) {
      this.hits += 1;
      return found.value as T;
    }
    this.misses += 1;
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation && !this.paused) this.kept.set(key, { value });
    return value;
  }

  /** The graph changed: nothing kept so far holds. */
  invalidate(): void {
    this.generation += 1;
    this.kept?.clear();
  }

  /** Keeps nothing until `resume` (changes could go unheard meanwhile). */
  pause(): void {
    this.invalidate();
    this.paused = true;
  }

  resume(): void {
    this.invalidate();
    this.paused = false;
  }

  stats(): AnswerCacheStats {
    return {
      generation: this.generation,
      entries: this.kept?.size ?? 0,
      kib: this.kept?.calculatedSize ?? 0,
      hits: this.hits,
      misses: this.misses,
    };
  }
}

/** JSON with object keys sorted: the same inputs built in another order give the same key. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

function weightKiB(value: unknown): number {
  return Math.max(1, Math.ceil((JSON.stringify(value)?.length ?? 0) / 1024));
}
