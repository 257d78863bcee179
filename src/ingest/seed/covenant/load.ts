/**
 * The Covenant of Mayors' signatories as members of the graph (docs/covenant-of-mayors.md): each
 * row a MEMBER_OF the Covenant network (since its adhesion, with status, adhesion type and
 * commitments), its municipality matched to the one the graph has (matcher.ts) or added, its
 * joint group, coordinator and supporter as actors (COORDINATES, SUPPORTS), and its commitments
 * read as work on climate action (a named inference). Every fact cites the JRC with the row.
 */
import type { Provenance } from '../../../domain/graph-records.js';
import { INFERENCES } from '../../../domain/inferences.js';
import { slugify } from '../../../domain/text.js';
import type { GraphBuilder } from '../graph-builder.js';
import { REFERENCE_SOURCES } from '../reference-sources.js';
import { CovenantBodies } from './bodies.js';
import { distanceKm, MAX_KM, MunicipalityMatcher, type KnownMunicipality } from './matcher.js';
import { listedNames, looksLikeBody } from './names.js';
import { CovenantLoadReport } from './report.js';
import { readSignatories, rowNote, rowQuote, type Signatory } from './rows.js';

export const COVENANT = 'covenant-of-mayors';
export const CLIMATE_THEME = 'theme:climate';
const GCOM = 'gcom';
const SOURCE = REFERENCE_SOURCES.covenant.key;

const rowSources = new WeakMap<Signatory, Provenance>();
/** The row's provenance: the JRC, the row rendered as the quote, its line as the note. */
const rowSource = (s: Signatory): Provenance => {
  let p = rowSources.get(s);
  if (!p) rowSources.set(s, (p = { source: SOURCE, quote: rowQuote(s), note: rowNote(s) }));
  return p;
};

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
    const source = rowSource(s);
    const key = signatoryKey(builder, s, { matcher, bodies, groups, report, at: at(s), named });
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
    if (s.group && groups.get(s.group.id) !== key)
      builder.addEdge({ type: 'MEMBER_OF', from: key, to: groups.get(s.group.id)!, source });
    for (const [type, name] of [
      ['COORDINATES', s.coordinator],
      ['SUPPORTS', s.supporter],
    ] as const) {
      const body = name === undefined ? undefined : named(name, s);
      // One per row, as the membership: a municipality that signed twice (for 2020, again for
      // 2030) is coordinated in each commitment.
      if (body !== undefined && body !== key)
        builder.addEdge({ type, from: body, to: key, discriminator: `signatory-${s.id}`, source });
    }
  }
  addListedMembers(builder, rows, groups, matcher, report);
  locateBodies(builder, bodyCountries);
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
  return report;
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

/** Municipalities the graph has, with their country and place (comuni are ISTAT's whole list). */
function knownMunicipalities(builder: GraphBuilder): KnownMunicipality[] {
  const countryOf = new Map<string, string>();
  for (const e of builder.edgesOfType('LOCATED_IN'))
    if (e.to.startsWith('country:')) countryOf.set(e.from, e.to.slice('country:'.length));
  return builder.nodesOfType('Municipality').flatMap((node) => {
    const country = countryOf.get(node.key);
    if (!country) return [];
    const { lat, lon } = node.props;
    return [
      {
        key: node.key,
        country,
        names: [node.name, ...node.aliases],
        complete: node.key.startsWith('istat:'),
        ...(typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : {}),
      },
    ];
  });
}

/** Coordinates three or more differently named rows share: a country's centre, not a place. */
function placeholderCoordinates(rows: Signatory[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const s of rows) {
    if (s.lat === undefined) continue;
    const at = `${s.lat},${s.lon}`;
    names.set(at, (names.get(at) ?? new Set()).add(s.name));
  }
  return new Set([...names].filter(([, n]) => n.size >= 3).map(([at]) => at));
}

/** The joint groups: the group rows, and groups member rows name that have no row. */
function registerGroups(
  builder: GraphBuilder,
  rows: Signatory[],
  bodies: CovenantBodies,
): Map<string, string> {
  const groups = new Map<string, string>();
  const add = (id: string, name: string, s: Signatory) => {
    const { key } = bodies.resolve(name, `covenant-group:${slugify(id)}`);
    groups.set(id, key);
    builder.addNode({
      key,
      type: 'Association',
      name,
      description:
        'A group of local authorities that joined the Covenant of Mayors together (a joint action plan).',
      props: { covenantGroupId: id },
      source: rowSource(s),
    });
    builder.addEdge({
      type: 'LOCATED_IN',
      from: key,
      to: `country:${s.country}`,
      source: rowSource(s),
    });
  };
  for (const s of rows) if (s.isGroup) add(s.id, s.name, s);
  for (const s of rows) if (s.group && !groups.has(s.group.id)) add(s.group.id, s.group.name, s);
  return groups;
}

