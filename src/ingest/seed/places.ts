/**
 * Placements of comuni and Wikidata cities (country, coordinates, population, matching ISTAT
 * code), precomputed from GeoNames by scripts/build-places.mjs so start-up needs no geocoding.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Place {
  ref: string;
  istat?: string;
  country?: string;
  lat?: number;
  lon?: number;
  population?: number;
  method: string;
}

interface PlaceRow {
  ref: string;
  istat: string;
  country: string;
  lat: string;
  lon: string;
  population: string;
  method: string;
}

function numberOrUndefined(text: string): number | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export async function readPlaces(referenceDir: string): Promise<Map<string, Place>> {
  const text = await readFile(join(referenceDir, 'places.csv'), 'utf8');
  const rows = parse<PlaceRow>(text, { columns: true, skip_empty_lines: true, cast: false });
  const places = new Map<string, Place>();
  for (const row of rows) {
    const place: Place = { ref: row.ref, method: row.method };
    if (row.istat) place.istat = row.istat;
    if (row.country) place.country = row.country;
    const lat = numberOrUndefined(row.lat);
    const lon = numberOrUndefined(row.lon);
    if (lat !== undefined && lon !== undefined) {
      place.lat = lat;
      place.lon = lon;
    }
    const population = numberOrUndefined(row.population);
    if (population !== undefined) place.population = population;
    places.set(row.ref, place);
  }
  return places;
}
