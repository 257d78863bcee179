/**
 * The partnership index kept up after each change equals the index rebuilt from scratch
 * (src/domain/semantics/partnership-index.ts): on random graphs (random-graph.ts) edited by
 * random sequences of writes — relationships added, removed and redated, nodes redated, retyped
 * and removed — compared after every write, what each entry read included. And a network
 * crossing the large-network line both ways refreshes its members.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeKey, type GraphNode } from '../../src/domain/graph-records.js';
import { isActorKind, type NodeType } from '../../src/domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import { PartnershipIndex } from '../../src/domain/semantics/partnership-index.js';
import { LARGE_NETWORK_MEMBERS } from '../../src/domain/semantics/partnership-rules.js';
import { MutableGraph } from './mutable-graph.js';
import { randomGraph } from './random-graph.js';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const isActor = (n: GraphNode) => isActorKind(n.type);

const TYPES: NodeType[] = ['Municipality', 'Association', 'Network', 'Project', 'Agreement'];
const DATES = [undefined, 1995, 2005, '2010-06', 2020];

type Edit =
  | { op: 'addEdge'; type: number; from: number; to: number; since: number; until: number }
  | { op: 'removeEdge'; at: number }
  | { op: 'redateEdge'; at: number; since: number }
  | { op: 'redateNode'; at: number; date: number }
  | { op: 'retype'; at: number; type: number }
  | { op: 'removeNode'; at: number };

const index = fc.nat({ max: 60 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('addEdge' as const),
    type: fc.nat({ max: RELATIONSHIP_TYPES.length - 1 }),
    from: index,
    to: index,
    since: fc.nat({ max: DATES.length - 1 }),
    until: fc.nat({ max: DATES.length - 1 }),
  }),
  fc.record({ op: fc.constant('removeEdge' as const), at: index }),
  fc.record({
    op: fc.constant('redateEdge' as const),
    at: index,
    since: fc.nat({ max: DATES.length - 1 }),
  }),
  fc.record({
    op: fc.constant('redateNode' as const),
    at: index,
    date: fc.nat({ max: DATES.length - 1 }),
  }),
  fc.record({ op: fc.constant('retype' as const), at: index, type: fc.nat({ max: 4 }) }),
  fc.record({ op: fc.constant('removeNode' as const), at: index }),
);

function pick<T>(list: T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function dated(props: GraphNode['props'], name: string, value: number | string | undefined) {
  const { [name]: _old, ...rest } = props;
  return value === undefined ? rest : { ...rest, [name]: value };
}

/** Applies one edit; returns the keys it touched. */
function apply(graph: MutableGraph, e: Edit): string[] {
  const nodes = [...graph.nodes.values()];
  const edges = [...graph.edges.values()];
  switch (e.op) {
    case 'addEdge': {
      const from = pick(nodes, e.from);
      const to = pick(nodes, e.to);
      const type = RELATIONSHIP_TYPES[e.type]!;
      if (!from || !to) return [];
      const props = dated(dated({}, 'since', DATES[e.since]), 'until', DATES[e.until]);
      const key = edgeKey(type, from.key, to.key);
      return graph.putEdge({ key, type, from: from.key, to: to.key, props, sources: [] });
    }
    case 'removeEdge': {
      const edge = pick(edges, e.at);
      return edge ? graph.removeEdge(edge.key) : [];
    }
    case 'redateEdge': {
      const edge = pick(edges, e.at);
      return edge
        ? graph.putEdge({ ...edge, props: dated(edge.props, 'since', DATES[e.since]) })
        : [];
    }
    case 'redateNode': {
      const node = pick(nodes, e.at);
      if (!node) return [];
      const props = dated(dated(node.props, 'founded', DATES[e.date]), 'startYear', DATES[e.date]);
      return graph.putNode({ ...node, props });
    }
    case 'retype': {
      const node = pick(nodes, e.at);
      return node ? graph.putNode({ ...node, type: TYPES[e.type]! }) : [];
    }
    case 'removeNode': {
      const node = pick(nodes, e.at);
      return node ? graph.removeNode(node.key) : [];
    }
  }
}

function rebuilt(graph: MutableGraph) {
  const fresh = new PartnershipIndex(graph);
  fresh.rebuild(graph.actors(isActor));
  return fresh.snapshot();
}

describe('the partnership index kept up after each change', () => {
  it('equals the index rebuilt from scratch, after every write of random edit sequences', () => {
    fc.assert(
      fc.property(randomGraph, fc.array(edit, { minLength: 1, maxLength: 25 }), (data, edits) => {
        const graph = new MutableGraph(data);
        const kept = new PartnershipIndex(graph);
        kept.rebuild(graph.actors(isActor));
        for (const e of edits) {
          kept.update(apply(graph, e));
          expect(kept.snapshot()).toEqual(rebuilt(graph));
        }
      }),
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
    expect(kept.snapshot()).toEqual(rebuilt(graph));

    kept.update(graph.removeEdge(member('city:extra').key));
    expect(kept.partnerCount('city:m0')).toBe(LARGE_NETWORK_MEMBERS - 1);
    expect(kept.partnerCount('city:extra')).toBe(0);
    expect(kept.snapshot()).toEqual(rebuilt(graph));
  });
});
