/** Twinned cities from Wikidata: one TWINNED_WITH relationship per unordered pair. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { GraphBuilder } from './graph-builder.js';
import { REFERENCE_SOURCES } from './reference-sources.js';
import type { WikidataCities } from './wikidata-cities.js';

interface TwinningRow {
  wikidata_a: string;
  name_a: string;
  wikidata_b: string;
  name_b: string;
}

export async function loadTwinnings(
  builder: GraphBuilder,
  referenceDir: string,
  cities: WikidataCities,
): Promise<void> {
  const text = await readFile(join(referenceDir, 'twinnings.csv'), 'utf8');
  const rows = parse<TwinningRow>(text, { columns: true, skip_empty_lines: true, cast: false });
  const source = { source: REFERENCE_SOURCES.twinnings.key };
  for (const row of rows) {
    const a = cities.resolve(row.wikidata_a, row.name_a, source);
    const b = cities.resolve(row.wikidata_b, row.name_b, source);
    if (a === b) continue; // two Wikidata items resolved to one city: not a twinning
    builder.addEdge({ type: 'TWINNED_WITH', from: a, to: b, source });
  }
}
