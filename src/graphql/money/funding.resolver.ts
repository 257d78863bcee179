/**
 * Money questions: a project's transactions, budgets and planned disbursements, what an actor
 * gave and received, and the funding flows between actors (src/app/money/funding.ts has the rules).
 */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphNode } from '../../domain/graph-records.js';
import { isActorKind, type NodeType } from '../../domain/node-types.js';
import { paginate, type Page } from '../../domain/pagination.js';
import type { EdgeSpec } from '../../domain/queries.js';
import { parseAsOf } from '../../domain/time.js';
import {
  PAID_KINDS,
  TRANSACTION_KINDS,
  type TransactionKind,
} from '../../domain/transaction-kinds.js';
import {
  flowPosition,
  flowsOf,
  fundingTransactions,
  transactionMatches,
  type FundingQuery,
} from '../../app/money/funding.js';
import { moneyOf } from '../../app/money/money-totals.js';
import { ActorType } from '../common/nodes/actor.type.js';
import type { ApiContext } from '../context.js';
import { PageArgs } from '../common/connection.js';
import { pageRequest, toConnection } from '../common/paging.js';
import { toView } from '../common/views.js';
import { checkArguments } from '../common/arguments.js';
import { checkKey } from '../common/arguments.js';
import { ProjectType } from '../common/nodes/project.type.js';
import {
  BudgetConnection,
  PlannedDisbursementConnection,
  TransactionConnection,
} from '../common/nodes/money-nodes.types.js';
import { FundingFlowConnection, FundingFlowType, MoneyListArgs } from './funding.types.js';
import { valuesOf } from '../../app/money/funding.js';
import { compareKeys } from '../../domain/key-lists.js';

type MoneyConnectionClass =
  typeof TransactionConnection | typeof BudgetConnection | typeof PlannedDisbursementConnection;

const dateOf = (node: GraphNode) => String(node.props.date ?? node.props.periodStart ?? '');

/** A money connection over the whole list: paged here (by date, then key), totals over all. */
function moneyConnection(
  ctx: ApiContext,
  Connection: MoneyConnectionClass,
  nodes: GraphNode[],
  args: PageArgs,
) {
  const sorted = [...nodes].sort(
    (a, b) => compareKeys(dateOf(a), dateOf(b)) || compareKeys(a.key, b.key),
  );
  const page: Page<GraphNode> = paginate(
    sorted,
    (n) => ({ sort: `${dateOf(n)}\u0000${n.key}`, key: n.key }),
    pageRequest(args, ctx.limits),
  );
  for (const item of page.items) ctx.loaders.node.prime(item.value.key, item.value);
  return Object.assign(new Connection(), toConnection(page, toView), {
    values: sorted.flatMap((n) => moneyOf(n) ?? []),
  });
}

/** The nodes at the other end of a node's relationships of one spec, of one type. */
async function related(ctx: ApiContext, key: string, spec: EdgeSpec, type: NodeType) {
  const views = await ctx.loaders.edges(spec).load(key);
  const nodes = await ctx.loaders.node.loadMany(views.map((v) => v.otherKey));
  return nodes.filter(
    (n): n is GraphNode => n !== null && !(n instanceof Error) && n.type === type,
  );
}

/** The transactions at the other end of a node's relationships (of one spec) that match. */
async function transactionsOf(
  ctx: ApiContext,
  key: string,
  spec: EdgeSpec,
  args: MoneyListArgs,
  defaultKinds: readonly TransactionKind[],
) {
  const filter = ownFilter(args, defaultKinds);
  const nodes = await related(ctx, key, spec, 'Transaction');
  return moneyConnection(
    ctx,
    TransactionConnection,
    nodes.filter((n) => transactionMatches(n, filter)),
    args,
  );
}

function ownFilter(args: MoneyListArgs, defaultKinds: readonly TransactionKind[]) {
  return {
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : defaultKinds,
    ...(args.year !== undefined && args.year !== null ? { year: args.year } : {}),
    ...(args.asOf ? { asOf: parseAsOf(args.asOf) } : {}),
  };
}

@Resolver(() => ProjectType)
export class ProjectMoneyResolver {
  @FieldResolver(() => TransactionConnection, {
    description:
      'Its transactions, by date (every kind unless `kinds` says; totals add up whatever is listed, so ask one kind to add it up).',
  })
  transactions(
    @Root() project: ProjectType,
    @Args(() => MoneyListArgs) args: MoneyListArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const spec: EdgeSpec = { types: ['FOR_PROJECT'], direction: 'IN' };
    return transactionsOf(ctx, project.key, spec, args, TRANSACTION_KINDS);
  }

  @FieldResolver(() => BudgetConnection, { description: 'Its budgets, by period.' })
  async budgets(
    @Root() project: ProjectType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return moneyConnection(ctx, BudgetConnection, await forProject(ctx, project, 'Budget'), args);
  }

