/**
 * Deterministic randomness for the synthetic graph: the same seed gives the same graph on every
 * machine and Node version (Math.random cannot be seeded).
 */

/** mulberry32: small, fast and good enough for shaping test data (not for anything secret). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('Random.pick: nothing to pick from');
    // next() < 1, so the index is below values.length.
    return values[Math.floor(this.next() * values.length)]!;
  }
}

/**
 * Draws indexes 0..n-1 with probability ∝ 1/(rank+1)^s: a few very popular items and a long tail,
 * the shape of city-network membership (UCLG and Eurocities are huge, most networks are small).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s = 1.1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cumulative[i] = sum += 1 / Math.pow(i + 1, s);
    for (let i = 0; i < n; i++) this.cumulative[i] = this.cumulative[i]! / sum;
  }

  draw(random: Random): number {
    const x = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** One of `values` (as many as the ranks), drawn by rank. */
  pick<T>(random: Random, values: readonly T[]): T {
    if (values.length === 0 || values.length !== this.cumulative.length)
      throw new Error(`Zipf.pick: ${values.length} values for ${this.cumulative.length} ranks`);
    return values[this.draw(random)]!;
  }
}
