/**
 * Which network questions are heavy work (docs/operations-limits.md): they run under the server's
 * cap on heavy work (src/app/network/heavy-work.ts), one at a time per request, and queue when
 * the cap is reached. Centrality and communities always are (they read the whole partnership
 * network); a walk or a path search is when it can reach far into the graph.
 */

/** A neighbourhood this deep or deeper: two hops from a network reach thousands of nodes. */
export const HEAVY_NEIGHBOURHOOD_DEPTH = 2;

/** A path search this long or longer: each hop multiplies the frontier. */
export const HEAVY_PATH_HOPS = 4;

export function isHeavyNeighbourhood(depth: number): boolean {
  return depth >= HEAVY_NEIGHBOURHOOD_DEPTH;
}

export function isHeavyPathSearch(maxHops: number): boolean {
  return maxHops >= HEAVY_PATH_HOPS;
}
