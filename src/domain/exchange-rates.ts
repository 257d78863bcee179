/**
 * Converting an amount into a reporting currency (USD or EUR) with the monthly rates of the
 * FRED H.10 table, all quoted as units of the currency per US dollar: the value date's month,
 * EUR through USD, the euro area's former currencies at their fixed euro rate from the day they
 * joined. Every answer names the rates it used (value, month, source); a currency or month the
 * table lacks gives a reason instead of an amount — never a guess.
 */
import {
  EURO_FIXED_RATES,
  FRED_SERIES_CURRENCY,
  FRED_SERIES_UNUSED,
  type ReportingCurrency,
} from './currencies.js';
import { Money, toCents, type MoneyDecimal } from './money.js';

export const RATE_SOURCE =
  'FRED H.10 (US Federal Reserve) monthly averages, via GitHub datasets/exchange-rates (ODC-PDDL)';

/** One row of the table: a series (its country name), a month and units per US dollar. */
export interface RateRow {
  series: string;
  /** `YYYY-MM`. */
  month: string;
  perUsd: string;
}

export interface RateUsed {
  currency: string;
  /** Units of the currency per US dollar, as published. */
  perUsd: string;
  /** `YYYY-MM`: the month whose average rate was used. */
  month: string;
  source: string;
}

export interface FixedRateUsed {
  currency: string;
  /** Units of the former currency per euro. */
  perEuro: string;
  since: string;
  source: string;
}

export interface Conversion {
  currency: ReportingCurrency;
  /** To the cent; absent when the amount cannot be converted. */
  amount?: string;
  rates: RateUsed[];
  fixedRate?: FixedRateUsed;
  /** Why there is no amount. */
  notConvertedBecause?: string;
}

export class ExchangeRateTable {
  private readonly rates = new Map<string, Map<string, string>>();

  /** Builds the table; rows of a series that has no currency (or is unused) are refused. */
  constructor(rows: Iterable<RateRow>) {
    for (const row of rows) {
      const currency = FRED_SERIES_CURRENCY[row.series];
      if (!currency) {
        if (FRED_SERIES_UNUSED[row.series] !== undefined) continue;
        throw new Error(`exchange rates: no currency is known for the series "${row.series}"`);
      }
      if (!/^\d{4}-\d{2}$/.test(row.month) || !/^\d+(\.\d+)?$/.test(row.perUsd))
        throw new Error(`exchange rates: bad row ${row.series} ${row.month} ${row.perUsd}`);
      let series = this.rates.get(currency);
      if (!series) this.rates.set(currency, (series = new Map<string, string>()));
      series.set(row.month, row.perUsd);
    }
  }

  /** Units of `currency` per US dollar in `month`, as published, or undefined. */
  perUsd(currency: string, month: string): string | undefined {
    return this.rates.get(currency)?.get(month);
  }

  /** The first and last month the table has the currency, or undefined. */
  span(currency: string): { first: string; last: string } | undefined {
    const months = [...(this.rates.get(currency)?.keys() ?? [])].sort();
    return months.length === 0 ? undefined : { first: months[0]!, last: months.at(-1)! };
  }

  currencies(): string[] {
    return [...this.rates.keys()].sort();
  }

  /**
   * `amount` (decimal text) in `from`, on `date` (YYYY-MM-DD or YYYY-MM), converted into `to`.
   * USD: amount ÷ the currency's rate of the month. EUR: that, × the euro's rate of the month.
   * A former euro-area currency dated from the day it joined: amount ÷ its fixed euro rate
   * (then, for USD, ÷ the euro's rate of the month).
   */
  convert(amount: string, from: string, date: string | undefined, to: ReportingCurrency) {
    const value = new Money(amount);
    if (from === to) return done(to, value, []);
    if (date === undefined || !/^\d{4}-\d{2}/.test(date))
      return refused(to, `${from} ${amount} has no value date to take a rate from`);
    const month = date.slice(0, 7);
    const fixed = EURO_FIXED_RATES[from];
    if (fixed && date >= fixed.since) {
      const fixedRate = { currency: from, ...fixed };
      const euros = value.dividedBy(fixed.perEuro);
      if (to === 'EUR') return { ...done(to, euros, []), fixedRate };
      const eur = this.rate('EUR', month);
      if (typeof eur === 'string') return refused(to, eur);
      return { ...done(to, euros.dividedBy(eur.perUsd), [eur]), fixedRate };
    }
    const rates: RateUsed[] = [];
    let dollars = value;
    if (from !== 'USD') {
      const rate = this.rate(from, month);
      if (typeof rate === 'string') return refused(to, rate);
      rates.push(rate);
      dollars = value.dividedBy(rate.perUsd);
    }
    if (to === 'USD') return done(to, dollars, rates);
    const eur = this.rate('EUR', month);
    if (typeof eur === 'string') return refused(to, eur);
    return done(to, dollars.times(eur.perUsd), [...rates, eur]);
  }

  /** The rate used, or why there is none. */
  private rate(currency: string, month: string): RateUsed | string {
    const perUsd = this.perUsd(currency, month);
    if (perUsd !== undefined) return { currency, perUsd, month, source: RATE_SOURCE };
    const span = this.span(currency);
    if (!span) return `the exchange-rate table (FRED H.10) has no rates for ${currency}`;
    return `the exchange-rate table (FRED H.10) has no ${currency} rate for ${month} (it has ${span.first} to ${span.last})`;
  }
}

function done(currency: ReportingCurrency, value: MoneyDecimal, rates: RateUsed[]): Conversion {
  return { currency, amount: toCents(value), rates };
}

function refused(currency: ReportingCurrency, reason: string): Conversion {
  return { currency, rates: [], notConvertedBecause: reason };
}
