/** Text normalisation shared by both stores, so name filters match identically. */

/** Lower-case, strip diacritics ("Bogotá" → "bogota"), collapse whitespace. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a name filter is matched against: name and aliases, normalised, joined by `|`. */
export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(normalizeText).join('|');
}

/** A short, readable slug: `Bogotá D.C.` → `bogota-d-c`. */
export function slugify(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
