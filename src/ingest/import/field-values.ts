/**
 * Reading the values an import file gives — keys, dates, countries, SDG codes, themes, roles — by
 * the same rules as edits (src/edit/edit-inputs.ts), each failing with a message for the report.
 */
import { dateText, nodeKey, sdgCode } from '../../edit/edit-inputs.js';
import { yearOf } from '../../domain/time.js';
import { slugify } from '../../domain/text.js';
import { preview } from './value-preview.js';

/** A field that cannot be read: the row is refused with this message. */
export class FieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldError';
  }
}

/** `a; b ;c` → [a, b, c]: lists in one cell are separated by semicolons. */
export function listOf(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function keyOf(text: string, field: string): string {
  const parsed = nodeKey.safeParse(text);
  if (!parsed.success) throw new FieldError(`${field} ${preview(text)} is not a valid key`);
  return parsed.data;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: a real date. */
export function dateOf(text: string, field: string): string {
  if (!dateText.safeParse(text).success)
    throw new FieldError(`${field} ${preview(text)} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return text.trim();
}

/** A date as the store keeps it: a bare year as a number (as the seeds do), otherwise the text. */
export function dateValue(text: string, field: string): string | number {
  const date = dateOf(text, field);
  return /^\d{4}$/.test(date) ? Number(date) : date;
}

export function yearFrom(date: string): number {
  return yearOf(date)!;
}

/** `IT` or `country:IT` → `country:IT` (whether it exists is checked against the graph). */
export function countryKeyOf(text: string, field = 'country'): string {
  const code = text.trim().replace(/^country:/, '');
  if (!/^[A-Za-z]{2}$/.test(code))
    throw new FieldError(
      `${field} ${preview(text)} must be an ISO 3166 alpha-2 code (IT) or country:IT`,
    );
  return `country:${code.toUpperCase()}`;
}

/** A country (ISO code or key) or a region key, for TARGETS. */
export function placeKeyOf(text: string, field = 'targets'): string {
  const value = text.trim();
  if (value.startsWith('region:')) return keyOf(value, field);
  return countryKeyOf(value, field);
}

/** `11`, `11.3`, `sdg:11.3` → `sdg:11.3`; goals 1–17 and their targets only. */
export function sdgKeyOf(text: string, field = 'sdgs'): string {
  const code = text.trim().replace(/^sdg:/, '');
  if (!sdgCode.safeParse(code).success)
    throw new FieldError(`${field} ${preview(text)} must be an SDG goal (1–17) or target (11.3)`);
  return `sdg:${code}`;
}

/** `migration` or `theme:migration` → `theme:migration`. */
export function themeKeyOf(text: string, field = 'themes'): string {
  const value = text.trim();
  const slug = value.startsWith('theme:') ? value.slice('theme:'.length) : value;
  if (slug === '' || slugify(slug) !== slug)
    throw new FieldError(`${field} ${preview(text)} must be a theme key such as theme:migration`);
  return `theme:${slug}`;
}

/** A value from a fixed list (case-insensitive), or a refusal naming the list. */
export function choiceOf<T extends string>(text: string, allowed: readonly T[], field: string): T {
  const wanted = text.trim().toLowerCase();
  const found = allowed.find((value) => value.toLowerCase() === wanted);
  if (found === undefined)
    throw new FieldError(`${field} ${preview(text)} must be one of ${allowed.join(', ')}`);
  return found;
}

export function roleOf(text: string, allowed: readonly string[], field: string): string {
  return choiceOf(text, allowed, field);
}

/** `anci=LEAD` → { key: 'anci', role: 'LEAD' }; the role may be left out. */
export function keyWithRole(
  item: string,
  allowed: readonly string[],
  field: string,
): { key: string; role?: string } {
  const at = item.lastIndexOf('=');
  if (at === -1) return { key: keyOf(item, field) };
  const key = keyOf(item.slice(0, at), field);
  return { key, role: roleOf(item.slice(at + 1), allowed, `${field} role`) };
}

export function yearCell(text: string, field: string): number {
  if (!/^\d{4}$/.test(text.trim()))
    throw new FieldError(`${field} ${preview(text)} must be a year`);
  return Number(text.trim());
}

export function urlOf(text: string, field: string): string {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // refused below
  }
  throw new FieldError(`${field} ${preview(text)} must be an http(s) URL`);
}
