/**
 * Finds the municipality a Covenant signatory is, among those the graph already has (Italy's
 * ISTAT comuni, the Wikidata cities of twinnings, Eurocities and the GPM declaration): by name in
 * its country, then by coordinates. Italy's comuni are the whole official list, so a name that
 * only one comune has is that comune wherever the row's (often rough) coordinates put it;
 * elsewhere the graph holds only some cities, so a namesake must also lie within MAX_KM.
 */
import { looseName, nameForms } from './names.js';

/** How far a row's coordinates may be from the city it names. */
export const MAX_KM = 50;

export interface KnownMunicipality {
  key: string;
  country: string;
  names: string[];
  lat?: number;
  lon?: number;
  /** Its country's reference list is complete (ISTAT): a unique name is enough. */
  complete: boolean;
}

export type Placement =
  | { kind: 'MATCHED'; key: string; how: 'NAME' | 'NEAREST'; distanceKm?: number }
  | { kind: 'AMBIGUOUS'; candidates: string[] }
  | { kind: 'NONE'; namesakeFarAway?: string };

interface Point {
  lat?: number;
  lon?: number;
}

/** Great-circle distance in km. */
export function distanceKm(a: Required<Point>, b: Required<Point>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const placed = (p: Point): p is Required<Point> => p.lat !== undefined && p.lon !== undefined;

export class MunicipalityMatcher {
  private readonly plain = new Map<string, KnownMunicipality[]>();
  private readonly loose = new Map<string, KnownMunicipality[]>();

  constructor(known: Iterable<KnownMunicipality>) {
    for (const m of known) {
      const forms = new Set(m.names.flatMap((n) => nameForms(n)));
      for (const form of forms) push(this.plain, `${m.country}|${form}`, m);
      for (const form of new Set([...forms].map(looseName)))
        push(this.loose, `${m.country}|${form}`, m);
    }
  }

  /** The municipality `name` in `country` is, when the graph has it: the first form that names one. */
  place(name: string, country: string, at: Point): Placement {
    const forms = nameForms(name, true);
    for (const [index, formOf] of [
      [this.plain, (f: string) => f],
      [this.loose, looseName],
    ] as const) {
      for (const form of forms) {
        const found = index.get(`${country}|${formOf(form)}`);
        if (found) return decide(found, at);
      }
    }
    return { kind: 'NONE' };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function decide(found: KnownMunicipality[], at: Point): Placement {
  // A comune of the complete list wins over a Wikidata city of the same name.
  const complete = found.filter((m) => m.complete);
  const candidates = complete.length > 0 ? complete : found;
  const distance = (m: KnownMunicipality) =>
    placed(at) && placed(m) ? distanceKm(at, m) : undefined;
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) {
    const km = distance(only);
    if (only.complete || km === undefined || km <= MAX_KM)
      return { kind: 'MATCHED', key: only.key, how: 'NAME', ...rounded(km) };
    return { kind: 'NONE', namesakeFarAway: only.key };
  }
  const near = candidates
    .map((m) => ({ m, km: distance(m) }))
    .filter((c): c is { m: KnownMunicipality; km: number } => c.km !== undefined && c.km <= MAX_KM)
    .sort((a, b) => a.km - b.km || (a.m.key < b.m.key ? -1 : 1));
  const [nearest] = near;
  if (nearest)
    return { kind: 'MATCHED', key: nearest.m.key, how: 'NEAREST', ...rounded(nearest.km) };
  return { kind: 'AMBIGUOUS', candidates: candidates.map((m) => m.key).sort() };
}

function rounded(km: number | undefined): { distanceKm?: number } {
  return km === undefined ? {} : { distanceKm: Math.round(km) };
}
