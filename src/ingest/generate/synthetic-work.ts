/**
 * The synthetic graph's joint work: projects (a lead, 1–14 more participants in IATI roles, half
 * from the lead's country, funders among them) that target places and address topics, and
 * agreements of 2–4 parties signed on a date.
 */
import { PARTICIPATION_ROLES } from '../../domain/relationship-types.js';
import type { SyntheticWorld } from './synthetic-world.js';

const PROJECT_WORDS = [
  'Cooperation',
  'Partnership',
  'Exchange',
  'Capacity building',
  'Resilience',
  'Inclusion',
];
const AGREEMENT_WORDS = ['Memorandum of understanding', 'Framework agreement', 'Protocol'];

/** Adds `count` projects; answers how many projects each actor takes part in. */
export function addProjects(
  world: SyntheticWorld,
  count: number,
  funders: string[],
): Map<string, number> {
  const { builder, random, municipalities, others } = world;
  const isFunder = new Set(funders);
  const allActors = world.allActors();
  const participations = new Map<string, number>();
  const participate = (actor: string, project: string, role: string) => {
    const edge = builder.addEdge({
      type: 'PARTICIPATES_IN',
      from: actor,
      to: project,
      props: { role },
      source: world.synthetic('participation'),
    });
    if (edge.props.role === role) participations.set(actor, (participations.get(actor) ?? 0) + 1);
  };
  for (let i = 0; i < count; i++) {
    const key = `project:gen-${i + 1}`;
    const start = random.int(1995, 2025);
    builder.addNode({
      key,
      type: 'Project',
      name: `Project ${i + 1}: ${random.pick(PROJECT_WORDS)} ${start}`,
      props: {
        projectType: 'PROJECT',
        startYear: start,
        endYear: start + random.int(1, 5),
        status: start + 5 < 2026 ? 'COMPLETED' : 'ONGOING',
      },
      source: world.synthetic('synthetic project'),
    });
    const lead = random.chance(0.7) ? random.pick(municipalities) : random.pick(others);
    participate(lead, key, 'LEAD');
    const size = 2 + Math.floor(13 * Math.pow(random.next(), 2));
    const local = world.byCountry.get(world.countryOf(lead)) ?? [];
    for (let j = 1; j < size; j++) {
      const who = random.chance(0.15)
        ? random.pick(funders)
        : random.chance(0.5)
          ? random.pick(local)
          : random.pick(allActors);
      const role =
        isFunder.has(who) && random.chance(0.6)
          ? 'FUNDER'
          : random.pick(PARTICIPATION_ROLES.slice(1));
      if (who !== lead) participate(who, key, role);
    }
    addProjectScope(world, key, lead);
  }
  return participations;
}

/** The places a project targets (regions, the lead's or another country) and its topics. */
function addProjectScope(world: SyntheticWorld, key: string, lead: string): void {
  const { builder, random } = world;
  const nTargets = random.int(1, 3);
  for (let j = 0; j < nTargets; j++) {
    const to = random.chance(0.25)
      ? random.pick(world.regions)
      : `country:${random.chance(0.5) ? world.countryOf(lead) : world.someCountry()}`;
    builder.addEdge({ type: 'TARGETS', from: key, to, source: world.synthetic('project target') });
  }
  const nTopics = random.int(1, 3);
  for (let j = 0; j < nTopics; j++) {
    const to = random.chance(0.2) ? random.pick(world.targets) : world.topic();
    builder.addEdge({ type: 'ADDRESSES', from: key, to, source: world.synthetic('project topic') });
  }
}

/** Agreements of 2–4 parties, half of them from the first party's country. */
export function addAgreements(world: SyntheticWorld, count: number): void {
  const { builder, random, municipalities, others } = world;
  const allActors = world.allActors();
  for (let i = 0; i < count; i++) {
    const key = `agreement:gen-${i + 1}`;
    const year = random.int(1990, 2025);
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    builder.addNode({
      key,
      type: 'Agreement',
      name: `${random.pick(AGREEMENT_WORDS)} ${i + 1}`,
      props: { agreementType: 'AGREEMENT', dateSigned: date },
      source: world.synthetic('synthetic agreement'),
    });
    const first = random.chance(0.6) ? random.pick(municipalities) : random.pick(others);
    const local = world.byCountry.get(world.countryOf(first)) ?? [];
    const parties = new Set([first]);
    const n = random.int(2, 4);
    while (parties.size < n)
      parties.add(random.chance(0.5) ? random.pick(allActors) : random.pick(local));
    for (const p of parties)
      builder.addEdge({
        type: 'PARTY_TO',
        from: p,
        to: key,
        props: { role: 'SIGNATORY' },
        source: world.synthetic('signature'),
      });
    builder.addEdge({
      type: 'ADDRESSES',
      from: key,
      to: world.topic(),
      source: world.synthetic('agreement topic'),
    });
  }
}
