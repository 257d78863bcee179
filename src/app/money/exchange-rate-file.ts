/**
 * The exchange-rate table shipped in seeds/reference/exchange-rates/ (FRED H.10 monthly rates,
 * see seeds/reference/SOURCES.md), read once per process when first needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ExchangeRateTable, type RateRow } from '../../domain/exchange-rates.js';
import { defaultSeedsDir } from '../../ingest/seed/load-seeds.js';

export function exchangeRateFile(seedsDir: string = defaultSeedsDir()): string {
  return join(seedsDir, 'reference', 'exchange-rates', 'fred-monthly.csv');
}

/** Reads the table: `Date,Country,Exchange rate` rows, the date the first day of the month. */
export function readExchangeRates(path: string = exchangeRateFile()): ExchangeRateTable {
  const records = parse<{ Date: string; Country: string; 'Exchange rate': string }>(
    readFileSync(path, 'utf8'),
    { columns: true, skip_empty_lines: true },
  );
  const rows: RateRow[] = records.map((r) => ({
    series: r.Country,
    month: r.Date.slice(0, 7),
    perUsd: r['Exchange rate'],
  }));
  return new ExchangeRateTable(rows);
}

let shared: ExchangeRateTable | undefined;

/** The shipped table, read at the first call. */
export function exchangeRates(): ExchangeRateTable {
  shared ??= readExchangeRates();
  return shared;
}
