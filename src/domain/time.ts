/**
 * Time: answering "as the network stood then" (`asOf`). Dates in the data are years (2015),
 * dates (2015-07-01) or year-months; they are compared as ISO dates. A start given as a year
 * counts from the year's first day, an end given as a year until its last day.
 */
import { badInput } from './errors.js';
import type { PropertyValue } from './graph-records.js';

/** A date as the data and the API write it: YYYY, YYYY-MM or YYYY-MM-DD (groups: year, month, day). */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks an `asOf` argument (YYYY, YYYY-MM or YYYY-MM-DD) and gives the day it means (its last day). */
export function parseAsOf(text: string, argument = 'asOf'): string {
  const match = DATE_PATTERN.exec(text.trim());
  const month = Number(match?.[2] ?? '12');
  const day = Number(match?.[3] ?? '28');
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw badInput(`"${argument}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got "${text}".`, {
      argument,
      value: text,
    });
  }
  return endOf(text.trim())!;
}

function asText(value: PropertyValue | undefined): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && DATE_PATTERN.test(value)) return value;
  return undefined;
}

/** The first day a date value covers: 2015 → 2015-01-01. */
export function startOf(value: PropertyValue | undefined): string | undefined {
  const text = asText(value);
  if (!text) return undefined;
  const [y, m = '01', d = '01'] = text.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a date value covers: 2015 → 2015-12-31. */
export function endOf(value: PropertyValue | undefined): string | undefined {
  const text = asText(value);
  if (!text) return undefined;
  const [y, m, d] = text.split('-');
  if (d) return `${y}-${m}-${d}`;
  if (m) return `${y}-${m}-31`;
  return `${y}-12-31`;
}

/** A year from a date (`2015-07-01`), a year, or undefined. */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string') {
    const match = /^(\d{4})/.exec(value);
    if (match) return Number(match[1]);
  }
  return undefined;
}
