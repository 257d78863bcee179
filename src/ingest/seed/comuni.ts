/** Italy's comuni as municipalities in their provinces and regions (ISTAT). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphBuilder } from './graph-builder.js';
import type { Place } from './places.js';
import { REFERENCE_SOURCES } from './reference-sources.js';

interface ComuneRow {
  istat: string;
  name: string;
  region: string;
  region_code: string;
  province: string;
  province_code: string;
  province_abbr: string;
  zone: string;
  cadastral_code: string;
  population: number;
}

export async function loadComuni(
  builder: GraphBuilder,
  referenceDir: string,
  places: Map<string, Place>,
): Promise<void> {
  const rows = JSON.parse(
    await readFile(join(referenceDir, 'italian-municipalities.json'), 'utf8'),
  ) as ComuneRow[];
  const source = { source: REFERENCE_SOURCES.comuni.key };
  const geonames = {
    source: REFERENCE_SOURCES.geonames.key,
    note: 'coordinates: GeoNames city with this ISTAT code (scripts/build-places.mjs)',
  };
  for (const row of rows) {
    const regionKey = `it-region:${row.region_code}`;
    const provinceKey = `it-province:${row.province_code}`;
    if (!builder.has(regionKey)) {
      builder.addNode({
        key: regionKey,
        type: 'AdminArea',
        name: row.region,
        props: { level: 'REGION', country: 'IT', code: row.region_code, zone: row.zone },
        source,
      });
      builder.addEdge({ type: 'LOCATED_IN', from: regionKey, to: 'country:IT', source });
    }
    if (!builder.has(provinceKey)) {
      builder.addNode({
        key: provinceKey,
        type: 'AdminArea',
        name: row.province,
        aliases: [row.province_abbr],
        props: {
          level: 'PROVINCE',
          country: 'IT',
          code: row.province_code,
          abbreviation: row.province_abbr,
        },
        source,
      });
      builder.addEdge({ type: 'PART_OF', from: provinceKey, to: regionKey, source });
    }
    const key = `istat:${row.istat}`;
    builder.addNode({
      key,
      type: 'Municipality',
      name: row.name,
      props: {
        istat: row.istat,
        population: row.population,
        cadastralCode: row.cadastral_code,
        province: row.province_abbr,
        region: row.region,
      },
      source,
    });
    const place = places.get(key);
    if (place?.lat !== undefined && place.lon !== undefined) {
      builder.addNode({
        key,
        type: 'Municipality',
        name: row.name,
        props: { lat: place.lat, lon: place.lon },
        source: geonames,
      });
    }
    builder.addEdge({ type: 'PART_OF', from: key, to: provinceKey, source });
    builder.addEdge({ type: 'LOCATED_IN', from: key, to: 'country:IT', source });
  }
}
