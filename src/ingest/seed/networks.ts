/** Eurocities members and the Global Parliament of Mayors' declaration for democracy. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { slugify } from '../../domain/text.js';
import type { GraphBuilder } from './graph-builder.js';
import { REFERENCE_SOURCES } from './reference-sources.js';
import type { WikidataCities } from './wikidata-cities.js';
import type { CountryNames } from './country-names.js';

interface EurocitiesMember {
  name_on_website: string;
  wikidata_id: string;
  wikidata_name: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
}

export async function loadEurocities(
  builder: GraphBuilder,
  referenceDir: string,
  cities: WikidataCities,
): Promise<void> {
  const file = JSON.parse(
    await readFile(join(referenceDir, 'networks/eurocities-members.json'), 'utf8'),
  ) as {
    members: EurocitiesMember[];
  };
  const source = { source: REFERENCE_SOURCES.eurocities.key };
  builder.addNode({
    key: 'eurocities',
    type: 'Network',
    name: 'Eurocities',
    description: 'Network of major European cities.',
    props: { listedMembers: file.members.length },
    source,
  });
  for (const member of file.members) {
    const label = member.wikidata_name || member.name_on_website;
    const key = cities.resolve(member.wikidata_id, label, source);
    if (member.name_on_website !== label)
      builder.addNode({
        key,
        type: 'Municipality',
        name: label,
        aliases: [member.name_on_website],
        source,
      });
    builder.addEdge({ type: 'MEMBER_OF', from: key, to: 'eurocities', source });
  }
}

interface GpmRow {
  city_name: string;
  country: string;
  wikidata_id: string;
  mayor_name: string;
  mayor_title: string;
}

export const GPM_DECLARATION = 'agreement:gpm-declaration-mayors-for-democracy';

export async function loadGpmDeclaration(
  builder: GraphBuilder,
  referenceDir: string,
  cities: WikidataCities,
  countries: CountryNames,
): Promise<void> {
  const text = await readFile(
    join(referenceDir, 'networks/gpm-declaration-mayors-for-democracy.csv'),
    'utf8',
  );
  const rows = parse<GpmRow>(text, { columns: true, skip_empty_lines: true, cast: false });
  const source = { source: REFERENCE_SOURCES.gpm.key };
  builder.addNode({
    key: 'global-parliament-of-mayors',
    type: 'Network',
    name: 'Global Parliament of Mayors',
    aliases: ['GPM'],
    source,
  });
  builder.addNode({
    key: GPM_DECLARATION,
    type: 'Agreement',
    name: 'Global Declaration of Mayors for Democracy',
    props: { agreementType: 'DECLARATION', signatories: rows.length },
    source,
  });
  builder.addEdge({
    type: 'PARTY_TO',
    from: 'global-parliament-of-mayors',
    to: GPM_DECLARATION,
    props: { role: 'PROMOTER' },
    source: {
      ...source,
      note: "the declaration is the Global Parliament of Mayors' joint statement",
    },
  });
  rows.forEach((row, index) => {
    const line = { ...source, note: `signatures.csv line ${index + 2}` };
    const iso2 = countries.resolve(row.country);
    let cityKey: string;
    if (row.wikidata_id) {
      cityKey = cities.resolve(row.wikidata_id, row.city_name, line);
    } else {
      // No Wikidata id: the city is known by name and country only.
      cityKey = `city:${(iso2 ?? 'xx').toLowerCase()}-${slugify(row.city_name)}`;
      builder.addNode({ key: cityKey, type: 'Municipality', name: row.city_name, source: line });
      if (iso2 && builder.has(`country:${iso2}`)) {
        builder.addEdge({ type: 'LOCATED_IN', from: cityKey, to: `country:${iso2}`, source: line });
      }
    }
    builder.addEdge({
      type: 'PARTY_TO',
      from: cityKey,
      to: GPM_DECLARATION,
      props: { role: 'SIGNATORY', signedBy: row.mayor_name },
      source: line,
    });
    if (row.mayor_name) {
      const personKey = `person:${slugify(row.mayor_name)}`;
      builder.addNode({ key: personKey, type: 'Person', name: row.mayor_name, source: line });
      builder.addEdge({
        type: 'HOLDS_OFFICE',
        from: personKey,
        to: cityKey,
        props: { role: row.mayor_title || 'Mayor' },
        source: line,
      });
    }
  });
}
