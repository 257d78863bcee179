/**
 * The partners use case: the headline list (GraphStore.findPartners), or as it stood on a day —
 * the whole list with every partnership, kept by the time rules, paged here — and when a
 * partnership began, by the same time rules `asOf` reads (src/domain/semantics/time-rules.ts),
 * so a partnership "since 2001" is counted as of 2001.
 */
import type { GraphEdge, GraphNode } from '../domain/graph-records.js';
import { paginate, type Page, type PageRequest } from '../domain/pagination.js';
import type { PartnerHit, Partnership, PartnershipVia, PartnerQuery } from '../domain/queries.js';
import { latest, partnershipStart, relationshipStart } from '../domain/semantics/time-rules.js';
import { yearOf } from '../domain/time.js';
import type { GraphStore } from '../store/graph-store.js';
import { partnerHitsAsOf } from './network/as-of.js';
import { allPartnersWithPartnerships } from './network/partner-list.js';

/** A hit; as of a day it carries the partnerships that stood then. */
export type PartnerListItem = PartnerHit & { partnerships?: Partnership[] };

/** Partners matching the query, by actor key; with `asOf` (a day), as they stood then. */
export async function listPartners(
  store: GraphStore,
  query: PartnerQuery,
  page: PageRequest,
  asOf?: string,
): Promise<Page<PartnerListItem>> {
  if (asOf === undefined) return store.findPartners(query, page);
  const all = await allPartnersWithPartnerships(store, query);
  const hits = await partnerHitsAsOf(store, all, asOf, query.workingOn !== undefined);
  return paginate(hits, (h) => ({ sort: h.actorKey, key: h.actorKey }), page);
}

/** Batched lookups of records by key (a request's DataLoaders, or the store itself). */
export interface RecordLookup {
  relationships(keys: readonly string[]): Promise<(GraphEdge | null)[]>;
  nodes(keys: readonly string[]): Promise<(GraphNode | null)[]>;
}

/**
 * The year a partnership began: a reason stands once every relationship carrying it does (each
 * from the latest of its own start and its ends'), the partnership once one reason does.
 * Undefined when one of its reasons is undated (it stood always, as `asOf` reads it).
 */
export async function partnershipSince(
  lookup: RecordLookup,
  via: readonly PartnershipVia[],
): Promise<number | undefined> {
  const starts = await Promise.all(
    via.map(async (reason) => {
      const edges = (await lookup.relationships(reason.edgeKeys)).filter(
        (e): e is GraphEdge => e !== null,
      );
      const ends = await lookup.nodes(edges.flatMap((e) => [e.from, e.to]));
      return latest(edges.map((e, i) => relationshipStart(e, [ends[2 * i], ends[2 * i + 1]])));
    }),
  );
  const start = partnershipStart(starts);
  return start === undefined ? undefined : yearOf(start);
}
