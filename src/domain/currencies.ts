/**
 * Currencies: which ISO 4217 code each series of the exchange-rate table stands for, and the
 * irrevocable euro conversion rates of the euro area's former currencies. Written out, not
 * inferred from names, so every mapping is checked by a test and every gap is stated.
 */

/** An ISO 4217 alphabetic code: three capital letters. */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/.test(text);
}

/**
 * The country names of the FRED H.10 table (seeds/reference/exchange-rates/fred-monthly.csv)
 * and the currency each series is quoted in, over the whole span the table has it. The series
 * of the euro area's former currencies end in 2001-12 (Greece's in 2000-12).
 */
export const FRED_SERIES_CURRENCY: Readonly<Record<string, string>> = {
  Australia: 'AUD',
  Austria: 'ATS',
  Belgium: 'BEF',
  Brazil: 'BRL',
  Canada: 'CAD',
  China: 'CNY',
  Denmark: 'DKK',
  Euro: 'EUR',
  Finland: 'FIM',
  France: 'FRF',
  Germany: 'DEM',
  Greece: 'GRD',
  'Hong Kong': 'HKD',
  India: 'INR',
  Ireland: 'IEP',
  Italy: 'ITL',
  Japan: 'JPY',
  Malaysia: 'MYR',
  Mexico: 'MXN',
  Netherlands: 'NLG',
  'New Zealand': 'NZD',
  Norway: 'NOK',
  Portugal: 'PTE',
  Singapore: 'SGD',
  'South Africa': 'ZAR',
  'South Korea': 'KRW',
  Spain: 'ESP',
  'Sri Lanka': 'LKR',
  Sweden: 'SEK',
  Switzerland: 'CHF',
  Taiwan: 'TWD',
  Thailand: 'THB',
  'United Kingdom': 'GBP',
};

/**
 * Series of the table that are not used, and why. The Venezuelan series runs through three
 * bolívars (1995–2007 rescaled to the 2008 bolívar fuerte, the bolívar soberano from 2018, and
 * the 2021 redenomination) without saying which month is in which, so no ISO code fits it.
 */
export const FRED_SERIES_UNUSED: Readonly<Record<string, string>> = {
  Venezuela:
    'the series mixes the bolívar fuerte (VEF), the bolívar soberano (VES) and its 2021 redenomination',
};

export interface EuroFixedRate {
  /** Units of the former currency per euro, exact. */
  perEuro: string;
  /** The first day the rate applied (the day the country joined the euro). */
  since: string;
  /** The legal act that fixed it. */
  source: string;
}

const REGULATION_2866_98 =
  'Council Regulation (EC) No 2866/98 of 31 December 1998 on the conversion rates between the euro and the currencies of the Member States adopting the euro';
const REGULATION_1478_2000 =
  'Council Regulation (EC) No 1478/2000 of 19 June 2000 amending Regulation (EC) No 2866/98 (Greek drachma)';

/**
 * The irrevocable conversion rates of the former currencies of the euro area that the table
 * has (and the Luxembourg franc, at par with the Belgian): after their series end, an amount in
 * one of them is converted at this rate into euros.
 */
export const EURO_FIXED_RATES: Readonly<Record<string, EuroFixedRate>> = {
  ATS: { perEuro: '13.7603', since: '1999-01-01', source: REGULATION_2866_98 },
  BEF: { perEuro: '40.3399', since: '1999-01-01', source: REGULATION_2866_98 },
  DEM: { perEuro: '1.95583', since: '1999-01-01', source: REGULATION_2866_98 },
  ESP: { perEuro: '166.386', since: '1999-01-01', source: REGULATION_2866_98 },
  FIM: { perEuro: '5.94573', since: '1999-01-01', source: REGULATION_2866_98 },
  FRF: { perEuro: '6.55957', since: '1999-01-01', source: REGULATION_2866_98 },
  IEP: { perEuro: '0.787564', since: '1999-01-01', source: REGULATION_2866_98 },
  ITL: { perEuro: '1936.27', since: '1999-01-01', source: REGULATION_2866_98 },
  LUF: { perEuro: '40.3399', since: '1999-01-01', source: REGULATION_2866_98 },
  NLG: { perEuro: '2.20371', since: '1999-01-01', source: REGULATION_2866_98 },
  PTE: { perEuro: '200.482', since: '1999-01-01', source: REGULATION_2866_98 },
  GRD: { perEuro: '340.750', since: '2001-01-01', source: REGULATION_1478_2000 },
};

/** The currencies amounts are converted into. */
export const REPORTING_CURRENCIES = ['USD', 'EUR'] as const;
export type ReportingCurrency = (typeof REPORTING_CURRENCIES)[number];
