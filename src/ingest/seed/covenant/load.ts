/**
 * The Covenant of Mayors' signatories as members of the graph (docs/covenant-of-mayors.md): each
 * row a MEMBER_OF the Covenant network (since its adhesion, with status, adhesion type and
 * commitments), its municipality matched to the one the graph has (matcher.ts) or added, its
 * joint group, coordinator and supporter as actors (COORDINATES, SUPPORTS), and its commitments
 * read as work on climate action (a named inference). Every fact cites the JRC with the row.
 */
import type { Provenance } from '../../../domain/graph-records.js';
import { INFERENCES } from '../../../domain/inferences.js';
import type { GraphBuilder } from '../graph-builder.js';
import { CovenantBodies } from './bodies.js';
import { addListedMembers, groupKey, registerGroups } from './groups.js';
import { MunicipalityMatcher } from './matcher.js';
import { CovenantLoadReport } from './report.js';
import { COVENANT_SOURCE as SOURCE, rowSource } from './row-source.js';
import { rowNote, readSignatories, type Signatory } from './rows.js';
import {
  knownMunicipalities,
  placeholderCoordinates,
  signatoryKey,
  type Placing,
} from './signatory-nodes.js';

export const COVENANT = 'covenant-of-mayors';
export const CLIMATE_THEME = 'theme:climate';
const GCOM = 'gcom';

export async function loadCovenant(
  builder: GraphBuilder,
  referenceDir: string,
): Promise<CovenantLoadReport> {
  const rows = await readSignatories(referenceDir);
  const report = new CovenantLoadReport();
  addNetwork(builder, rows.length);
  addMissingCountries(builder, rows);
  const matcher = new MunicipalityMatcher(knownMunicipalities(builder));
  const bodies = new CovenantBodies(builder.allNodes());
  const placeholders = placeholderCoordinates(rows);
  const at = (s: Signatory) =>
    s.lat !== undefined && !placeholders.has(`${s.lat},${s.lon}`)
      ? { lat: s.lat, lon: s.lon! }
      : {};

  const groups = registerGroups(builder, rows, bodies);
  const groupKeys = new Set(groups.values());
  const bodyCountries = new Map<string, Set<string>>();
  const named = (name: string, s: Signatory) => {
    const { key, isNew } = bodies.resolve(name);
    if (isNew) builder.addNode({ key, type: 'Organization', name, source: rowSource(s) });
    if (bodies.created.has(key) && !groupKeys.has(key)) {
      const countries = bodyCountries.get(key) ?? new Set<string>();
      bodyCountries.set(key, countries.add(s.country));
    }
    return key;
  };

  for (const s of rows) {
    const placing: Placing = { matcher, bodies, groups, report, at: at(s), named };
    addSignatory(builder, s, signatoryKey(builder, s, placing), placing);
  }
  addListedMembers(builder, rows, groups, matcher, report);
  locateBodies(builder, bodyCountries);
  countBodies(report, rows, bodies);
  return report;
}

/** A row's facts about its signatory `key`: membership, climate work, group, coordinator, supporter. */
function addSignatory(builder: GraphBuilder, s: Signatory, key: string, p: Placing): void {
  const source = rowSource(s);
  builder.addEdge({
    type: 'MEMBER_OF',
    from: key,
    to: COVENANT,
    discriminator: `signatory-${s.id}`,
    props: membershipProps(s),
    source,
  });
  const inference: Provenance = {
    source: SOURCE,
    basis: 'EDITORIAL',
    quote: source.quote,
    note: `${INFERENCES.COVENANT_COMMITMENT.note} (${source.note})`,
  };
  for (const topic of [CLIMATE_THEME, 'sdg:13'])
    builder.addEdge({
      type: 'FOCUSES_ON',
      from: key,
      to: topic,
      props: { inference: 'COVENANT_COMMITMENT' },
      source: inference,
    });
  if (s.group) {
    const group = groupKey(p.groups, s.group.id);
    if (group !== key) builder.addEdge({ type: 'MEMBER_OF', from: key, to: group, source });
  }
  for (const [type, name] of [
    ['COORDINATES', s.coordinator],
    ['SUPPORTS', s.supporter],
  ] as const) {
    const body = name === undefined ? undefined : p.named(name, s);
    // One per row, as the membership: a municipality that signed twice (for 2020, again for
    // 2030) is coordinated in each commitment.
    if (body !== undefined && body !== key)
      builder.addEdge({ type, from: body, to: key, discriminator: `signatory-${s.id}`, source });
  }
}

