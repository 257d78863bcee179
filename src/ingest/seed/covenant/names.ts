/**
 * Place names as the Covenant file writes them ("Comune di Seveso", "Lugo 2030", "Bolzano/Bozen",
 * "CISTERNINO (BR) ITALY") reduced to the forms they are compared in, and the names that are
 * bodies rather than municipalities (unions of comuni, provinces, consortia).
 */
import { normalizeText } from '../../../domain/text.js';

/** Words that open a name without being part of it: "Comune di Seveso" is Seveso. */
const PREFIXES = [
  'comune di ',
  "comune d'",
  'citta di ',
  "citta' di ",
  'city of ',
  'town of ',
  'municipality of ',
  'ayuntamiento de ',
  'ajuntament de ',
  "ajuntament d'",
  'concello de ',
  'gemeente ',
  'ville de ',
  'commune de ',
  'stadt ',
  'gemeinde ',
  'municipio de ',
  'municipiul ',
];

/** The plain comparison form: lower case, no accents, one apostrophe, hyphens as spaces. */
export function plainName(text: string): string {
  return normalizeText(text)
    .replace(/[’`´‘]/g, "'")
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Articles and prepositions dropped for the loose form: "Reggio nell'Emilia" ~ "Reggio Emilia". */
const PARTICLES = new Set([
  'di',
  'de',
  'del',
  'della',
  'dell',
  'dei',
  'degli',
  'nell',
  'nella',
  'sul',
  'sulla',
  'in',
  'al',
  'all',
  'e',
  'd',
  'la',
  'le',
  'el',
  'les',
  'l',
]);

/** The loose form: the plain form without particles, punctuation and spaces ("ortanova"). */
export function looseName(text: string): string {
  return plainName(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !PARTICLES.has(w))
    .join('');
}

/**
 * The forms a written name may stand for, most literal first: itself; without "(…)", a
 * trailing country or target year, and an opening "Comune di"; each part of "A/B"; and, for
 * names as the rows write them (`asWritten`), each part of a bilingual "Toblach - Dobbiaco" and
 * "S." read as San, Santo, Santa or Sant'.
 */
export function nameForms(text: string, asWritten = false): string[] {
  const forms: string[] = [];
  const add = (form: string) => {
    const f = form.replace(/\s+/g, ' ').trim();
    if (f !== '' && !forms.includes(f)) forms.push(f);
  };
  const plain = plainName(text);
  add(plain);
  let cleaned = plain
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s*\b(20\d\d|italy|italia)\s*$/g, ' ')
    .replace(/(\D)(20\d\d)$/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  for (const prefix of PREFIXES)
    if (cleaned.startsWith(prefix)) cleaned = cleaned.slice(prefix.length);
  add(cleaned);
  for (const part of cleaned.split('/')) add(part);
  if (!asWritten) return forms;
  // plainName has read hyphens as spaces: the row's own " - " and "-" are in `text`. A spaced
  // dash parts a bilingual name ("Toblach - Dobbiaco"); a bare hyphen only between two names
  // ("Sgonico-Zgonik", not "Montreuil-le-Gast").
  const written = normalizeText(text);
  for (const part of written.split(/\s+[-–]\s+|\s*\/\s*/)) add(plainName(part));
  const hyphened = written.split('-');
  if (hyphened.length === 2) for (const part of hyphened) add(plainName(part));
  if (/\bs\.\s*/.test(cleaned))
    for (const saint of ['san ', 'santo ', 'santa ', "sant'"])
      add(cleaned.replace(/\bs\.\s*/g, saint));
  return forms;
}

/**
 * Bodies that sign, coordinate or support but are not one municipality: their names say so.
 * Only names no municipality matched are asked (a comune called "Regio…" stays a comune).
 */
const BODY_WORDS =
  /\b(unione|union|unio|comunita|comunidad|comunidade|communaute|consorzio|consorci|consorcio|consortium|province|provincia|provincie|region|regione|regio|county|mancomunidad|mancomunitat|intercommunale|gal|lag|mas|aggregazione|associazione|association|associacio|asociacion|osservatorio|area|metropolitana|metropolitan|metropole|district|arrondissement|agglomeration|federazione|federation|cluster|network|microregion|mikroregion|mikroregion|svazek|egyesulet|kozosseg|gruppo|group|comuni|municipis|communes|gemeinden|okrug|agency|agencia|agenzia|agence)\b/;

export function looksLikeBody(name: string): boolean {
  return BODY_WORDS.test(plainName(name).replace(/'/g, ' '));
}

/**
 * The municipalities a joint group's name lists ("Aritzo, Austis, Desulo", "Beveren; Lokeren",
 * "Marano sul Panaro - Guiglia", "Flero, Gambara e Verolavecchia"), each as written.
 */
export function listedNames(groupName: string): string[] {
  return groupName
    .replace(/[()]/g, ' ')
    .split(/[,;/]|\s[-–]\s|\s(?:e|and|y|et)\s/i)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
}
