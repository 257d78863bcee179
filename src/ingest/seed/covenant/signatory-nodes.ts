/**
 * Which node a signatory row stands for: its joint group, the municipality the graph has (by name
 * and place, matcher.ts), a body (a province, an agency), or a municipality added from the row.
 */
import { slugify } from '../../../domain/text.js';
import type { GraphBuilder } from '../graph-builder.js';
import type { CovenantBodies } from './bodies.js';
import { groupKey } from './groups.js';
import { distanceKm, MAX_KM, type KnownMunicipality, type MunicipalityMatcher } from './matcher.js';
import { looksLikeBody } from './names.js';
import type { CovenantLoadReport } from './report.js';
import { locateInRowCountry, rowSource } from './row-source.js';
import type { Signatory } from './rows.js';

/** A row's coordinates, unless they are a placeholder. */
export type RowPlace = { lat?: number; lon?: number };

export interface Placing {
  matcher: MunicipalityMatcher;
  bodies: CovenantBodies;
  groups: Map<string, string>;
  report: CovenantLoadReport;
  at: RowPlace;
  /** The key of the body of this name, added when new. */
  named: (name: string, s: Signatory) => string;
}

/** Municipalities the graph has, with their country and place (comuni are ISTAT's whole list). */
export function knownMunicipalities(builder: GraphBuilder): KnownMunicipality[] {
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
export function placeholderCoordinates(rows: Signatory[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const s of rows) {
    if (s.lat === undefined) continue;
    const at = `${s.lat},${s.lon}`;
    names.set(at, (names.get(at) ?? new Set()).add(s.name));
  }
  return new Set([...names].filter(([, n]) => n.size >= 3).map(([at]) => at));
}

/** The node a row's signatory is: its group, the municipality the graph has, a body, or a new municipality. */
export function signatoryKey(builder: GraphBuilder, s: Signatory, p: Placing): string {
  if (s.isGroup) {
    p.report.count(s, 'group');
    return groupKey(p.groups, s.id);
  }
  const placement = p.matcher.place(s.name, s.country, p.at);
  if (placement.kind === 'MATCHED') {
    p.report.count(s, 'matched');
    if (
      placement.how === 'NAME' &&
      placement.distanceKm !== undefined &&
      placement.distanceKm > MAX_KM
    )
      p.report.farMatches.push({
        signatory: s.id,
        name: s.name,
        key: placement.key,
        km: placement.distanceKm,
      });
    return placement.key;
  }
  if (looksLikeBody(s.name) || p.bodies.find(s.name)) {
    p.report.count(s, 'body');
    const key = p.named(s.name, s);
    placeAt(builder, key, p.at, s);
    // The row says where the signatory is (a body the graph had keeps its own place).
    if (p.bodies.created.has(key)) locateInRowCountry(builder, key, s);
    return key;
  }
  if (placement.kind === 'AMBIGUOUS')
    p.report.ambiguous.push({ signatory: s.id, name: s.name, candidates: placement.candidates });
  p.report.count(s, placement.kind === 'AMBIGUOUS' ? 'ambiguous' : 'new');
  return newMunicipality(builder, s, p.at);
}

/** A municipality the graph did not have, at the row's coordinates, in its country. */
function newMunicipality(builder: GraphBuilder, s: Signatory, at: RowPlace): string {
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
  locateInRowCountry(builder, key, s);
  return key;
}

/** Gives a node without coordinates the row's. */
function placeAt(builder: GraphBuilder, key: string, at: RowPlace, s: Signatory): void {
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