/** How many coordinators and supporters the rows name, and which bodies the graph already had. */
function countBodies(report: CovenantLoadReport, rows: Signatory[], bodies: CovenantBodies): void {
  report.coordinators = new Set(
    rows.flatMap((s) => (s.coordinator ? [bodies.find(s.coordinator)] : [])),
  ).size;
  report.supporters = new Set(
    rows.flatMap((s) => (s.supporter ? [bodies.find(s.supporter)] : [])),
  ).size;
  report.existingBodies = [
    ...new Set(
      rows
        .flatMap((s) => [s.coordinator, s.supporter])
        .filter((n): n is string => n !== undefined)
        .map((n) => bodies.find(n)!)
        .filter((k) => !bodies.created.has(k)),
    ),
  ].sort();
}

function addNetwork(builder: GraphBuilder, signatories: number): void {
  const source = {
    source: SOURCE,
    note: 'the file lists the signatories of the Covenant of Mayors',
  };
  builder.addNode({
    key: COVENANT,
    type: 'Network',
    name: 'Covenant of Mayors for Climate & Energy',
    aliases: ['Covenant of Mayors', 'EU Covenant of Mayors', 'CoM'],
    description:
      'The European chapter of the Global Covenant of Mayors: local authorities committed to climate and energy targets.',
    props: { signatories },
    source,
  });
  builder.addEdge({
    type: 'MEMBER_OF',
    from: COVENANT,
    to: GCOM,
    source: {
      source: SOURCE,
      basis: 'EDITORIAL',
      note: 'The JRC publishes the Covenant of Mayors’ signatories as a collection of the Global Covenant of Mayors and gives each a GCoM id (gcom_id): the curators file the Covenant of Mayors, its European chapter, as a member of GCoM.',
    },
  });
}

/** Countries the rows name that the ISO list lacks (Kosovo, XK), from the rows themselves. */
function addMissingCountries(builder: GraphBuilder, rows: Signatory[]): void {
  for (const s of rows) {
    const key = `country:${s.country}`;
    if (builder.has(key)) continue;
    builder.addNode({
      key,
      type: 'Country',
      name: s.countryName,
      aliases: [s.country],
      props: { iso2: s.country },
      source: {
        source: SOURCE,
        note: `${rowNote(s)}: country_code ${s.country.toLowerCase()}, country_name ${s.countryName} (a code ISO 3166-1 does not assign)`,
      },
    });
  }
}

function membershipProps(s: Signatory) {
  return {
    since: s.since,
    status: s.status,
    adhesionType: s.adhesionType,
    commitments: s.commitments,
    covenantId: s.id,
    ...(s.gcomId ? { gcomId: s.gcomId } : {}),
    ...(s.population !== undefined ? { populationAtAdhesion: s.population } : {}),
  };
}

/** A body all of whose rows are in one country is located there. */
function locateBodies(builder: GraphBuilder, bodyCountries: Map<string, Set<string>>): void {
  for (const [key, countries] of bodyCountries) {
    if (countries.size !== 1) continue;
    const [country] = countries;
    builder.addEdge({
      type: 'LOCATED_IN',
      from: key,
      to: `country:${country}`,
      source: {
        source: SOURCE,
        basis: 'EDITORIAL',
        note: `Every signatory the file names it with is in ${country}: the curators place the body there.`,
      },
    });
  }
}
