/**
 * Wikidata's entity JSON as the import reads it: the shapes it relies on (checked, never trusted),
 * the statements that say something, and the values of the properties imported.
 */
import { FieldError } from '../import/field-values.js';

export interface Snak {
  snaktype?: string;
  datavalue?: { value?: unknown };
}
export interface Statement {
  id?: string;
  rank?: string;
  mainsnak?: Snak;
  qualifiers?: Record<string, Snak[]>;
}
export interface Entity {
  id?: unknown;
  type?: unknown;
  lastrevid?: unknown;
  labels?: Record<string, { value?: unknown }>;
  claims?: Record<string, Statement[]>;
}

export const QID = /^Q[1-9][0-9]*$/;
/** The properties read, in the order they are applied. */
export const PROPERTIES = ['P190', 'P463', 'P17', 'P625'];
/** A statement id as Wikidata writes them (`Q2112$fa2b9dbe-…`; some start with a small q). */
const STATEMENT_ID = /^[Qq][1-9][0-9]*\$[0-9A-Za-z-]{1,64}$/;
/** Label languages in order of preference, as the reference twinnings prefer them. */
const LANGUAGES = ['en', 'it', 'de', 'fr', 'es'];
const MAX_NAME = 300;

/** The entities of a dump's array, of `{"entities": …}` or of one entity; undefined otherwise. */
export function entitiesOf(parsed: unknown): Entity[] | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(parsed)) return parsed.every(isObject) ? parsed : undefined;
  if (!isObject(parsed)) return undefined;
  if (isObject(parsed.entities)) {
    const values = Object.values(parsed.entities);
    return values.every(isObject) ? values : undefined;
  }
  return 'claims' in parsed || 'id' in parsed ? [parsed] : undefined;
}

export function arrayOf(value: unknown): Statement[] {
  return Array.isArray(value) ? (value as Statement[]) : [];
}

/** Whether a statement is an object with a Wikidata statement id (it can be cited). */
export function hasStatementId(s: unknown): s is Statement & { id: string } {
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof (s as Statement).id === 'string' &&
    STATEMENT_ID.test((s as { id: string }).id)
  );
}

/** Statements of a property that say something: value snaks, not deprecated, with an id. */
export function statements(entity: Entity, property: string): (Statement & { id: string })[] {
  return arrayOf(entity.claims?.[property]).filter(
    (s): s is Statement & { id: string } =>
      hasStatementId(s) &&
      s.rank !== 'deprecated' &&
      (s.mainsnak?.snaktype ?? 'value') === 'value' &&
      s.mainsnak?.datavalue !== undefined,
  );
}

/** The statement that holds now: preferred first, without an end time (P582). */
export function current<S extends Statement>(list: S[]): S | undefined {
  const open = list.filter((s) => !yearOf(s.qualifiers?.P582));
  return open.find((s) => s.rank === 'preferred') ?? open[0];
}

/** The item a statement points at (its Q id). */
export function itemOf(s: Statement): string | undefined {
  const value = s.mainsnak?.datavalue?.value as { id?: unknown } | undefined;
  return typeof value?.id === 'string' && QID.test(value.id) ? value.id : undefined;
}

/** The year of a time qualifier (precision year or finer), e.g. `+1953-00-00T00:00:00Z` → 1953. */
export function yearOf(snaks: Snak[] | undefined): number | undefined {
  const value = snaks?.[0]?.datavalue?.value as { time?: unknown; precision?: unknown } | undefined;
  if (typeof value?.time !== 'string' || typeof value.precision !== 'number' || value.precision < 9)
    return undefined;
  const match = /^\+(\d{4})-/.exec(value.time);
  return match ? Number(match[1]) : undefined;
}

/** Coordinates on Earth within range, else a FieldError that says why not. */
export function coordinatesOf(s: Statement): { lat: number; lon: number } {
  const v = s.mainsnak?.datavalue?.value as {
    latitude?: unknown;
    longitude?: unknown;
    globe?: unknown;
  };
  const globe = v?.globe;
  if (globe !== undefined && globe !== 'http://www.wikidata.org/entity/Q2') {
    const shown = typeof globe === 'string' ? globe : JSON.stringify(globe);
    throw new FieldError(`coordinates on another globe (${shown}) are not imported`);
  }
  const { latitude: lat, longitude: lon } = v ?? {};
  if (
    typeof lat !== 'number' ||
    typeof lon !== 'number' ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180
  )
    throw new FieldError('latitude and longitude must be numbers within ±90 and ±180');
  return { lat, lon };
}

/** The entity's label in the preferred languages, else in any, spaces folded. */
export function labelOf(entity: Entity): string {
  const labels = entity.labels ?? {};
  const languages = [...LANGUAGES, ...Object.keys(labels).sort()];
  for (const language of languages) {
    const value = labels[language]?.value;
    if (typeof value !== 'string') continue;
    const name = value.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    if (name.length > MAX_NAME)
      throw new FieldError(`its label is longer than ${MAX_NAME} characters`);
    return name;
  }
  throw new FieldError('it has no label to name it by');
}
