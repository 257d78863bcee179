import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EURO_FIXED_RATES,
  FRED_SERIES_CURRENCY,
  FRED_SERIES_UNUSED,
  isCurrencyCode,
} from '../../src/domain/currencies.js';
import { ExchangeRateTable, RATE_SOURCE } from '../../src/domain/exchange-rates.js';
import { addAmounts, parseAmount, totalsByCurrency } from '../../src/domain/money.js';
import { exchangeRateFile, readExchangeRates } from '../../src/app/money/exchange-rate-file.js';

/** The shipped CSV read plainly, line by line: series → month → rate text. */
function csvRates(): Map<string, Map<string, string>> {
  const lines = readFileSync(exchangeRateFile(), 'utf8').trim().split(/\r?\n/).slice(1);
  const rates = new Map<string, Map<string, string>>();
  for (const line of lines) {
    const [date, series, rate] = line.split(',');
    if (!rates.has(series!)) rates.set(series!, new Map());
    rates.get(series!)!.set(date!.slice(0, 7), rate!);
  }
  return rates;
}

describe('amounts', () => {
  it('reads published decimals exactly and refuses what is not one', () => {
    expect(parseAmount('1500000.00')).toBe('1500000');
    expect(parseAmount(' -7826.00 ')).toBe('-7826');
    expect(parseAmount('+12.50')).toBe('12.5');
    expect(parseAmount('-0.00')).toBe('0');
    for (const bad of ['1,500', '1e6', '12 EUR', '', '.', 'NaN', 'Infinity'])
      expect(parseAmount(bad)).toBeUndefined();
  });

  it('adds without binary rounding', () => {
    expect(addAmounts(['0.1', '0.2'])).toBe('0.3');
    expect(addAmounts(['12345678901234567890.01', '0.02'])).toBe('12345678901234567890.03');
    expect(
      totalsByCurrency([
        { amount: '10', currency: 'GBP' },
        { amount: '2.5', currency: 'EUR' },
        { amount: '0.5', currency: 'GBP' },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: '2.5', count: 1 },
      { currency: 'GBP', amount: '10.5', count: 2 },
    ]);
  });
});

describe('the currency of each series of the exchange-rate table', () => {
  const rates = csvRates();

  it('is written out for every series of the shipped file, or the series is set aside with a reason', () => {
    const series = [...rates.keys()].sort();
    expect(series).toHaveLength(34);
    for (const name of series) {
      const mapped = FRED_SERIES_CURRENCY[name];
      const unused = FRED_SERIES_UNUSED[name];
      expect(mapped !== undefined || unused !== undefined, name).toBe(true);
      if (mapped) expect(isCurrencyCode(mapped), name).toBe(true);
    }
    expect(Object.keys(FRED_SERIES_UNUSED)).toEqual(['Venezuela']);
    // One series per currency.
    const codes = Object.values(FRED_SERIES_CURRENCY);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps these names to these ISO 4217 codes', () => {
    expect(FRED_SERIES_CURRENCY).toMatchObject({
      'United Kingdom': 'GBP',
      Euro: 'EUR',
      Italy: 'ITL',
      Greece: 'GRD',
      Switzerland: 'CHF',
      'South Korea': 'KRW',
      China: 'CNY',
      'South Africa': 'ZAR',
    });
  });

  it('ends the former euro-area series when their fixed rate took over', () => {
    for (const [series, currency] of Object.entries(FRED_SERIES_CURRENCY)) {
      const fixed = EURO_FIXED_RATES[currency];
      if (!fixed) continue;
      const months = [...rates.get(series)!.keys()].sort();
      const lastMonth = months.at(-1)!;
      // Greece joined in 2001; the others in 1999, quoted by the Fed until 2001-12.
      expect(lastMonth, series).toBe(currency === 'GRD' ? '2000-12' : '2001-12');
      // The fixed rate applies from the day of joining, so no month after the series is without a rate.
      expect(fixed.since, series).toBe(currency === 'GRD' ? '2001-01-01' : '1999-01-01');
    }
  });
});

