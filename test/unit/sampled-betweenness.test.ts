/**
 * Sampled betweenness: exact (graphology's numbers) when every node is a pivot, and within the
 * documented error of the exact scores when only some are, on weighted random networks.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { sampledBetweenness } from '../../src/app/network/sampled-betweenness.js';
import { mulberry32 } from '../../src/app/network/seeded-random.js';

const exactBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

/** A random network of `n` actors, about `links` links, weights 1–3 (shared reasons). */
function randomNetwork(n: number, links: number, seed: number): UndirectedGraph {
  const random = mulberry32(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`a${String(i).padStart(4, '0')}`);
  const nodes = graph.nodes();
  for (let l = 0; l < links; l++) {
    const a = nodes[Math.floor(random() * n)];
    const b = nodes[Math.floor(random() * n)];
    if (a !== b && !graph.hasEdge(a, b))
      graph.addEdge(a, b, { weight: 1 + Math.floor(random() * 3) });
  }
  return graph;
}

const largestError = (a: Record<string, number>, b: Record<string, number>) =>
  Math.max(...Object.entries(a).map(([k, v]) => Math.abs(v - (b[k] ?? NaN))));

describe('sampled betweenness', () => {
  it('is the exact betweenness when every node is a pivot', () => {
    for (const seed of [1, 2, 3]) {
      const graph = randomNetwork(60, 150, seed);
      const exact = exactBetweenness(graph, { normalized: true });
      expect(largestError(sampledBetweenness(graph, 60), exact)).toBeLessThan(1e-12);
      expect(largestError(sampledBetweenness(graph, 1_000), exact)).toBeLessThan(1e-12);
    }
  });

  it('estimates within the documented error from a quarter of the nodes as pivots', () => {
    const graph = randomNetwork(800, 2_400, 7);
    const exact = exactBetweenness(graph, { normalized: true });
    const estimate = sampledBetweenness(graph, 200);
    // Hoeffding: ±0.1 with probability ≥ 1 − 2·exp(−2·200·0.01) ≈ 96% per score; the draw is
    // seeded, so this is one fixed sample, checked against that bound.
    expect(largestError(estimate, exact)).toBeLessThan(0.1);
    // Unbiased, scaled by nodes ÷ pivots: the total is close to the exact total (a wrong scale
    // would be off by the factor 4).
    const total = (scores: Record<string, number>) =>
      Object.values(scores).reduce((sum, x) => sum + x, 0);
    expect(total(estimate) / total(exact)).toBeCloseTo(1, 1);
    // It ranks the top brokers much as the exact scores do.
    const top = (scores: Record<string, number>) =>
      Object.entries(scores)
        .sort((x, y) => y[1] - x[1])
        .slice(0, 10)
        .map(([k]) => k);
    const shared = top(estimate).filter((k) => top(exact).includes(k));
    expect(shared.length).toBeGreaterThanOrEqual(7);
  });

  it('draws the same pivots on every run', () => {
    const graph = randomNetwork(300, 900, 11);
    expect(sampledBetweenness(graph, 50)).toEqual(sampledBetweenness(graph, 50));
  });
});
