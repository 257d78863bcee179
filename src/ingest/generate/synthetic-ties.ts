/**
 * The synthetic graph's ties between actors and to topics and places: memberships (heavy-tailed
 * over the networks), twinnings, what actors focus on and prioritise, stated cooperation between
 * institutions, and the people who hold office.
 */
import type { EdgeInput } from '../seed/graph-builder.js';
import { Zipf } from './random.js';
import type { SyntheticWorld } from './synthetic-world.js';

const FIRST_NAMES = [
  'Ana',
  'Luca',
  'Amina',
  'Jonas',
  'Mei',
  'Carlos',
  'Fatou',
  'Elena',
  'Omar',
  'Sofia',
  'Kwame',
  'Ingrid',
  'Ravi',
  'Lucia',
  'Tariq',
  'Marta',
];
const LAST_NAMES = [
  'Rossi',
  'Diallo',
  'Silva',
  'Novak',
  'Haddad',
  'Kim',
  'Müller',
  'García',
  'Okafor',
  'Larsen',
  'Petrov',
  'Nguyen',
  'Costa',
  'Mensah',
  'Kaya',
  'Dubois',
];

/** Municipalities in their national association and in Zipf-chosen networks; associations too. */
export function addMemberships(
  world: SyntheticWorld,
  associations: Map<string, string>,
  networks: string[],
): void {
  const { builder, random } = world;
  const networkZipf = new Zipf(networks.length, 1.1);
  for (const m of world.municipalities) {
    const assoc = associations.get(world.countryOf(m));
    if (assoc && random.chance(0.7))
      builder.addEdge({
        type: 'MEMBER_OF',
        from: m,
        to: assoc,
        props: { since: random.int(1960, 2023) },
        source: world.synthetic('membership'),
      });
    const count = random.pick([0, 1, 1, 2, 2, 3, 3, 4, 5]);
    for (let j = 0; j < count; j++) {
      builder.addEdge({
        type: 'MEMBER_OF',
        from: m,
        to: networkZipf.pick(random, networks),
        props: { since: random.int(1980, 2024) },
        source: world.synthetic('membership'),
      });
    }
  }
  for (const a of associations.values()) {
    for (let j = 0; j < 2; j++)
      builder.addEdge({
        type: 'MEMBER_OF',
        from: a,
        to: networkZipf.pick(random, networks),
        source: world.synthetic('membership'),
      });
  }
}

/** As many twinnings as municipalities, mostly across borders, stored once. */
export function addTwinnings(world: SyntheticWorld): void {
  const { municipalities, random } = world;
  addPairs(world, municipalities, Math.round(municipalities.length * 1.0), (a, b) => ({
    type: 'TWINNED_WITH',
    from: a,
    to: b,
    props: { since: random.int(1950, 2024) },
    source: world.synthetic('twinning'),
  }));
}

/** What actors focus on (few municipalities, every other actor) and what institutions prioritise. */
export function addFocus(world: SyntheticWorld, institutional: string[]): void {
  const { builder, random } = world;
  for (const a of world.allActors()) {
    const n = a.startsWith('gen:city:') ? (random.chance(0.4) ? 1 : 0) : random.int(1, 2);
    for (let j = 0; j < n; j++)
      builder.addEdge({
        type: 'FOCUSES_ON',
        from: a,
        to: world.topic(),
        source: world.synthetic('focus'),
      });
  }
  for (const a of institutional) {
    builder.addEdge({
      type: 'PRIORITIZES',
      from: a,
      to: random.pick(world.regions),
      source: world.synthetic('priority'),
    });
  }
}

/** Stated relations between associations and governments. */
export function addCooperation(world: SyntheticWorld, institutional: string[]): void {
  addPairs(world, institutional, Math.round(institutional.length * 0.5), (a, b) => ({
    type: 'COOPERATES_WITH',
    from: a,
    to: b,
    source: world.synthetic('stated relation'),
  }));
}

/** `count` times, a relationship between two actors of `pool` drawn at random, when they differ. */
function addPairs(
  world: SyntheticWorld,
  pool: string[],
  count: number,
  edge: (a: string, b: string) => EdgeInput,
): void {
  for (let i = 0; i < count; i++) {
    const a = world.random.pick(pool);
    const b = world.random.pick(pool);
    if (a !== b) world.builder.addEdge(edge(a, b));
  }
}

/** People: mayors of municipalities (in turn), heads of the other actors. */
export function addPeople(world: SyntheticWorld, count: number): void {
  const { builder, random, municipalities } = world;
  for (let i = 0; i < count; i++) {
    const key = `gen:person:${i + 1}`;
    const mayor = random.chance(0.75);
    const of = mayor ? municipalities[i % municipalities.length] : random.pick(world.others);
    if (of === undefined) throw new Error('synthetic graph: no municipality for a mayor');
    builder.addNode({
      key,
      type: 'Person',
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} ${i + 1}`,
      source: world.synthetic('synthetic person'),
    });
    const from = random.int(1990, 2022);
    builder.addEdge({
      type: 'HOLDS_OFFICE',
      from: key,
      to: of,
      props: {
        role: mayor ? 'Mayor' : 'President',
        from: String(from),
        to: String(from + random.int(2, 10)),
      },
      source: world.synthetic('office'),
    });
    builder.addEdge({
      type: 'LOCATED_IN',
      from: key,
      to: mayor ? of : `country:${world.countryOf(of)}`,
      source: world.synthetic('residence'),
    });
  }
}
