/** Transactions, budgets, planned disbursements and locations as GraphQL node types. */
import { Arg, Field, Float, Int, ObjectType } from 'type-graphql';
import type { ReportingCurrency } from '../../../domain/currencies.js';
import { exchangeRates } from '../../../app/money/exchange-rate-file.js';
import { totalsOf, type MoneyValue } from '../../../app/money/money-totals.js';
import { PageInfo } from '../connection.js';
import { NodeInterface } from '../node.interface.js';
import { MoneyTotalsType, ReportingCurrencyEnum } from './money.types.js';

@ObjectType('Transaction', {
  implements: NodeInterface,
  description:
    'Money committed, paid, spent or received for a project (an IATI transaction): `kind`, the exact `value`, when, from whom, to whom.',
})
export class TransactionType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'When it happened (YYYY-MM-DD).' })
  date?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The date whose month’s rate converts it (IATI value-date).',
  })
  valueDate?: string;

  @Field(() => String, { nullable: true, description: 'The IATI TransactionType name.' })
  iatiTransactionType?: string;
}

/** What budgets and planned disbursements share: a value over a period. */
@ObjectType()
abstract class PeriodValueType extends NodeInterface {
  @Field(() => String, { nullable: true })
  periodStart?: string;

  @Field(() => String, { nullable: true })
  periodEnd?: string;

  @Field(() => String, { nullable: true })
  valueDate?: string;

  @Field(() => String, { nullable: true, description: 'ORIGINAL or REVISED, where stated.' })
  budgetType?: string;
}

@ObjectType('Budget', {
  implements: NodeInterface,
  description: 'What a project budgeted for a period.',
})
export class BudgetType extends PeriodValueType {
  @Field(() => String, { nullable: true, description: 'INDICATIVE or COMMITTED, where stated.' })
  budgetStatus?: string;
}

@ObjectType('PlannedDisbursement', {
  implements: NodeInterface,
  description: 'What a project plans to pay out in a period, from whom to whom.',
})
export class PlannedDisbursementType extends PeriodValueType {}

@ObjectType('Location', {
  implements: NodeInterface,
  description:
    'A place an activity names: a point (latitude, longitude) or an administrative area.',
})
export class LocationType extends NodeInterface {
  @Field(() => Float, { nullable: true })
  lat?: number;

  @Field(() => Float, { nullable: true })
  lon?: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Administrative areas as the source codes them (vocabulary, level, code).',
  })
  administrative?: string[];
}

/** A connection of money nodes that also adds them all up (not only the page). */
export function moneyConnectionOf<T extends object>(nodeClass: abstract new () => T, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matches, not only this page.' })
    totalCount!: number;

    /** Every match's value, for the totals. */
    values!: MoneyValue[];

    @Field(() => MoneyTotalsType, {
      description:
        'What all the matches add up to (not only this page), per currency and converted.',
    })
    totals(
      @Arg('currency', () => ReportingCurrencyEnum, { defaultValue: 'EUR' })
      currency: ReportingCurrency,
    ): MoneyTotalsType {
      return totalsOf(exchangeRates(), this.values, currency);
    }
  }
  return Connection;
}

export const TransactionConnection = moneyConnectionOf(TransactionType, 'Transaction');
export const BudgetConnection = moneyConnectionOf(BudgetType, 'Budget');
export const PlannedDisbursementConnection = moneyConnectionOf(
  PlannedDisbursementType,
  'PlannedDisbursement',
);
