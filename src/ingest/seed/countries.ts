/** ISO 3166-1 countries and the UN M49 regions they sit in (region ⊃ sub-region ⊃ intermediate region). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { GraphBuilder } from './graph-builder.js';
import { REFERENCE_SOURCES } from './reference-sources.js';

interface CountryRow {
  name: string;
  'alpha-2': string;
  'alpha-3': string;
  'country-code': string;
  region: string;
  'sub-region': string;
  'intermediate-region': string;
  'region-code': string;
  'sub-region-code': string;
  'intermediate-region-code': string;
}

export const WORLD_REGION = 'region:m49-001';

export async function readCountryRows(referenceDir: string): Promise<CountryRow[]> {
  const text = await readFile(join(referenceDir, 'countries.csv'), 'utf8');
  // cast: false keeps "NA" (Namibia) and "004" as the strings they are.
  return parse<CountryRow>(text, { columns: true, skip_empty_lines: true, cast: false });
}

export async function loadCountries(builder: GraphBuilder, referenceDir: string): Promise<void> {
  const rows = await readCountryRows(referenceDir);
  const source = { source: REFERENCE_SOURCES.countries.key };
  builder.addNode({
    key: WORLD_REGION,
    type: 'Region',
    name: 'World',
    props: { m49: '001', level: 'WORLD' },
    source,
  });
  const addRegion = (code: string, name: string, level: string, parent: string) => {
    const key = `region:m49-${code}`;
    builder.addNode({ key, type: 'Region', name, props: { m49: code, level }, source });
    builder.addEdge({ type: 'PART_OF', from: key, to: parent, source });
    return key;
  };
  for (const row of rows) {
    const key = `country:${row['alpha-2']}`;
    builder.addNode({
      key,
      type: 'Country',
      name: row.name,
      aliases: [row['alpha-2'], row['alpha-3']],
      props: { iso2: row['alpha-2'], iso3: row['alpha-3'], m49: row['country-code'] },
      source,
    });
    if (!row['region-code']) continue; // Antarctica has no M49 region
    let innermost = addRegion(row['region-code'], row.region, 'REGION', WORLD_REGION);
    if (row['sub-region-code'])
      innermost = addRegion(row['sub-region-code'], row['sub-region'], 'SUB_REGION', innermost);
    if (row['intermediate-region-code']) {
      innermost = addRegion(
        row['intermediate-region-code'],
        row['intermediate-region'],
        'INTERMEDIATE_REGION',
        innermost,
      );
    }
    builder.addEdge({ type: 'IN_REGION', from: key, to: innermost, source });
  }
}