  @FieldResolver(() => PlannedDisbursementConnection, {
    description: 'What it plans to pay out, by period.',
  })
  async plannedDisbursements(
    @Root() project: ProjectType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const nodes = await forProject(ctx, project, 'PlannedDisbursement');
    return moneyConnection(ctx, PlannedDisbursementConnection, nodes, args);
  }
}

/** The project's money nodes of one type (FOR_PROJECT into it). */
function forProject(ctx: ApiContext, project: ProjectType, type: 'Budget' | 'PlannedDisbursement') {
  return related(ctx, project.key, { types: ['FOR_PROJECT'], direction: 'IN' }, type);
}

const PAID = 'Disbursements and expenditure unless `kinds` says otherwise';

@Resolver(() => ActorType)
export class ActorFundingResolver {
  @FieldResolver(() => TransactionConnection, {
    description: `Transactions it provides (the money it gives), by date. ${PAID}.`,
  })
  fundingGiven(
    @Root() actor: ActorType,
    @Args(() => MoneyListArgs) args: MoneyListArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return transactionsOf(
      ctx,
      actor.key,
      { types: ['PROVIDES'], direction: 'OUT' },
      args,
      PAID_KINDS,
    );
  }

  @FieldResolver(() => TransactionConnection, {
    description: `Transactions it receives, by date. ${PAID}.`,
  })
  fundingReceived(
    @Root() actor: ActorType,
    @Args(() => MoneyListArgs) args: MoneyListArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return transactionsOf(
      ctx,
      actor.key,
      { types: ['RECEIVES'], direction: 'OUT' },
      args,
      PAID_KINDS,
    );
  }
}

@Resolver(() => FundingFlowType)
export class FundingResolver {
  @Query(() => FundingFlowConnection, {
    description: `Who funds whom: the transactions that match, grouped by provider and receiver, ordered by provider key then receiver key. ${PAID}. In a region: the project is in it or the receiver is; working on a topic: the project addresses it (docs/money.md).`,
  })
  async funding(
    @Arg('from', () => ID, { nullable: true, description: 'Only money from this actor.' })
    from: string | undefined,
    @Arg('to', () => ID, { nullable: true, description: 'Only money to this actor.' })
    to: string | undefined,
    @Arg('inRegion', () => ID, {
      nullable: true,
      description: 'For a project, or to an actor, in this region.',
    })
    inRegion: string | undefined,
    @Arg('workingOn', () => ID, {
      nullable: true,
      description: 'For a project addressing this theme or SDG.',
    })
    workingOn: string | undefined,
    @Args(() => MoneyListArgs) args: MoneyListArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<FundingFlowConnection> {
    const request = pageRequest(args, ctx.limits);
    const query: FundingQuery = ownFilter(args, PAID_KINDS);
    if (from !== undefined && from !== null) query.from = checkKey(from, 'from');
    if (to !== undefined && to !== null) query.to = checkKey(to, 'to');
    if (inRegion !== undefined && inRegion !== null)
      query.inRegion = checkKey(inRegion, 'inRegion');
    if (workingOn !== undefined && workingOn !== null)
      query.workingOn = checkKey(workingOn, 'workingOn');
    await checkArguments(ctx, [
      ['from', query.from, isActorKind, 'an actor'],
      ['to', query.to, isActorKind, 'an actor'],
      ['inRegion', query.inRegion, (t) => t === 'Region', 'a region'],
      ['workingOn', query.workingOn, (t) => t === 'Theme' || t === 'Sdg', 'a theme or SDG'],
    ]);
    const transactions = await fundingTransactions(ctx.store, query);
    const page = paginate(flowsOf(transactions), flowPosition, request);
    const connection = toConnection(page, (flow) => {
      const dates = flow.transactions.flatMap((t) =>
        typeof t.node.props.date === 'string' ? [t.node.props.date] : [],
      );
      return Object.assign(new FundingFlowType(), {
        ...(flow.from ? { fromKey: flow.from } : {}),
        ...(flow.to ? { toKey: flow.to } : {}),
        transactionList: flow.transactions,
        transactionCount: flow.transactions.length,
        ...(dates.length > 0 ? { firstDate: dates[0], lastDate: dates.at(-1) } : {}),
      });
    });
    return Object.assign(new FundingFlowConnection(), connection, {
      values: valuesOf(transactions),
    });
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'Who gives (null: not stated).' })
  async from(@Root() flow: FundingFlowType, @Ctx() ctx: ApiContext) {
    const node = flow.fromKey ? await ctx.loaders.node.load(flow.fromKey) : null;
    return node ? toView(node) : null;
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'Who receives (null: not stated).',
  })
  async to(@Root() flow: FundingFlowType, @Ctx() ctx: ApiContext) {
    const node = flow.toKey ? await ctx.loaders.node.load(flow.toKey) : null;
    return node ? toView(node) : null;
  }

  @FieldResolver(() => TransactionConnection, { description: 'Its transactions, by date.' })
  transactions(
    @Root() flow: FundingFlowType,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return moneyConnection(
      ctx,
      TransactionConnection,
      flow.transactionList.map((t) => t.node),
      args,
    );
  }
}
