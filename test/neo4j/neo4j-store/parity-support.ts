/**
 * What the Neo4j–memory parity tests share: the seeded stores they compare, every filter and
 * order they try, and a walk over every page of a list.
 */
import type { GraphData } from '../../../src/domain/graph-records.js';
import { ACTOR_KINDS, type ActorKind } from '../../../src/domain/node-types.js';
import type { Page, PageRequest } from '../../../src/domain/pagination.js';
import type { NodeQuery, PartnerQuery } from '../../../src/domain/queries.js';
import type { MemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Neo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { at } from '../../support/at.js';

/** The hand-made graph, the memory store (the reference) and Neo4j, both loaded with it. */
export interface ParityContext {
  graph: GraphData;
  memory: MemoryStore;
  neo4j: Neo4jStore;
}

/** Every page of a list, following the cursors. */
export async function allPages<T>(
  fetch: (page: PageRequest) => Promise<Page<T>>,
  first: number,
): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after === undefined ? { first } : { first, after });
    pages.push(page);
    if (!page.hasNextPage || page.items.length === 0 || pages.length > 100) return pages;
    after = at(page.items, -1).cursor;
  }
}

export const NODE_FILTERS: Omit<NodeQuery, 'orderBy' | 'direction'>[] = [
  {},
  { types: ['Municipality'] },
  { types: ['Project', 'Agreement'] },
  { types: ['Country'] },
  { types: [] },
  { types: [...ACTOR_KINDS] },
  { country: 'country:IT' },
  { country: 'country:TN' },
  { country: 'country:MA' },
  { country: 'region:maghreb' }, // a project "in" a region key through TARGETS, as the memory store does
  { country: 'city:it-roma' },
  { country: 'country:nope' },
  { region: 'region:world' },
  { region: 'region:mediterranean' },
  { region: 'region:maghreb' },
  { region: 'region:europe' },
  { region: 'region:southern-europe' },
  { region: 'region:africa' },
  { region: 'region:x1' },
  { region: 'region:x2' },
  { region: 'country:IT' }, // not a region: nothing
  { region: 'region:nope' },
  { topics: ['theme:migration'] },
  { topics: ['theme:gender'] },
  { topics: ['theme:resilience'] },
  { topics: ['sdg:10'] },
  { topics: ['sdg:11'] },
  { topics: ['sdg:10.7.1'] },
  { topics: ['sdg:11', 'theme:resilience'] },
  { topics: ['theme:migration', 'theme:governance'] },
  { topics: ['project:sdg-child'] },
  { topics: ['theme:nope'] },
  { topics: [] },
  { nameContains: 'sao' },
  { nameContains: 'FLOR' },
  { nameContains: 'a' },
  { nameContains: '' },
  { nameContains: '  City ' },
  { nameContains: 'nostrum' },
  { nameContains: 'o|s' }, // across name and alias, as searchText joins them with `|`
  { nameContains: 'zzz' },
  { types: ['Municipality'], region: 'region:mediterranean', topics: ['theme:migration'] },
  { types: [...ACTOR_KINDS], region: 'region:world', nameContains: 'a' },
  { country: 'country:IT', topics: ['sdg:10'] },
  { region: 'region:maghreb', types: ['Project'] },
  { region: 'region:mediterranean', types: ['Agreement'] },
  { region: 'region:world', country: 'country:TN', topics: ['sdg:10'] },
];
export const ORDERS: Pick<NodeQuery, 'orderBy' | 'direction'>[] = [
  { orderBy: 'NAME', direction: 'ASC' },
  { orderBy: 'NAME', direction: 'DESC' },
  { orderBy: 'KEY', direction: 'ASC' },
  { orderBy: 'KEY', direction: 'DESC' },
];

export const PARTNER_OF = [
  undefined,
  'anci',
  'istat:048017',
  'city:tn-tunis',
  'city:es-madrid',
  'uclg',
  'undp',
  'project:migration-med',
  'country:IT',
  'nope',
];
export const PARTNER_REGIONS = [
  undefined,
  'region:world',
  'region:mediterranean',
  'region:maghreb',
  'region:europe',
  'region:x2',
  'region:nope',
];
export const PARTNER_TOPICS = [
  undefined,
  'theme:migration',
  'theme:resilience',
  'theme:governance',
  'sdg:10',
  'sdg:11',
  'sdg:99',
  'nope',
];
export const PARTNER_KINDS: (ActorKind[] | undefined)[] = [
  undefined,
  ['Municipality'],
  ['Association', 'Network', 'InternationalOrganization'],
  [],
];

export function partnerQuery(
  of?: string,
  inRegion?: string,
  workingOn?: string,
  kinds?: ActorKind[],
): PartnerQuery {
  return {
    ...(of === undefined ? {} : { of }),
    ...(inRegion === undefined ? {} : { inRegion }),
    ...(workingOn === undefined ? {} : { workingOn }),
    ...(kinds === undefined ? {} : { kinds }),
  };
}
