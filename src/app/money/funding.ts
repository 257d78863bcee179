/**
 * Funding questions, composed over the store port (one batched call per step, whatever the
 * number of transactions), so the embedded store and Neo4j answer alike:
 *
 * - A transaction is *from* its provider (PROVIDES) and *to* its receiver (RECEIVES), *for* its
 *   project (FOR_PROJECT).
 * - `inRegion`: its project is in the region (the lists' rule for projects: it targets a country
 *   of the region, or the region or a sub-region) or its receiver is (the rule for actors).
 * - `country`: the same with a country.
 * - `workingOn`: its project addresses the theme or SDG (the lists' topic rule: a theme counts
 *   with the SDGs it aligns with, a goal with its targets).
 * - `year`: the year of its transaction date; `asOf`: dated on or before the day (undated
 *   transactions count as always there, as undated facts do everywhere).
 * - `kinds`: its kind is one of these (PAID_KINDS when not given).
 * - `recipientKinds`: its receiver is an actor of one of these kinds.
 *
 * The FUNDS flow between two actors is computed from the transactions that match, not stored:
 * a flow is the provider, the receiver and what their transactions add up to.
 */
import type { GraphNode } from '../../domain/graph-records.js';
import { ACTOR_KINDS, type ActorKind } from '../../domain/node-types.js';
import { WHOLE_LIST } from '../../domain/pagination.js';
import type { NodeQuery } from '../../domain/queries.js';
import { nodeStart } from '../../domain/semantics/time-rules.js';
import { yearOf } from '../../domain/time.js';
import type { TransactionKind } from '../../domain/transaction-kinds.js';
import type { GraphStore } from '../../store/graph-store.js';
import { moneyOf, type MoneyValue } from './money-totals.js';
import { compareKeys } from '../../domain/key-lists.js';

export interface FundingQuery {
  from?: string;
  to?: string;
  inRegion?: string;
  country?: string;
  workingOn?: string;
  year?: number;
  /** The last day counted (parseAsOf's day). */
  asOf?: string;
  kinds: readonly TransactionKind[];
  recipientKinds?: readonly ActorKind[];
}

/** A transaction with the keys of its project, provider and receiver (when stated). */
export interface FundedTransaction {
  node: GraphNode;
  project?: string;
  provider?: string;
  receiver?: string;
}

/** The transaction's own facts: kind, year and date. */
export function transactionMatches(
  node: GraphNode,
  query: Pick<FundingQuery, 'kinds' | 'year' | 'asOf'>,
): boolean {
  if (node.type !== 'Transaction') return false;
  if (!query.kinds.includes(node.props.kind as TransactionKind)) return false;
  if (query.year !== undefined && yearOf(node.props.date) !== query.year) return false;
  if (query.asOf !== undefined) {
    const start = nodeStart(node);
    if (start !== undefined && start > query.asOf) return false;
  }
  return true;
}

/** Which of `keys` match a node filter (the lists' semantics), in one call. */
async function matching(
  store: GraphStore,
  keys: Iterable<string>,
  query: Omit<NodeQuery, 'keys' | 'orderBy' | 'direction'>,
): Promise<Set<string>> {
  const list = [...new Set(keys)];
  if (list.length === 0) return new Set();
  const page = await store.findNodes(
    { ...query, keys: list, orderBy: 'KEY', direction: 'ASC' },
    { first: WHOLE_LIST },
  );
  return new Set(page.items.map((i) => i.value.key));
}

