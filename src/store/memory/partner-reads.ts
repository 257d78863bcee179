/**
 * The embedded store's partner questions (findPartners, getPartnerships) over the rules'
 * evaluator: cheap tests for every candidate, the evidence built for the page's items only.
 */
import { invariant } from '../../domain/errors.js';
import { compareKeys as cmp } from '../../domain/key-lists.js';
import { ACTOR_KINDS, isActorKind } from '../../domain/node-types.js';
import { paginate, type Page, type PageRequest } from '../../domain/pagination.js';
import type {
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import type { CallOptions } from '../call-options.js';
import type { MemoryGraph } from './memory-graph.js';
import { TimeSlices } from './time-slices.js';

export async function findPartners(
  data: MemoryGraph,
  query: PartnerQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<PartnerHit>> {
  const { semantics } = data;
  const slices = new TimeSlices(options?.signal);
  const closure =
    query.inRegion === undefined ? undefined : semantics.regionClosure(query.inRegion);
  const topics = query.workingOn === undefined ? undefined : semantics.topicsOf(query.workingOn);
  const kinds = query.kinds === undefined ? undefined : new Set<string>(query.kinds);

  // Actors in the region: those the place rules put there (what having region evidence means).
  const inRegion = closure ? semantics.placedIn(closure, ACTOR_KINDS) : undefined;
  let candidates: string[];
  if (query.of !== undefined) {
    // Partnerships only count with an actor (find-partners.cypher: `WHERE of:Actor`).
    const ofIsActor = isActorKind(semantics.node(query.of)?.type ?? '');
    candidates = ofIsActor ? semantics.partnerKeys(query.of, query.coMembership) : [];
  } else if (inRegion) {
    candidates = [...inRegion].sort(cmp);
  } else {
    candidates = [];
    for (const [type, keys] of data.keysByType) if (isActorKind(type)) candidates.push(...keys);
    candidates.sort(cmp);
  }

  // Cheap tests for every candidate; the evidence is built for the page's hits only, below.
  const hits: PartnerHit[] = [];
  for (const actorKey of candidates) {
    if (slices.due()) await slices.next();
    const node = data.node(actorKey);
    if (kinds && !kinds.has(node.type)) continue;
    if (inRegion && !inRegion.has(actorKey)) continue;
    if (topics && !semantics.worksOn(actorKey, topics)) continue;
    // To be a hit needs one partner; with `of`, every candidate has it (and `of` is its one).
    if (query.of === undefined && !semantics.hasPartner(actorKey)) continue;
    hits.push({ actorKey, regionEvidence: null, topicEvidence: [], partnerCount: 1 });
  }
  const result = paginate(hits, (hit) => ({ sort: hit.actorKey, key: hit.actorKey }), page);
  for (const { value: hit } of result.items) {
    if (slices.due()) await slices.next();
    if (closure && query.inRegion !== undefined)
      hit.regionEvidence = semantics.regionEvidence(hit.actorKey, query.inRegion, closure);
    if (topics) hit.topicEvidence = semantics.topicEvidence(hit.actorKey, topics);
    // Counting partners walks every member of the actor's networks.
    if (query.of === undefined) hit.partnerCount = semantics.partnerKeys(hit.actorKey).length;
  }
  return result;
}

export async function getPartnerships(
  { semantics }: MemoryGraph,
  actorKeys: readonly string[],
  query: PartnershipQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<Partnership>[]> {
  const slices = new TimeSlices(options?.signal);
  const isActor = (key: string) => isActorKind(semantics.node(key)?.type ?? '');
  const coMembership = query.of !== undefined && query.coMembership === true;
  const pages: Page<Partnership>[] = [];
  for (const actorKey of actorKeys) {
    if (slices.due()) await slices.next();
    let partners: string[] = [];
    if (isActor(actorKey)) {
      const withOf = () => semantics.partnerships(actorKey, query.of, query.coMembership);
      if (query.of === undefined) partners = semantics.partnerKeys(actorKey);
      else if (isActor(query.of) && withOf().length > 0) partners = [query.of];
    }
    const keys = paginate(partners, (key) => ({ sort: key, key }), page);
    // Only the page's partnerships are built, each from the two actors' own relationships.
    const items: Page<Partnership>['items'] = [];
    for (const { cursor, value: partner } of keys.items) {
      if (slices.due()) await slices.next();
      const [partnership] = semantics.partnerships(actorKey, partner, coMembership);
      invariant(partnership !== undefined, `${actorKey} and its partner ${partner} share nothing`);
      items.push({ cursor, value: partnership });
    }
    pages.push({ ...keys, items });
  }
  return pages;
}
