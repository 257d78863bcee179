/** Aggregates for dashboards, composed from the store port (a fixed number of batched calls each). */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import type { ReportingCurrency } from '../../domain/currencies.js';
import { compareAmounts } from '../../domain/money.js';
import { ACTOR_KINDS, isActorKind, type NodeType } from '../../domain/node-types.js';
import { PAID_KINDS } from '../../domain/transaction-kinds.js';
import { exchangeRates } from '../../app/money/exchange-rate-file.js';
import { fundingBuckets, type FundingGroupBy } from '../../app/money/funding-aggregate.js';
import { fundingTransactions, type FundingQuery } from '../../app/money/funding.js';
import { totalsOf } from '../../app/money/money-totals.js';
import { valuesOf } from '../../app/money/funding.js';
import { ReportingCurrencyEnum } from '../common/nodes/money.types.js';
import { checkArguments } from '../common/arguments.js';
import type { NodeQuery } from '../../domain/queries.js';
import { aggregate, reachOf, sdgCoverage } from '../../app/network/aggregates.js';
import type { ApiContext } from '../context.js';
import { checkFilterKeys } from '../common/listing.js';
import { NodeInterface } from '../common/node.interface.js';
import { toView } from '../common/views.js';
import { ProjectType } from '../common/nodes/project.type.js';
import { SdgType } from '../common/nodes/topic.types.js';
import { checkKey } from '../common/arguments.js';
import {
  AggregateBucketType,
  AggregateFilter,
  AggregateGroupBy,
  AggregateSubject,
  ReachType,
  SdgCoverageType,
} from './aggregate.types.js';

const SUBJECT_TYPES: Record<Exclude<AggregateSubject, 'FUNDING'>, readonly NodeType[]> = {
  ACTOR: ACTOR_KINDS,
  MEMBERSHIP: ACTOR_KINDS,
  PROJECT: ['Project'],
  AGREEMENT: ['Agreement'],
};

/** Money per group (subject FUNDING): the transactions that match, grouped, highest total first. */
async function fundingAggregate(
  ctx: ApiContext,
  groupBy: AggregateGroupBy,
  f: AggregateFilter,
  currency: ReportingCurrency,
): Promise<AggregateBucketType[]> {
  const query: FundingQuery = {
    kinds: f.transactionKinds?.length ? f.transactionKinds : PAID_KINDS,
  };
  if (f.funder) query.from = checkKey(f.funder, 'filter.funder');
  if (f.recipient) query.to = checkKey(f.recipient, 'filter.recipient');
  if (f.region) query.inRegion = f.region;
  if (f.country) query.country = f.country;
  const topics = [f.theme, f.sdg].filter((t): t is string => typeof t === 'string');
  if (topics.length > 1)
    throw badInput('For FUNDING give filter.theme or filter.sdg, not both.', {
      argument: 'filter',
    });
  if (topics.length === 1) query.workingOn = topics[0];
  if (f.year !== undefined && f.year !== null) query.year = f.year;
  if (f.kinds?.length) query.recipientKinds = [...new Set(f.kinds)];
  await checkArguments(ctx, [
    ['filter.funder', query.from, isActorKind, 'an actor'],
    ['filter.recipient', query.to, isActorKind, 'an actor'],
  ]);
  const transactions = await fundingTransactions(ctx.store, query);
  // JOINED and COORDINATOR are refused for FUNDING before this.
  const buckets = await fundingBuckets(ctx.store, transactions, groupBy as FundingGroupBy);
  const table = exchangeRates();
  return buckets
    .map((b) => {
      const values = valuesOf(b.transactions);
      return {
        bucket: Object.assign(new AggregateBucketType(), {
          group: b.group,
          count: b.transactions.length,
          values,
        }),
        total: totalsOf(table, values, currency).converted.amount,
      };
    })
    .sort(
      (a, b) =>
        compareAmounts(b.total, a.total) ||
        (a.bucket.group < b.bucket.group ? -1 : a.bucket.group > b.bucket.group ? 1 : 0),
    )
    .map((b) => b.bucket);
}

async function loadViews(ctx: ApiContext, keys: string[]) {
  const nodes = await ctx.loaders.node.loadMany(keys);
  return nodes.flatMap((n) => (n && !(n instanceof Error) ? [toView(n)] : []));
}

