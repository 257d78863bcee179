/**
 * Whole partner lists with every partnership, for the answers that need them all (the partnership
 * network, partners as of a date): the hits, then their partnerships, in two store calls.
 */
import { WHOLE_LIST } from '../../domain/pagination.js';
import type { PartnerHit, Partnership, PartnerQuery } from '../../domain/queries.js';
import type { GraphStore } from '../../store/graph-store.js';

export interface PartnerWithPartnerships extends PartnerHit {
  partnerships: Partnership[];
}

export async function allPartnersWithPartnerships(
  store: GraphStore,
  query: PartnerQuery,
): Promise<PartnerWithPartnerships[]> {
  const hits = (await store.findPartners(query, { first: WHOLE_LIST })).items.map((i) => i.value);
  if (hits.length === 0) return [];
  const pages = await store.getPartnerships(
    hits.map((hit) => hit.actorKey),
    { of: query.of },
    { first: WHOLE_LIST },
  );
  // One page per actor key, in key order (GraphStore).
  return hits.map((hit, i) => ({
    ...hit,
    partnerships: pages[i]!.items.map((item) => item.value),
  }));
}
