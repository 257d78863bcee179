/** Money on the API: exact amounts as decimal text, totals per currency, conversions with their rates. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPORTING_CURRENCIES, type ReportingCurrency } from '../../../domain/currencies.js';
import { TRANSACTION_KINDS, type TransactionKind } from '../../../domain/transaction-kinds.js';

export const ReportingCurrencyEnum = Object.fromEntries(
  REPORTING_CURRENCIES.map((c) => [c, c]),
) as Record<ReportingCurrency, ReportingCurrency>;
registerEnumType(ReportingCurrencyEnum, {
  name: 'ReportingCurrency',
  description:
    'A currency amounts are converted into (FRED H.10 monthly rates; see docs/money.md).',
});

export const TransactionKindEnum = Object.fromEntries(
  TRANSACTION_KINDS.map((k) => [k, k]),
) as Record<TransactionKind, TransactionKind>;
registerEnumType(TransactionKindEnum, {
  name: 'TransactionKind',
  description:
    'The kind of a transaction, after the IATI TransactionType codelist (COMMITMENT is its Outgoing Commitment).',
});

@ObjectType('Money', { description: 'An exact amount in a currency, as published.' })
export class MoneyType {
  @Field(() => String, { description: 'Decimal text, exact (`1500000`, `-7826`, `12.5`).' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;
}

@ObjectType('ExchangeRate', { description: 'A rate a conversion used.' })
export class ExchangeRateType {
  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'Units of the currency per US dollar, as published.' })
  perUsd!: string;

  @Field(() => String, { description: 'YYYY-MM: the month whose average rate was used.' })
  month!: string;

  @Field(() => String)
  source!: string;
}

@ObjectType('FixedEuroRate', {
  description: 'The irrevocable euro rate of a former euro-area currency.',
})
export class FixedEuroRateType {
  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'Units of the former currency per euro.' })
  perEuro!: string;

  @Field(() => String, { description: 'The day it applies from.' })
  since!: string;

  @Field(() => String)
  source!: string;
}

@ObjectType('ConvertedAmount', {
  description:
    'An amount in a reporting currency: at the value date’s month, to the cent, with the rates used — or why it cannot be converted.',
})
export class ConvertedAmountType {
  @Field(() => ReportingCurrencyEnum)
  currency!: ReportingCurrency;

  @Field(() => String, { nullable: true, description: 'Null when not convertible.' })
  amount?: string;

  @Field(() => [ExchangeRateType])
  rates!: ExchangeRateType[];

  @Field(() => FixedEuroRateType, { nullable: true })
  fixedRate?: FixedEuroRateType;

  @Field(() => String, {
    nullable: true,
    description: 'Why there is no amount: a currency or month the rate table lacks, no value date.',
  })
  notConvertedBecause?: string;
}

@ObjectType('CurrencyTotal', { description: 'An exact sum in one currency.' })
export class CurrencyTotalType {
  @Field(() => String)
  currency!: string;

  @Field(() => String)
  amount!: string;

  @Field(() => Int, { description: 'How many amounts it adds up.' })
  count!: number;
}

@ObjectType('NotConverted', { description: 'What could not be converted, in one currency.' })
export class NotConvertedType extends CurrencyTotalType {
  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('ConvertedTotal', {
  description:
    'The sum in a reporting currency of the amounts that convert (each at its own month’s rate, to the cent), and what does not convert, set apart.',
})
export class ConvertedTotalType {
  @Field(() => ReportingCurrencyEnum)
  currency!: ReportingCurrency;

  @Field(() => String)
  amount!: string;

  @Field(() => Int, { description: 'How many amounts were converted.' })
  converted!: number;

  @Field(() => [NotConvertedType])
  notConverted!: NotConvertedType[];
}

@ObjectType('MoneyTotals', {
  description: 'What a list of amounts adds up to: per currency, and converted.',
})
export class MoneyTotalsType {
  @Field(() => [CurrencyTotalType], { description: 'Exact sums per original currency.' })
  byCurrency!: CurrencyTotalType[];

  @Field(() => ConvertedTotalType)
  converted!: ConvertedTotalType;
}
