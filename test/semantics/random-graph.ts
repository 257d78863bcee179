/**
 * Random small graphs for the property tests (fast-check): actors of several kinds, municipalities,
 * countries in nested regions, projects, agreements and networks with members, twinnings and
 * stated relations, themes and SDGs with alignments and targets, and dates on nodes and
 * relationships — every relationship with endpoints its type allows.
 */
import fc from 'fast-check';
import {
  edgeKey,
  type GraphData,
  type GraphEdge,
  type GraphNode,
} from '../../src/domain/graph-records.js';
import type { NodeType } from '../../src/domain/node-types.js';
import type { Properties } from '../../src/domain/graph-records.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';

const SOURCE = 'source:random';

const OTHER_ACTOR_KINDS = [
  'Association',
  'Government',
  'CivilSociety',
  'Network',
  'Person',
] as const;

/** A year, a year-month, a date, or nothing (undated). */
const dateValue = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.integer({ min: 1990, max: 2020 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1990, max: 2020 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  },
);

interface Shape {
  regions: number[]; // parent index + 1 (0: none) per region
  countries: number[][]; // region indexes per country
  municipalities: (number | undefined)[]; // country per municipality
  actors: { kind: number; place: number | undefined; founded: number | string | undefined }[];
  projects: { start: number | string | undefined; targets: number[] }[];
  agreements: { signed: number | string | undefined }[];
  themes: number;
  links: { type: number; from: number; to: number; since: unknown; until: unknown }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  regions: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 4 }),
  countries: fc.array(fc.array(fc.nat({ max: 3 }), { minLength: 0, maxLength: 2 }), {
    minLength: 1,
    maxLength: 4,
  }),
  municipalities: fc.array(fc.option(fc.nat({ max: 3 }), { nil: undefined, freq: 5 }), {
    minLength: 1,
    maxLength: 4,
  }),
  actors: fc.array(
    fc.record({
      kind: fc.nat({ max: OTHER_ACTOR_KINDS.length - 1 }),
      place: fc.option(fc.nat({ max: 7 }), { nil: undefined, freq: 5 }),
      founded: dateValue,
    }),
    { minLength: 2, maxLength: 6 },
  ),
  projects: fc.array(
    fc.record({ start: dateValue, targets: fc.array(fc.nat({ max: 7 }), { maxLength: 2 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  agreements: fc.array(fc.record({ signed: dateValue }), { minLength: 1, maxLength: 2 }),
  themes: fc.integer({ min: 1, max: 2 }),
  links: fc.array(
    fc.record({
      type: fc.nat({ max: 8 }),
      from: fc.nat({ max: 20 }),
      to: fc.nat({ max: 20 }),
      since: dateValue,
      until: fc.option(fc.integer({ min: 1995, max: 2025 }), { nil: undefined, freq: 4 }),
    }),
    { minLength: 8, maxLength: 40 },
  ),
});

function node(key: string, type: NodeType, props: Properties = {}): GraphNode {
  return { key, type, name: key, aliases: [], props, sources: [{ source: SOURCE }] };
}

const dated = (name: string, value: unknown): Properties =>
  value === undefined ? {} : { [name]: value as string | number };

/** Builds the graph a shape describes; relationships whose ends do not fit their type are left out. */
export function buildGraph(s: Shape): GraphData {
  const nodes: GraphNode[] = [node(SOURCE, 'Source')];
  const edges = new Map<string, GraphEdge>();
  const add = (type: RelationshipType, from: string, to: string, props: Properties = {}) => {
    const key = edgeKey(type, from, to);
    if (!edges.has(key))
      edges.set(key, { key, type, from, to, props, sources: [{ source: SOURCE }] });
  };

  const regions = s.regions.map((_p, i) => `region:r${i}`);
  regions.forEach((key) => nodes.push(node(key, 'Region')));
  // A region is part of an earlier one (so regions nest without cycles), or of none.
  s.regions.forEach((parent, i) => {
    if (parent > 0 && parent - 1 < i) add('PART_OF', regions[i]!, regions[parent - 1]!);
  });
  const countries = s.countries.map((_r, i) => `country:C${i}`);
  s.countries.forEach((inRegions, i) => {
    nodes.push(node(countries[i]!, 'Country'));
    for (const r of inRegions) if (r < regions.length) add('IN_REGION', countries[i]!, regions[r]!);
  });
  const municipalities = s.municipalities.map((_c, i) => `city:m${i}`);
  s.municipalities.forEach((country, i) => {
    nodes.push(node(municipalities[i]!, 'Municipality'));
    if (country !== undefined && country < countries.length)
      add('LOCATED_IN', municipalities[i]!, countries[country]!);
  });
  const others = s.actors.map((_a, i) => `actor:a${i}`);
  s.actors.forEach((a, i) => {
    nodes.push(node(others[i]!, OTHER_ACTOR_KINDS[a.kind]!, dated('founded', a.founded)));
    const places = [...countries, ...municipalities];
    if (a.place !== undefined && a.place < places.length)
      add('LOCATED_IN', others[i]!, places[a.place]!);
  });
  const projects = s.projects.map((_p, i) => `project:p${i}`);
  s.projects.forEach((p, i) => {
    nodes.push(node(projects[i]!, 'Project', dated('startYear', p.start)));
    const places = [...countries, ...regions];
    for (const t of p.targets) if (t < places.length) add('TARGETS', projects[i]!, places[t]!);
  });
  const agreements = s.agreements.map((_g, i) => `agreement:g${i}`);
  s.agreements.forEach((g, i) =>
    nodes.push(node(agreements[i]!, 'Agreement', dated('dateSigned', g.signed))),
  );
  const themes = Array.from({ length: s.themes }, (_t, i) => `theme:t${i}`);
  themes.forEach((key) => nodes.push(node(key, 'Theme')));
  const sdgs = ['sdg:1', 'sdg:1.1', 'sdg:2'];
  sdgs.forEach((key) => nodes.push(node(key, 'Sdg')));
  add('PART_OF', 'sdg:1.1', 'sdg:1');

  const actors = [...municipalities, ...others];
  const networks = others.filter((_k, i) =>
    ['Association', 'Network'].includes(OTHER_ACTOR_KINDS[s.actors[i]!.kind]!),
  );
  const topics = [...themes, ...sdgs];
  const at = <T>(list: T[], i: number) => (list.length === 0 ? undefined : list[i % list.length]);
  for (const link of s.links) {
    const props: Properties = {
      ...dated(link.type % 2 === 0 ? 'since' : 'year', link.since),
      ...dated('until', link.until),
    };
    const actor = at(actors, link.from);
    const other = at(actors, link.to);
    const choices: [RelationshipType, string | undefined, string | undefined][] = [
      ['PARTICIPATES_IN', actor, at(projects, link.to)],
      ['PARTY_TO', actor, at(agreements, link.to)],
      ['MEMBER_OF', actor, at(networks, link.to)],
      ['TWINNED_WITH', at(municipalities, link.from), at(municipalities, link.to)],
      ['COOPERATES_WITH', actor, other],
      ['FOCUSES_ON', actor, at(topics, link.to)],
      ['ADDRESSES', at([...projects, ...agreements], link.from), at(topics, link.to)],
      ['ALIGNS_WITH', at(themes, link.from), at(sdgs, link.to)],
      ['LOCATED_IN', at(others, link.from), at(municipalities, link.to)],
    ];
    const [type, from, to] = choices[link.type]!;
    if (from === undefined || to === undefined) continue;
    // A twinning is stored once, whichever way.
    if (type === 'TWINNED_WITH' && (from === to || edges.has(edgeKey(type, to, from)))) continue;
    add(type, from, to, props);
  }
  return { nodes, edges: [...edges.values()] };
}

export const randomGraph: fc.Arbitrary<GraphData> = shape.map(buildGraph);
