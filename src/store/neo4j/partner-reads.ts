/**
 * The Neo4j store's partner questions: actors with partners (find-partners.cypher) and an actor's
 * partnerships, a page each (partnership-pages.cypher); partner-hits.ts finishes their rows.
 */
import neo4j from 'neo4j-driver';
import { ACTOR_KINDS } from '../../domain/node-types.js';
import type { Page, PageRequest, Position } from '../../domain/pagination.js';
import type {
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../../domain/queries.js';
import { questionCountKeys } from '../../domain/semantics/partner-counts.js';
import { LARGE_NETWORK_MEMBERS } from '../../domain/semantics/partnership-rules.js';
import type { CallOptions } from '../call-options.js';
import {
  toPartnerHit,
  toPartnerships,
  type RawPartnerHit,
  type RawPartnershipLink,
} from './partner-hits.js';
import { onlyRecord, pageFromFlags, pageFromRecord, pageParams } from './query-results.js';
import { listColumn, type Row } from './rows.js';
import type { Neo4jContext } from './sessions.js';

export async function findPartners(
  db: Neo4jContext,
  query: PartnerQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<PartnerHit>> {
  // Without `of`, from the partnership index when it is complete (partnership-index.ts); a
  // partner list is expanded from the actor's hubs, which the index does not keep.
  if (query.of === undefined) {
    const kinds = query.kinds ?? [...ACTOR_KINDS];
    const records = await db.read(
      db.cypher.statements.findIndexedPartners,
      {
        region: query.inRegion ?? null,
        topics: query.workingOn === undefined ? [] : [query.workingOn],
        kinds,
        countKeys: questionCountKeys(query.inRegion ?? null, query.workingOn ?? null, kinds),
        ...pageParams(page),
      },
      options,
    );
    const record = onlyRecord(records, 'findIndexedPartners');
    if (record.get('ready') === true) return hitPage(record, query, page, 'flags');
  }
  const records = await db.read(
    db.cypher.statements.findPartners,
    {
      of: query.of ?? null,
      region: query.inRegion ?? null,
      topics: query.workingOn === undefined ? [] : [query.workingOn],
      kinds: query.kinds ?? [...ACTOR_KINDS],
      coMembership: query.of !== undefined && query.coMembership === true,
      largeNetwork: neo4j.int(LARGE_NETWORK_MEMBERS),
      ...pageParams(page),
    },
    options,
  );
  return hitPage(onlyRecord(records, 'findPartners'), query, page);
}

/**
 * The page of a partner statement's row: find-partners.cypher counts the hits before the cursor
 * (`skipped`); find-indexed-partners.cypher may read from the cursor on, and says itself whether
 * there are pages around it (`flags`).
 */
function hitPage(
  record: Row,
  query: PartnerQuery,
  page: PageRequest,
  around: 'skipped' | 'flags' = 'skipped',
): Page<PartnerHit> {
  const hits = listColumn<RawPartnerHit>(record, 'hits').map((raw) => toPartnerHit(raw, query));
  const positionOf = (hit: PartnerHit): Position => ({ sort: hit.actorKey, key: hit.actorKey });
  return around === 'flags'
    ? pageFromFlags(record, hits, positionOf)
    : pageFromRecord(record, hits, positionOf, page);
}

export async function getPartnerships(
  db: Neo4jContext,
  actorKeys: readonly string[],
  query: PartnershipQuery,
  page: PageRequest,
  options?: CallOptions,
): Promise<Page<Partnership>[]> {
  if (actorKeys.length === 0) return [];
  const records = await db.read(
    db.cypher.statements.partnershipPages,
    {
      keys: [...actorKeys],
      of: query.of ?? null,
      coMembership: query.of !== undefined && query.coMembership === true,
      largeNetwork: neo4j.int(LARGE_NETWORK_MEMBERS),
      ...pageParams(page),
    },
    options,
  );
  const positionOf = (p: Partnership): Position => ({ sort: p.partnerKey, key: p.partnerKey });
  return records.map((record) =>
    pageFromRecord(
      record,
      toPartnerships(listColumn<RawPartnershipLink>(record, 'links')),
      positionOf,
      page,
    ),
  );
}