describe('conversion with the table', () => {
  const table = readExchangeRates();
  const rates = csvRates();
  const gbp = (month: string) => rates.get('United Kingdom')!.get(month)!;
  const eur = (month: string) => rates.get('Euro')!.get(month)!;

  it('into USD: the amount divided by the rate of the value date’s month, to the cent', () => {
    // 31375 GBP on 2012-06-14 at 0.6428 GBP per USD (2012-06 in the file).
    expect(gbp('2012-06')).toBe('0.6428');
    expect(table.convert('31375', 'GBP', '2012-06-14', 'USD')).toEqual({
      currency: 'USD',
      amount: '48809.89',
      rates: [{ currency: 'GBP', perUsd: '0.6428', month: '2012-06', source: RATE_SOURCE }],
    });
  });

  it('into EUR: through USD, with both rates of the month named', () => {
    const conversion = table.convert('31375', 'GBP', '2012-06-14', 'EUR');
    expect(conversion.rates.map((r) => [r.currency, r.perUsd, r.month])).toEqual([
      ['GBP', gbp('2012-06'), '2012-06'],
      ['EUR', eur('2012-06'), '2012-06'],
    ]);
    // 31375 / 0.6428 * 0.7974
    expect(eur('2012-06')).toBe('0.7974');
    expect(conversion.amount).toBe('38921.01');
    expect(table.convert('1000', 'USD', '2012-06-30', 'EUR').amount).toBe('797.40');
    expect(table.convert('797.4', 'EUR', '2012-06-30', 'USD').amount).toBe('1000.00');
    expect(table.convert('12.345', 'EUR', undefined, 'EUR')).toEqual({
      currency: 'EUR',
      amount: '12.34',
      rates: [],
    });
  });

  it('a former euro-area currency: its own series before the euro, the fixed rate after', () => {
    expect(table.convert('1936270', 'ITL', '2005-03-01', 'EUR')).toMatchObject({
      amount: '1000.00',
      rates: [],
      fixedRate: { currency: 'ITL', perEuro: '1936.27', since: '1999-01-01' },
    });
    const usd = table.convert('1936270', 'ITL', '2005-03-01', 'USD');
    expect(usd.rates).toEqual([
      { currency: 'EUR', perUsd: eur('2005-03'), month: '2005-03', source: RATE_SOURCE },
    ]);
    const italy1998 = rates.get('Italy')!.get('1998-06')!;
    expect(table.convert('1000000', 'ITL', '1998-06-15', 'USD').rates).toEqual([
      { currency: 'ITL', perUsd: italy1998, month: '1998-06', source: RATE_SOURCE },
    ]);
    // No euro before 1999: lire of 1998 have no euro value in this table.
    expect(table.convert('1000000', 'ITL', '1998-06-15', 'EUR').notConvertedBecause).toBe(
      'the exchange-rate table (FRED H.10) has no EUR rate for 1998-06 (it has 1999-01 to 2026-06)',
    );
    // The drachma joined in 2001.
    expect(table.convert('340750', 'GRD', '2001-05-01', 'EUR').amount).toBe('1000.00');
  });

  it('says why when the table lacks the currency, the month or a date', () => {
    expect(table.convert('4745748', 'BDT', '2013-01-31', 'USD')).toEqual({
      currency: 'USD',
      rates: [],
      notConvertedBecause: 'the exchange-rate table (FRED H.10) has no rates for BDT',
    });
    expect(table.convert('10', 'GBP', '2030-01-01', 'USD').notConvertedBecause).toBe(
      'the exchange-rate table (FRED H.10) has no GBP rate for 2030-01 (it has 1971-01 to 2026-06)',
    );
    expect(table.convert('10', 'GBP', undefined, 'EUR').notConvertedBecause).toBe(
      'GBP 10 has no value date to take a rate from',
    );
    expect(table.currencies()).not.toContain('VEF');
  });

  it('refuses a series it has no currency for', () => {
    expect(
      () => new ExchangeRateTable([{ series: 'Atlantis', month: '2020-01', perUsd: '1' }]),
    ).toThrow('no currency is known for the series "Atlantis"');
  });
});
