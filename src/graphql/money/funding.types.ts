/** Funding flows (who funds whom, computed from transactions) and the arguments money lists take. */
import { Arg, ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ReportingCurrency } from '../../domain/currencies.js';
import type { TransactionKind } from '../../domain/transaction-kinds.js';
import type { FundedTransaction } from '../../app/money/funding.js';
import { exchangeRates } from '../../app/money/exchange-rate-file.js';
import { totalsOf, type MoneyValue } from '../../app/money/money-totals.js';
import { valuesOf } from '../../app/money/funding.js';
import { PageInfo, PageArgs } from '../common/connection.js';
import {
  MoneyTotalsType,
  ReportingCurrencyEnum,
  TransactionKindEnum,
} from '../common/nodes/money.types.js';

@ArgsType()
export class MoneyListArgs extends PageArgs {
  @Field(() => [TransactionKindEnum], {
    nullable: true,
    description: 'Only transactions of these kinds.',
  })
  kinds?: TransactionKind[];

  @Field(() => Int, { nullable: true, description: 'Only transactions dated in this year.' })
  year?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'As it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD): transactions dated later are left out.',
  })
  asOf?: string;
}

@ObjectType('FundingFlow', {
  description:
    'Money from one actor to another (FUNDS): the transactions between them that match, added up. Computed from transactions, not stored; `from` or `to` is null when a transaction does not name it.',
})
export class FundingFlowType {
  fromKey?: string;
  toKey?: string;
  transactionList!: FundedTransaction[];

  @Field(() => Int)
  transactionCount!: number;

  @Field(() => String, { nullable: true, description: 'The earliest transaction date.' })
  firstDate?: string;

  @Field(() => String, { nullable: true, description: 'The latest transaction date.' })
  lastDate?: string;

  @Field(() => MoneyTotalsType, {
    description: 'What the flow adds up to, per currency and converted.',
  })
  totals(
    @Arg('currency', () => ReportingCurrencyEnum, { defaultValue: 'EUR' })
    currency: ReportingCurrency,
  ): MoneyTotalsType {
    return totalsOf(exchangeRates(), valuesOf(this.transactionList), currency);
  }
}

@ObjectType('FundingFlowEdge')
export class FundingFlowEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => FundingFlowType)
  node!: FundingFlowType;
}

@ObjectType('FundingFlowConnection')
export class FundingFlowConnection {
  @Field(() => [FundingFlowEdge])
  edges!: FundingFlowEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All flows, not only this page.' })
  totalCount!: number;

  /** Every matching transaction, for the totals. */
  values!: MoneyValue[];

  @Field(() => MoneyTotalsType, {
    description: 'What all the matching transactions add up to (every flow, not only this page).',
  })
  totals(
    @Arg('currency', () => ReportingCurrencyEnum, { defaultValue: 'EUR' })
    currency: ReportingCurrency,
  ): MoneyTotalsType {
    return totalsOf(exchangeRates(), this.values, currency);
  }
}
