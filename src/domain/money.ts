/**
 * Amounts of money, exact: decimal strings in the store and on the API, arithmetic with
 * decimal.js, never binary floats (0.1 + 0.2 must stay 0.3 when a dashboard adds up grants).
 */
import { Decimal } from 'decimal.js';
import { compareKeys } from './key-lists.js';

/** Enough digits for any sum of published amounts; results are rounded only where stated. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type MoneyDecimal = InstanceType<typeof Money>;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A published amount (xsd:decimal: `1500000.00`, `-7826`, `+12.5`) as its canonical decimal
 * text (`1500000`, `-7826`, `12.5`), or undefined when it is not a plain decimal number
 * (`1,500`, `1e6`, `12 EUR`, empty).
 */
export function parseAmount(text: string): string | undefined {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) return undefined;
  const value = new Money(trimmed);
  return value.isZero() ? '0' : value.toFixed();
}

/** The sum of decimal texts, as decimal text. */
export function addAmounts(amounts: Iterable<string>): string {
  let sum = new Money(0);
  for (const amount of amounts) sum = sum.plus(amount);
  return sum.isZero() ? '0' : sum.toFixed();
}

/** Rounds to the cent (half to even): how converted amounts are given. */
export function toCents(value: MoneyDecimal): string {
  const cents = value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  return cents.isZero() ? '0.00' : cents.toFixed(2);
}

/** Compares two decimal texts numerically. */
export function compareAmounts(a: string, b: string): number {
  return new Money(a).comparedTo(b);
}

export interface CurrencyTotal {
  currency: string;
  /** The exact sum, in the currency. */
  amount: string;
  /** How many amounts went into it. */
  count: number;
}

/** Sums per currency, by currency code. */
export function totalsByCurrency(
  items: Iterable<{ amount: string; currency: string }>,
): CurrencyTotal[] {
  const sums = new Map<string, { amounts: string[] }>();
  for (const { amount, currency } of items) {
    let entry = sums.get(currency);
    if (!entry) sums.set(currency, (entry = { amounts: [] }));
    entry.amounts.push(amount);
  }
  return [...sums]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([currency, { amounts }]) => ({
      currency,
      amount: addAmounts(amounts),
      count: amounts.length,
    }));
}