/** The transactions that match, ordered by date (undated first), then key. */
export async function fundingTransactions(
  store: GraphStore,
  query: FundingQuery,
): Promise<FundedTransaction[]> {
  let nodes: GraphNode[];
  if (query.from !== undefined || query.to !== undefined) {
    const sides = [
      query.from === undefined ? undefined : ([query.from, 'PROVIDES'] as const),
      query.to === undefined ? undefined : ([query.to, 'RECEIVES'] as const),
    ].filter((s) => s !== undefined);
    const lists = await Promise.all(
      sides.map(async ([actor, type]) => {
        const [views] = await store.getEdges([actor], { types: [type], direction: 'OUT' });
        return new Set(views!.map((v) => v.otherKey));
      }),
    );
    const keys = [...lists[0]!].filter((k) => lists.every((l) => l.has(k)));
    nodes = (await store.getNodes(keys)).filter((n): n is GraphNode => n !== null);
  } else {
    const page = await store.findNodes(
      { types: ['Transaction'], orderBy: 'KEY', direction: 'ASC' },
      { first: WHOLE_LIST },
    );
    nodes = page.items.map((i) => i.value);
  }
  nodes = nodes.filter((n) => transactionMatches(n, query));
  if (nodes.length === 0) return [];

  const keys = nodes.map((n) => n.key);
  const ends = await store.getEdges(keys, {
    types: ['FOR_PROJECT', 'PROVIDES', 'RECEIVES'],
    direction: 'BOTH',
  });
  let found: FundedTransaction[] = nodes.map((node, i) => {
    const item: FundedTransaction = { node };
    for (const view of ends[i]!) {
      if (view.edge.type === 'FOR_PROJECT' && view.direction === 'OUT')
        item.project ??= view.otherKey;
      if (view.edge.type === 'PROVIDES' && view.direction === 'IN') item.provider ??= view.otherKey;
      if (view.edge.type === 'RECEIVES' && view.direction === 'IN') item.receiver ??= view.otherKey;
    }
    return item;
  });

  const projects = () => found.flatMap((t) => (t.project ? [t.project] : []));
  const receivers = () => found.flatMap((t) => (t.receiver ? [t.receiver] : []));
  if (query.recipientKinds !== undefined) {
    const ok = await matching(store, receivers(), { types: [...query.recipientKinds] });
    found = found.filter((t) => t.receiver !== undefined && ok.has(t.receiver));
  }
  for (const [place, filter] of [
    [query.inRegion, 'region'],
    [query.country, 'country'],
  ] as const) {
    if (place === undefined) continue;
    const [inProjects, inReceivers] = await Promise.all([
      matching(store, projects(), { types: ['Project'], [filter]: place }),
      matching(store, receivers(), { types: [...ACTOR_KINDS], [filter]: place }),
    ]);
    found = found.filter(
      (t) =>
        (t.project !== undefined && inProjects.has(t.project)) ||
        (t.receiver !== undefined && inReceivers.has(t.receiver)),
    );
  }
  if (query.workingOn !== undefined) {
    const ok = await matching(store, projects(), { types: ['Project'], topics: [query.workingOn] });
    found = found.filter((t) => t.project !== undefined && ok.has(t.project));
  }
  const dateOf = (t: FundedTransaction) =>
    typeof t.node.props.date === 'string' ? t.node.props.date : '';
  return found.sort(
    (a, b) => compareKeys(dateOf(a), dateOf(b)) || compareKeys(a.node.key, b.node.key),
  );
}

export interface FundingFlow {
  /** The provider's key, when stated. */
  from?: string;
  /** The receiver's key, when stated. */
  to?: string;
  transactions: FundedTransaction[];
}

/** The matching transactions grouped by provider and receiver, by provider key, then receiver key (unstated last). */
export function flowsOf(transactions: FundedTransaction[]): FundingFlow[] {
  const flows = new Map<string, FundingFlow>();
  for (const t of transactions) {
    const id = `${t.provider ?? ''}\u0000${t.receiver ?? ''}`;
    let flow = flows.get(id);
    if (!flow)
      flows.set(
        id,
        (flow = {
          ...(t.provider ? { from: t.provider } : {}),
          ...(t.receiver ? { to: t.receiver } : {}),
          transactions: [],
        }),
      );
    flow.transactions.push(t);
  }
  const last = (key: string | undefined) => key ?? '\uffff';
  return [...flows.values()].sort(
    (a, b) => compareKeys(last(a.from), last(b.from)) || compareKeys(last(a.to), last(b.to)),
  );
}

/** The position a flow pages by: its two ends. */
export function flowPosition(flow: FundingFlow): { sort: string; key: string } {
  const id = `${flow.from ?? '\uffff'}\u0000${flow.to ?? '\uffff'}`;
  return { sort: id, key: id };
}

/** The money values of some transactions (those that state one). */
export function valuesOf(transactions: readonly FundedTransaction[]): MoneyValue[] {
  return transactions.flatMap((t) => {
    const value = moneyOf(t.node);
    return value ? [value] : [];
  });
}
