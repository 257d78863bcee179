/** Centrality and communities on a small partnership network checked by hand. */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { edge, node } from '../support/graph-fixtures.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import {
  centrality,
  communities,
  projectPartnershipNetwork,
} from '../../src/app/network/partnership-network.js';

const member = (from: string, to: string) => edge('MEMBER_OF', from, to);

// a and b share network n1, b and c share n2, c and d are twinned: the chain a – b – c – d.
const chain: GraphData = {
  nodes: [node('a'), node('b'), node('c'), node('d'), node('n1', 'Network'), node('n2', 'Network')],
  edges: [
    member('a', 'n1'),
    member('b', 'n1'),
    member('b', 'n2'),
    member('c', 'n2'),
    edge('TWINNED_WITH', 'c', 'd'),
  ],
};

describe('partnership network', () => {
  it('projects partners as links, weighted by shared links', async () => {
    const network = await projectPartnershipNetwork(await MemoryStore.fromData(chain), {});
    expect(network.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(
      network
        .edges()
        .map((e) => network.extremities(e).sort().join('-'))
        .sort(),
    ).toEqual(['a-b', 'b-c', 'c-d']);
  });

  it('ranks the middle of a chain as its brokers', async () => {
    const network = await projectPartnershipNetwork(await MemoryStore.fromData(chain), {});
    // b lies on the shortest chains a–c and a–d, c on a–d and b–d: 2 of the 3 pairs not involving each.
    expect(centrality(network, 'BETWEENNESS', 100)).toEqual([
      { key: 'b', score: 0.666666667, degree: 2, estimated: false },
      { key: 'c', score: 0.666666667, degree: 2, estimated: false },
      { key: 'a', score: 0, degree: 1, estimated: false },
      { key: 'd', score: 0, degree: 1, estimated: false },
    ]);
    // b is 1, 1 and 2 hops from the others: closeness 3 / 4.
    expect(centrality(network, 'CLOSENESS', 100).map((s) => [s.key, s.score])).toEqual([
      ['b', 0.75],
      ['c', 0.75],
      ['a', 0.5],
      ['d', 0.5],
    ]);
    expect(centrality(network, 'DEGREE', 100).map((s) => [s.key, s.score])).toEqual([
      ['b', 0.666666667],
      ['c', 0.666666667],
      ['a', 0.333333333],
      ['d', 0.333333333],
    ]);
  });

  it('refuses closeness over a network larger than the limit, and estimates betweenness', async () => {
    const network = await projectPartnershipNetwork(await MemoryStore.fromData(chain), {});
    expect(() => centrality(network, 'CLOSENESS', 3)).toThrow(
      expect.objectContaining({ code: 'COST_LIMIT' }),
    );
    const estimated = centrality(network, 'BETWEENNESS', 3);
    expect(estimated.map((s) => s.estimated)).toEqual([true, true, true, true]);
    expect(estimated.map((s) => s.key).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(centrality(network, 'DEGREE', 3)).toHaveLength(4);
  });

  it('finds two communities in two cliques joined by one link, the same on every run', async () => {
    const cliques: GraphData = {
      nodes: [...'abcdefgh']
        .map((k) => node(k))
        .concat([node('n1', 'Network'), node('n2', 'Network')]),
      edges: [
        ...[...'abcd'].map((k) => member(k, 'n1')),
        ...[...'efgh'].map((k) => member(k, 'n2')),
        edge('TWINNED_WITH', 'd', 'e'),
      ],
    };
    const network = await projectPartnershipNetwork(await MemoryStore.fromData(cliques), {});
    const first = communities(network);
    expect(first.communities.map((c) => c.members)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
    ]);
    expect(first.modularity).toBeGreaterThan(0.3);
    expect(communities(network)).toEqual(first);
  });
});