@Resolver(() => AggregateBucketType)
export class AggregateResolver {
  @Query(() => [AggregateBucketType], {
    description:
      'How many actors, projects, agreements or memberships per kind, country, region, theme, SDG goal, year, year joined or coordinator. Highest count first.',
  })
  async aggregate(
    @Arg('subject', () => AggregateSubject) subject: AggregateSubject,
    @Arg('groupBy', () => AggregateGroupBy) groupBy: AggregateGroupBy,
    @Arg('filter', () => AggregateFilter, { nullable: true }) filter: AggregateFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many groups.' })
    first: number,
    @Arg('currency', () => ReportingCurrencyEnum, {
      defaultValue: 'EUR',
      description: 'FUNDING: groups are ordered by their total in this currency, highest first.',
    })
    currency: ReportingCurrency,
    @Ctx() ctx: ApiContext,
  ): Promise<AggregateBucketType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw badInput(`"first" must be an integer from 1 to 1000; got ${first}.`, {
        argument: 'first',
      });
    const f = filter ?? {};
    const funding = subject === AggregateSubject.FUNDING;
    const ofActors = subject === AggregateSubject.ACTOR || subject === AggregateSubject.MEMBERSHIP;
    if (f.kinds?.length && !ofActors && !funding)
      throw badInput('filter.kinds applies to actors (and FUNDING recipients) only.', {
        argument: 'filter.kinds',
      });
    const moneyOnly = (['transactionKinds', 'funder', 'recipient', 'year'] as const).find(
      (field) => f[field] !== undefined && f[field] !== null,
    );
    if (moneyOnly && !funding)
      throw badInput(`filter.${moneyOnly} applies to FUNDING only.`, {
        argument: `filter.${moneyOnly}`,
      });
    if ((groupBy === AggregateGroupBy.FUNDER || groupBy === AggregateGroupBy.RECIPIENT) && !funding)
      throw badInput(`groupBy ${groupBy} applies to FUNDING only.`, { argument: 'groupBy' });
    const actorsOnly = [
      f.memberOf ? 'filter.memberOf' : undefined,
      groupBy === AggregateGroupBy.JOINED || groupBy === AggregateGroupBy.COORDINATOR
        ? `groupBy ${groupBy}`
        : undefined,
    ].find((what) => what !== undefined);
    if (actorsOnly && !ofActors)
      throw badInput(`${actorsOnly} applies to actors only.`, {
        argument: actorsOnly.startsWith('filter') ? 'filter.memberOf' : 'groupBy',
      });
    if (groupBy === AggregateGroupBy.JOINED && !f.memberOf)
      throw badInput('groupBy JOINED counts the years actors joined filter.memberOf: give it.', {
        argument: 'filter.memberOf',
      });
    if (subject === AggregateSubject.MEMBERSHIP && !f.memberOf)
      throw badInput('subject MEMBERSHIP counts the memberships of filter.memberOf: give it.', {
        argument: 'filter.memberOf',
      });
    await checkFilterKeys(ctx, f);
    if (funding) return (await fundingAggregate(ctx, groupBy, f, currency)).slice(0, first);
    const nodeFilter: Omit<NodeQuery, 'types' | 'orderBy' | 'direction'> = {};
    if (f.country) nodeFilter.country = f.country;
    if (f.region) nodeFilter.region = f.region;
    const topics = [f.theme, f.sdg].filter((t): t is string => typeof t === 'string');
    if (topics.length > 0) nodeFilter.topics = topics;
    if (f.memberOf) nodeFilter.memberOf = f.memberOf;
    const types = f.kinds?.length ? [...new Set(f.kinds)] : [...SUBJECT_TYPES[subject]];
    const buckets = await aggregate(ctx.store, {
      types,
      groupBy: groupBy as Exclude<AggregateGroupBy, 'FUNDER' | 'RECIPIENT'>,
      filter: nodeFilter,
      ...(subject === AggregateSubject.MEMBERSHIP ? { count: 'MEMBERSHIPS' as const } : {}),
    });
    return buckets.slice(0, first).map((b) => Object.assign(new AggregateBucketType(), b));
  }

  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'The group’s node, when the group is one (not for KIND, YEAR or JOINED).',
  })
  async node(@Root() bucket: AggregateBucketType, @Ctx() ctx: ApiContext) {
    // Years are no node; kinds name no node either, and load as none.
    if (/^\d+$/.test(bucket.group)) return null;
    const node = await ctx.loaders.node.load(bucket.group);
    return node ? toView(node) : null;
  }

  @Query(() => ReachType, {
    description: 'An actor’s reach: how many partners, in which regions, working on which themes.',
  })
  async reach(@Arg('of', () => ID) of: string, @Ctx() ctx: ApiContext): Promise<ReachType> {
    const key = checkKey(of, 'of');
    const node = await ctx.loaders.node.load(key);
    if (!node || !(ACTOR_KINDS as readonly string[]).includes(node.type))
      throw badInput(`"of": "${of}" is not an actor.`, { argument: 'of', value: of });
    const reach = await reachOf(ctx.store, key);
    const buckets = (list: { group: string; count: number }[]) =>
      list.map((b) => Object.assign(new AggregateBucketType(), b));
    return Object.assign(new ReachType(), {
      partners: reach.partners,
      byRegion: buckets(reach.byRegion),
      byTheme: buckets(reach.byTheme),
    });
  }

  @Query(() => [SdgCoverageType], {
    description: 'Which SDG goals (and targets) projects in a region address, by goal number.',
  })
  async sdgCoverage(
    @Arg('region', () => ID) region: string,
    @Ctx() ctx: ApiContext,
  ): Promise<SdgCoverageType[]> {
    const key = checkKey(region, 'region');
    await checkFilterKeys(ctx, { region: key });
    const coverage = await sdgCoverage(ctx.store, key);
    return coverage.map((c) =>
      Object.assign(new SdgCoverageType(), {
        goalKey: c.goal,
        projectKeys: c.projects,
        targetKeys: c.targets,
        projectCount: c.projects.length,
      }),
    );
  }
}

@Resolver(() => SdgCoverageType)
export class SdgCoverageResolver {
  @FieldResolver(() => SdgType)
  async goal(@Root() coverage: SdgCoverageType, @Ctx() ctx: ApiContext) {
    return (await loadViews(ctx, [coverage.goalKey]))[0];
  }

  @FieldResolver(() => [ProjectType])
  projects(@Root() coverage: SdgCoverageType, @Ctx() ctx: ApiContext) {
    return loadViews(ctx, coverage.projectKeys);
  }

  @FieldResolver(() => [SdgType], { description: 'Targets of the goal addressed directly.' })
  targets(@Root() coverage: SdgCoverageType, @Ctx() ctx: ApiContext) {
    return loadViews(ctx, coverage.targetKeys);
  }
}
