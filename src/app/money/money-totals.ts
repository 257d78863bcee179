/**
 * Totals of money nodes: exact sums per original currency, and the sum in a reporting currency
 * of what converts (each amount at its own value date's month, to the cent), with what does not
 * convert set apart per currency with the reasons.
 */
import type { ReportingCurrency } from '../../domain/currencies.js';
import type { Conversion, ExchangeRateTable } from '../../domain/exchange-rates.js';
import type { GraphNode } from '../../domain/graph-records.js';
import { addAmounts, totalsByCurrency, type CurrencyTotal } from '../../domain/money.js';

export interface MoneyValue {
  amount: string;
  currency: string;
  valueDate?: string;
}

/** The value a money node carries (Transaction, Budget, PlannedDisbursement). */
export function moneyOf(node: GraphNode): MoneyValue | undefined {
  const { value, currency, valueDate } = node.props;
  if (typeof value !== 'string' || typeof currency !== 'string') return undefined;
  return { amount: value, currency, ...(typeof valueDate === 'string' ? { valueDate } : {}) };
}

export function convertValue(
  table: ExchangeRateTable,
  value: MoneyValue,
  to: ReportingCurrency,
): Conversion {
  return table.convert(value.amount, value.currency, value.valueDate, to);
}

export interface NotConverted extends CurrencyTotal {
  /** Why, each reason once. */
  reasons: string[];
}

export interface ConvertedTotal {
  currency: ReportingCurrency;
  /** The sum of the converted amounts (each to the cent). */
  amount: string;
  /** How many amounts were converted. */
  converted: number;
  /** What could not be converted, per original currency. */
  notConverted: NotConverted[];
}

export interface MoneyTotals {
  byCurrency: CurrencyTotal[];
  converted: ConvertedTotal;
}

export function totalsOf(
  table: ExchangeRateTable,
  values: readonly MoneyValue[],
  to: ReportingCurrency,
): MoneyTotals {
  const converted: string[] = [];
  const refused: { value: MoneyValue; reason: string }[] = [];
  for (const value of values) {
    const conversion = convertValue(table, value, to);
    if (conversion.amount !== undefined) converted.push(conversion.amount);
    else refused.push({ value, reason: conversion.notConvertedBecause ?? 'not converted' });
  }
  const notConverted = totalsByCurrency(refused.map((r) => r.value)).map((total) => ({
    ...total,
    reasons: [
      ...new Set(refused.filter((r) => r.value.currency === total.currency).map((r) => r.reason)),
    ].sort(),
  }));
  return {
    byCurrency: totalsByCurrency(values),
    converted: {
      currency: to,
      amount: converted.length === 0 ? '0.00' : fixed2(addAmounts(converted)),
      converted: converted.length,
      notConverted,
    },
  };
}

/** `1234.5` → `1234.50`: sums of cents keep two decimals. */
function fixed2(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}
