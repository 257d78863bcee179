/**
 * Random writes for the partnership index's upkeep tests: relationships added (of any type,
 * between any nodes), removed and redated, nodes redated, retyped and removed. Each applies to a
 * MutableGraph and says what it wrote twice over: the keys it touched (what a store tells the
 * index) and the change set a store's applyChange takes.
 */
import fc from 'fast-check';
import { edgeKey, type GraphNode } from '../../src/domain/graph-records.js';
import type { ChangeSet } from '../../src/domain/changes.js';
import type { NodeType } from '../../src/domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import type { MutableGraph } from './mutable-graph.js';

const TYPES: NodeType[] = ['Municipality', 'Association', 'Network', 'Project', 'Agreement'];
const DATES = [undefined, 1995, 2005, '2010-06', 2020];

export type Edit =
  | { op: 'addEdge'; type: number; from: number; to: number; since: number; until: number }
  | { op: 'removeEdge'; at: number }
  | { op: 'redateEdge'; at: number; since: number }
  | { op: 'redateNode'; at: number; date: number }
  | { op: 'retype'; at: number; type: number }
  | { op: 'removeNode'; at: number };

const at = fc.nat({ max: 60 });
const date = fc.nat({ max: DATES.length - 1 });
export const randomEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('addEdge' as const),
    type: fc.nat({ max: RELATIONSHIP_TYPES.length - 1 }),
    from: at,
    to: at,
    since: date,
    until: date,
  }),
  fc.record({ op: fc.constant('removeEdge' as const), at }),
  fc.record({ op: fc.constant('redateEdge' as const), at, since: date }),
  fc.record({ op: fc.constant('redateNode' as const), at, date }),
  fc.record({ op: fc.constant('retype' as const), at, type: fc.nat({ max: TYPES.length - 1 }) }),
  fc.record({ op: fc.constant('removeNode' as const), at }),
);

function pick<T>(list: T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function dated(props: GraphNode['props'], name: string, value: number | string | undefined) {
  const { [name]: _old, ...rest } = props;
  return value === undefined ? rest : { ...rest, [name]: value };
}

export interface Written {
  touched: string[];
  changes: ChangeSet;
}

const none = (): ChangeSet => ({ putNodes: [], deleteNodes: [], putEdges: [], deleteEdges: [] });

/** Applies one edit to the graph; what it touched and the change set that writes it. */
export function applyEdit(graph: MutableGraph, e: Edit): Written {
  const nodes = [...graph.nodes.values()];
  const edges = [...graph.edges.values()];
  const changes = none();
  let touched: string[] = [];
  switch (e.op) {
    case 'addEdge':
    case 'redateEdge': {
      const edge =
        e.op === 'redateEdge'
          ? pick(edges, e.at)
          : (() => {
              const from = pick(nodes, e.from);
              const to = pick(nodes, e.to);
              const type = RELATIONSHIP_TYPES[e.type]!;
              if (!from || !to) return undefined;
              const props = dated(dated({}, 'since', DATES[e.since]), 'until', DATES[e.until]);
              const key = edgeKey(type, from.key, to.key);
              return { key, type, from: from.key, to: to.key, props, sources: [] };
            })();
      if (!edge) break;
      const put =
        e.op === 'redateEdge'
          ? { ...edge, props: dated(edge.props, 'since', DATES[e.since]) }
          : edge;
      touched = graph.putEdge(put);
      changes.putEdges.push(put);
      break;
    }
    case 'removeEdge': {
      const edge = pick(edges, e.at);
      if (!edge) break;
      touched = graph.removeEdge(edge.key);
      changes.deleteEdges.push(edge.key);
      break;
    }
    case 'redateNode':
    case 'retype': {
      const node = pick(nodes, e.at);
      if (!node) break;
      const put =
        e.op === 'retype'
          ? { ...node, type: TYPES[e.type]! }
          : {
              ...node,
              props: dated(dated(node.props, 'founded', DATES[e.date]), 'startYear', DATES[e.date]),
            };
      touched = graph.putNode(put);
      changes.putNodes.push(put);
      break;
    }
    case 'removeNode': {
      const node = pick(nodes, e.at);
      if (!node) break;
      touched = graph.removeNode(node.key);
      changes.deleteNodes.push(node.key);
      break;
    }
  }
  return { touched, changes };
}

/** Applies the edits to the graph and writes each through the store's own edit path, in turn. */
export async function applyEditsThrough(
  store: Pick<GraphStore, 'applyChange'>,
  graph: MutableGraph,
  edits: readonly Edit[],
): Promise<void> {
  for (const e of edits) {
    const { changes } = applyEdit(graph, e);
    await store.applyChange({
      operation: 'test',
      by: 'test',
      source: { source: 'source:random' },
      summary: e.op,
      changes,
    });
  }
}
