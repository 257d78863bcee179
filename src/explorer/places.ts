/**
 * Where an actor goes on the map: its own coordinates (comuni and cities, from ISTAT/GeoNames in
 * the seeds), else its seat's (the municipality it is located in), else its country's centroid
 * from the world-atlas shapes — so ministries, associations and agencies sit in their country.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { ExplorerActorFragment } from './generated/graphql.js';

export type Placement = 'own' | 'seat' | 'country' | 'none';

export interface Place {
  lon: number;
  lat: number;
  by: Placement;
}

type CountryProps = { name: string };
const topology = countries50m as unknown as Topology<{
  countries: GeometryCollection<CountryProps>;
}>;

/** Country shapes, keyed by ISO 3166 numeric code (the same as UN M49 for countries). */
export const countries: FeatureCollection<Geometry, CountryProps> = feature(
  topology,
  topology.objects.countries,
);

/** The centroid of a country's largest polygon, so overseas territories don't pull it away. */
function mainCentroid(shape: Feature<Geometry, CountryProps>): [number, number] {
  if (shape.geometry.type !== 'MultiPolygon') return geoCentroid(shape);
  const polygons = shape.geometry.coordinates.map((coordinates): Polygon => ({
    type: 'Polygon',
    coordinates,
  }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest);
}

const centroids = new Map<string, [number, number]>();
for (const shape of countries.features) {
  if (shape.id !== undefined) centroids.set(String(shape.id).padStart(3, '0'), mainCentroid(shape));
}

export function placeOf(actor: ExplorerActorFragment): Place | undefined {
  if (actor.lat !== null && actor.lon !== null)
    return { lon: actor.lon, lat: actor.lat, by: 'own' };
  const seat = actor.municipality;
  if (seat && seat.lat !== null && seat.lon !== null)
    return { lon: seat.lon, lat: seat.lat, by: 'seat' };
  const m49 = actor.country?.m49;
  const centroid = m49 ? centroids.get(m49.padStart(3, '0')) : undefined;
  if (centroid) return { lon: centroid[0], lat: centroid[1], by: 'country' };
  return undefined;
}