interface Placing {
  matcher: MunicipalityMatcher;
  bodies: CovenantBodies;
  groups: Map<string, string>;
  report: CovenantLoadReport;
  at: { lat?: number; lon?: number };
  named: (name: string, s: Signatory) => string;
}

/** The node a row's signatory is: its group, the municipality the graph has, a body, or a new municipality. */
function signatoryKey(builder: GraphBuilder, s: Signatory, p: Placing): string {
  if (s.isGroup) {
    p.report.count(s, 'group');
    return p.groups.get(s.id)!;
  }
  const placement = p.matcher.place(s.name, s.country, p.at);
  if (placement.kind === 'MATCHED') {
    p.report.count(s, 'matched');
    if (placement.how === 'NAME' && (placement.distanceKm ?? 0) > MAX_KM)
      p.report.farMatches.push({
        signatory: s.id,
        name: s.name,
        key: placement.key,
        km: placement.distanceKm!,
      });
    return placement.key;
  }
  if (looksLikeBody(s.name) || p.bodies.find(s.name)) {
    p.report.count(s, 'body');
    const key = p.named(s.name, s);
    placeAt(builder, key, p.at, s);
    // The row says where the signatory is (a body the graph had keeps its own place).
    if (p.bodies.created.has(key))
      builder.addEdge({
        type: 'LOCATED_IN',
        from: key,
        to: `country:${s.country}`,
        source: rowSource(s),
      });
    return key;
  }
  if (placement.kind === 'AMBIGUOUS')
    p.report.ambiguous.push({ signatory: s.id, name: s.name, candidates: placement.candidates });
  p.report.count(s, placement.kind === 'AMBIGUOUS' ? 'ambiguous' : 'new');
  return newMunicipality(builder, s, p.at);
}

/** A municipality the graph did not have, at the row's coordinates, in its country. */
function newMunicipality(
  builder: GraphBuilder,
  s: Signatory,
  at: { lat?: number; lon?: number },
): string {
  let key = `city:${s.country.toLowerCase()}-${slugify(s.name)}`;
  const existing = builder.get(key);
  // A second row of the same name is the same town, unless the two are far apart.
  if (existing && typeof existing.props.lat === 'number' && at.lat !== undefined) {
    const km = distanceKm(at as { lat: number; lon: number }, {
      lat: existing.props.lat,
      lon: existing.props.lon as number,
    });
    if (km > MAX_KM) key = `${key}-${slugify(s.id)}`;
  }
  builder.addNode({ key, type: 'Municipality', name: s.name, source: rowSource(s) });
  placeAt(builder, key, at, s);
  builder.addEdge({
    type: 'LOCATED_IN',
    from: key,
    to: `country:${s.country}`,
    source: rowSource(s),
  });
  return key;
}

function placeAt(
  builder: GraphBuilder,
  key: string,
  at: { lat?: number; lon?: number },
  s: Signatory,
): void {
  const node = builder.get(key);
  if (!node || at.lat === undefined || node.props.lat !== undefined) return;
  builder.addNode({
    key,
    type: node.type,
    name: node.name,
    props: { lat: at.lat, lon: at.lon! },
    source: rowSource(s),
  });
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

/** A group named by its municipalities ("Aritzo, Austis, Desulo, …") has those matched as members. */
function addListedMembers(
  builder: GraphBuilder,
  rows: Signatory[],
  groups: Map<string, string>,
  matcher: MunicipalityMatcher,
  report: CovenantLoadReport,
): void {
  for (const s of rows) {
    if (!s.isGroup) continue;
    const group = groups.get(s.id)!;
    const names = listedNames(s.name);
    const matched: string[] = [];
    const unmatched: string[] = [];
    for (const name of names) {
      const placement = matcher.place(name, s.country, {});
      if (placement.kind === 'MATCHED') matched.push(placement.key);
      else unmatched.push(name);
    }
    // A group named otherwise ("LAG Hradecky venkov") lists nobody.
    if (names.length < 2 && matched.length === 0) continue;
    report.groupListings.push({ group: s.id, name: s.name, matched: matched.length, unmatched });
    for (const key of new Set(matched)) {
      builder.addEdge({
        type: 'MEMBER_OF',
        from: key,
        to: group,
        source: {
          ...rowSource(s),
          basis: 'EDITORIAL',
          note: `${rowNote(s)}: the group’s name lists its municipalities; each listed name matched to a municipality of the graph is filed as a member.`,
        },
      });
    }
  }
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
