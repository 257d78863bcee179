/**
 * The partnership index kept up after each change equals the index rebuilt from scratch
 * (src/domain/semantics/partnership-index.ts): on random graphs (random-graph.ts) edited by
 * random sequences of writes — relationships added, removed and redated, nodes redated, retyped
 * and removed — compared after every write, what each entry read and the counts included. And a network
 * crossing the large-network line both ways refreshes its members.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeKey, type GraphNode } from '../../src/domain/graph-records.js';
import { isActorKind, type NodeType } from '../../src/domain/node-types.js';
import { PartnershipIndex } from '../../src/domain/semantics/partnership-index.js';
import { LARGE_NETWORK_MEMBERS } from '../../src/domain/semantics/partnership-rules.js';
import { TOPIC_TYPES } from '../../src/domain/semantics/topic-rules.js';
import { MutableGraph } from './mutable-graph.js';
import { randomGraph } from './random-graph.js';
import { applyEdit, randomEdit } from './random-edits.js';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const isActor = (n: GraphNode) => isActorKind(n.type);

/** The graph's themes and SDGs, now: given, an index keeps its counts too. */
const topicsOf = (graph: MutableGraph) => () => graph.actors((n) => TOPIC_TYPES.includes(n.type));

function rebuilt(graph: MutableGraph) {
  const fresh = new PartnershipIndex(graph, topicsOf(graph));
  fresh.rebuild(graph.actors(isActor));
  return { entries: fresh.snapshot(), counts: fresh.counts()!.snapshot() };
}

describe('the partnership index kept up after each change', () => {
  it('equals the index rebuilt from scratch, after every write of random edit sequences', () => {
    fc.assert(
      fc.property(
        randomGraph,
        fc.array(randomEdit, { minLength: 1, maxLength: 25 }),
        (data, edits) => {
          const graph = new MutableGraph(data);
          const kept = new PartnershipIndex(graph, topicsOf(graph));
          kept.rebuild(graph.actors(isActor));
          for (const e of edits) {
            kept.update(applyEdit(graph, e).touched);
            expect({ entries: kept.snapshot(), counts: kept.counts()!.snapshot() }).toEqual(
              rebuilt(graph),
            );
          }
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('refreshes a network’s members when it crosses the large-network line, both ways', () => {
    const node = (key: string, type: NodeType): GraphNode => ({
      key,
      type,
      name: key,
      aliases: [],
      props: {},
      sources: [],
    });
    const members = Array.from({ length: LARGE_NETWORK_MEMBERS }, (_m, i) => `city:m${i}`);
    const graph = new MutableGraph({
      nodes: [node('network:n', 'Network'), ...members.map((m) => node(m, 'Municipality'))],
      edges: [],
    });
    const member = (m: string) => ({
      key: edgeKey('MEMBER_OF', m, 'network:n'),
      type: 'MEMBER_OF' as const,
      from: m,
      to: 'network:n',
      props: {},
      sources: [],
    });
    for (const m of members) graph.putEdge(member(m));
    const kept = new PartnershipIndex(graph);
    kept.rebuild(graph.actors(isActor));
    // At the line: a network whose members are partners.
    expect(kept.partnerCount('city:m0')).toBe(LARGE_NETWORK_MEMBERS - 1);

    graph.putNode(node('city:extra', 'Municipality'));
    kept.update(['city:extra']);
    kept.update(graph.putEdge(member('city:extra')));
    // Past it: a co-membership, no partners — for every member, not only the one that joined.
    expect(kept.partnerCount('city:m0')).toBe(0);
    expect(kept.partnerCount('city:extra')).toBe(0);
    expect(kept.snapshot()).toEqual(rebuilt(graph).entries);

    kept.update(graph.removeEdge(member('city:extra').key));
    expect(kept.partnerCount('city:m0')).toBe(LARGE_NETWORK_MEMBERS - 1);
    expect(kept.partnerCount('city:extra')).toBe(0);
    expect(kept.snapshot()).toEqual(rebuilt(graph).entries);
  });
});
