/**
 * The synthetic graph's actors: real cities as municipalities, an association per country, city
 * networks with a theme each, governments, international organisations, NGOs and foundations.
 */
import { citiesIn } from './cities.js';
import type { SyntheticWorld } from './synthetic-world.js';

const NETWORK_WORDS = [
  'Cities',
  'Mayors',
  'Towns',
  'Local Governments',
  'Municipalities',
  'Regions',
];
const MINISTRIES = [
  'Ministry of Foreign Affairs',
  'Ministry of the Interior',
  'Development Agency',
  'Ministry of Environment',
];

/** How many actors of each kind: mostly municipalities, as in the real graph. */
export interface ActorMix {
  municipalities: number;
  networks: number;
  people: number;
  governments: number;
  internationalOrganizations: number;
  ngos: number;
  foundations: number;
  associations: number;
}

export function actorMix(actors: number): ActorMix {
  const mix = {
    networks: Math.min(300, Math.max(5, Math.round(actors / 50))),
    people: Math.round(actors * 0.06),
    governments: Math.round(actors * 0.04),
    internationalOrganizations: Math.max(2, Math.round(actors * 0.005)),
    ngos: Math.round(actors * 0.07),
    foundations: Math.round(actors * 0.03),
    associations: Math.round(actors * 0.02),
  };
  const rest = Object.values(mix).reduce((sum, n) => sum + n, 0);
  return { ...mix, municipalities: actors - rest };
}

/** Real cities, largest first; past the list's end they repeat, suffixed. */
export function addMunicipalities(world: SyntheticWorld, count: number): void {
  const { builder } = world;
  const cities = citiesIn(new Set(world.countryName.keys()));
  if (cities.length === 0) throw new Error('synthetic graph: the skeleton has no known cities');
  for (let i = 0; i < count; i++) {
    const city = cities[i % cities.length]!;
    const round = Math.floor(i / cities.length);
    const key = `gen:city:${city.geonameId}${round ? `-${round + 1}` : ''}`;
    builder.addNode({
      key,
      type: 'Municipality',
      name: round ? `${city.name} (${round + 1})` : city.name,
      props: {
        geonamesId: city.geonameId,
        population: city.population,
        lat: city.lat,
        lon: city.lon,
      },
      source: {
        source: 'source:geonames',
        note: 'a real city, used by the synthetic benchmark graph',
      },
    });
    builder.addEdge({
      type: 'LOCATED_IN',
      from: key,
      to: `country:${city.country}`,
      source: world.synthetic('city country from GeoNames'),
    });
    world.addMunicipality(key, city.country);
  }
}

/** Associations of municipalities, one per country, biggest countries first: by country. */
export function addAssociations(world: SyntheticWorld, target: number): Map<string, string> {
  const associations = new Map<string, string>();
  const countriesBySize = [...world.citiesByCountry.entries()].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  for (const [cc] of countriesBySize.slice(0, Math.max(1, target))) {
    const name = `Association of Municipalities of ${world.countryName.get(cc)}`;
    associations.set(cc, world.addActor(`gen:assoc:${cc.toLowerCase()}`, 'Association', name, cc));
  }
  return associations;
}

/** Networks of cities, each with a home country and a theme. */
export function addNetworks(world: SyntheticWorld, count: number): string[] {
  const { builder, random } = world;
  const networks: string[] = [];
  for (let i = 0; i < count; i++) {
    const theme = world.topic();
    const key = world.addActor(
      `gen:network:${i + 1}`,
      'Network',
      `${random.pick(NETWORK_WORDS)} Network ${i + 1}`,
      world.someCountry(),
      { founded: random.int(1950, 2020) },
    );
    builder.addEdge({
      type: 'FOCUSES_ON',
      from: key,
      to: theme,
      source: world.synthetic('network theme'),
    });
    networks.push(key);
  }
  return networks;
}

/** Governments, international organisations, NGOs and foundations; all but NGOs fund projects. */
export function addInstitutions(
  world: SyntheticWorld,
  mix: ActorMix,
): { governments: string[]; funders: string[] } {
  const { random } = world;
  const governments: string[] = [];
  for (let i = 0; i < mix.governments; i++) {
    const cc = world.someCountry();
    const name = `${random.pick(MINISTRIES)} of ${world.countryName.get(cc)} (${i + 1})`;
    governments.push(world.addActor(`gen:gov:${i + 1}`, 'Government', name, cc));
  }
  const funders: string[] = [...governments];
  for (let i = 0; i < mix.internationalOrganizations; i++)
    funders.push(
      world.addActor(
        `gen:io:${i + 1}`,
        'InternationalOrganization',
        `International Organization ${i + 1}`,
        world.someCountry(),
      ),
    );
  for (let i = 0; i < mix.ngos; i++)
    world.addActor(
      `gen:ngo:${i + 1}`,
      'CivilSociety',
      `Civil Society Organisation ${i + 1}`,
      world.someCountry(),
    );
  for (let i = 0; i < mix.foundations; i++)
    funders.push(
      world.addActor(
        `gen:foundation:${i + 1}`,
        'Foundation',
        `Foundation ${i + 1}`,
        world.someCountry(),
      ),
    );
  return { governments, funders };
}
