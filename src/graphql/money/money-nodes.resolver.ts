/** Fields of money nodes and locations: kind, value, conversion, project, provider, receiver. */
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReportingCurrency } from '../../domain/currencies.js';
import type { Conversion } from '../../domain/exchange-rates.js';
import type { TransactionKind } from '../../domain/transaction-kinds.js';
import { exchangeRates } from '../../app/money/exchange-rate-file.js';
import { convertValue, type MoneyValue } from '../../app/money/money-totals.js';
import { ActorType } from '../common/nodes/actor.type.js';
import type { ApiContext } from '../context.js';
import { RelationArgs } from '../common/connection.js';
import type { NodeInterface } from '../common/node.interface.js';
import { firstRelated, relationConnection } from '../common/relations.js';
import { ProjectRelationConnection, ProjectType } from '../common/nodes/project.type.js';
import {
  BudgetType,
  LocationType,
  PlannedDisbursementType,
  TransactionType,
} from '../common/nodes/money-nodes.types.js';
import {
  ConvertedAmountType,
  MoneyType,
  ReportingCurrencyEnum,
  TransactionKindEnum,
} from '../common/nodes/money.types.js';

function valueOf(node: NodeInterface): MoneyValue | null {
  const { value, currency, valueDate } = node.properties;
  if (typeof value !== 'string' || typeof currency !== 'string') return null;
  return { amount: value, currency, ...(typeof valueDate === 'string' ? { valueDate } : {}) };
}

function money(node: NodeInterface): MoneyType | null {
  const value = valueOf(node);
  return (
    value && Object.assign(new MoneyType(), { amount: value.amount, currency: value.currency })
  );
}

function converted(node: NodeInterface, currency: ReportingCurrency): ConvertedAmountType | null {
  const value = valueOf(node);
  if (!value) return null;
  const conversion: Conversion = convertValue(exchangeRates(), value, currency);
  return Object.assign(new ConvertedAmountType(), conversion);
}

const project = (ctx: ApiContext, key: string) =>
  firstRelated(ctx, key, { types: ['FOR_PROJECT'], direction: 'OUT' }, ['Project']);
const party = (ctx: ApiContext, key: string, type: 'PROVIDES' | 'RECEIVES') =>
  firstRelated(ctx, key, { types: [type], direction: 'IN' }, undefined);

const CONVERTED = {
  description:
    'The value in a reporting currency, at the value date’s month (null amount and a reason when it cannot be converted).',
  nullable: true,
};
const CURRENCY = { defaultValue: 'EUR' as ReportingCurrency };

@Resolver(() => TransactionType)
export class TransactionResolver {
  @FieldResolver(() => TransactionKindEnum)
  kind(@Root() node: TransactionType): TransactionKind {
    return node.properties.kind as TransactionKind;
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'The exact value as published.' })
  value(@Root() node: TransactionType) {
    return money(node);
  }

  @FieldResolver(() => ConvertedAmountType, CONVERTED)
  converted(
    @Root() node: TransactionType,
    @Arg('currency', () => ReportingCurrencyEnum, CURRENCY) currency: ReportingCurrency,
  ) {
    return converted(node, currency);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() node: TransactionType, @Ctx() ctx: ApiContext) {
    return project(ctx, node.key);
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'Who the money comes from.' })
  provider(@Root() node: TransactionType, @Ctx() ctx: ApiContext) {
    return party(ctx, node.key, 'PROVIDES');
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'Who the money goes to.' })
  receiver(@Root() node: TransactionType, @Ctx() ctx: ApiContext) {
    return party(ctx, node.key, 'RECEIVES');
  }
}

@Resolver(() => BudgetType)
export class BudgetResolver {
  @FieldResolver(() => MoneyType, { nullable: true })
  value(@Root() node: BudgetType) {
    return money(node);
  }

  @FieldResolver(() => ConvertedAmountType, CONVERTED)
  converted(
    @Root() node: BudgetType,
    @Arg('currency', () => ReportingCurrencyEnum, CURRENCY) currency: ReportingCurrency,
  ) {
    return converted(node, currency);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() node: BudgetType, @Ctx() ctx: ApiContext) {
    return project(ctx, node.key);
  }
}

@Resolver(() => PlannedDisbursementType)
export class PlannedDisbursementResolver {
  @FieldResolver(() => MoneyType, { nullable: true })
  value(@Root() node: PlannedDisbursementType) {
    return money(node);
  }

  @FieldResolver(() => ConvertedAmountType, CONVERTED)
  converted(
    @Root() node: PlannedDisbursementType,
    @Arg('currency', () => ReportingCurrencyEnum, CURRENCY) currency: ReportingCurrency,
  ) {
    return converted(node, currency);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() node: PlannedDisbursementType, @Ctx() ctx: ApiContext) {
    return project(ctx, node.key);
  }

  @FieldResolver(() => ActorType, { nullable: true })
  provider(@Root() node: PlannedDisbursementType, @Ctx() ctx: ApiContext) {
    return party(ctx, node.key, 'PROVIDES');
  }

  @FieldResolver(() => ActorType, { nullable: true })
  receiver(@Root() node: PlannedDisbursementType, @Ctx() ctx: ApiContext) {
    return party(ctx, node.key, 'RECEIVES');
  }
}

@Resolver(() => LocationType)
export class LocationResolver {
  @FieldResolver(() => ProjectRelationConnection, { description: 'The activities that name it.' })
  projects(
    @Root() node: LocationType,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return relationConnection(ctx, node.key, { types: ['TARGETS'], direction: 'IN' }, page);
  }
}
