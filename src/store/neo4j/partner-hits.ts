/**
 * Finishes the rows of find-partners.cypher into PartnerHits and those of
 * partnership-pages.cypher into partnerships, with exactly the memory store's choices: the region
 * path that is shortest, then first in key-list order; topic evidence and partnerships sorted and
 * de-duplicated as the domain's evaluator does (src/domain/semantics/evaluator.ts). Strings
 * compare by code unit.
 */
import type {
  Partnership,
  PartnershipKind,
  PartnerHit,
  PartnerQuery,
  RegionEvidence,
  TopicEvidence,
} from '../../domain/queries.js';
import { compareKeyLists, compareKeys } from '../../domain/key-lists.js';
import { fromNodeProperties, type StoredProperties } from './records.js';

export interface RawPartnerHit {
  actorKey: string;
  /** The actor node's record (NODE_RECORD), read back as getNodes reads it. */
  actor: StoredProperties;
  regionPaths: string[][];
  topicEvidence: TopicEvidence[];
  partnerCount: number;
}

/** What one shared node or direct relationship gives a partnership (partnership-pages.cypher). */
export interface RawPartnershipLink {
  partnerKey: string;
  kind: PartnershipKind;
  nodeKey: string;
  edgeKeys: string[];
}

export function toPartnerHit(raw: RawPartnerHit, query: PartnerQuery): PartnerHit {
  return {
    actorKey: raw.actorKey,
    actor: fromNodeProperties(raw.actor),
    regionEvidence: query.inRegion === undefined ? null : shortestPath(raw.regionPaths),
    topicEvidence: query.workingOn === undefined ? [] : sortedEvidence(raw.topicEvidence),
    partnerCount: raw.partnerCount,
  };
}

function shortestPath(paths: string[][]): RegionEvidence | null {
  const [best] = [...paths].sort((a, b) => a.length - b.length || compareKeyLists(a, b));
  return best === undefined ? null : { path: best };
}

function sortedEvidence(evidence: TopicEvidence[]): TopicEvidence[] {
  const byId = new Map<string, TopicEvidence>();
  for (const e of evidence) byId.set(`${e.kind}\u0000${e.nodeKey}\u0000${e.topicKey}`, e);
  return [...byId.values()]
    .map(({ kind, nodeKey, topicKey }) => ({ kind, nodeKey, topicKey }))
    .sort((a, b) =>
      compareKeyLists([a.kind, a.nodeKey, a.topicKey], [b.kind, b.nodeKey, b.topicKey]),
    );
}

/** Groups links into partnerships by partner key, each `via` by kind then node key. */
export function toPartnerships(links: RawPartnershipLink[]): Partnership[] {
  type Via = { kind: PartnershipKind; nodeKey: string; edgeKeys: Set<string> };
  const byPartner = new Map<string, Map<string, Via>>();
  for (const link of links) {
    let vias = byPartner.get(link.partnerKey);
    if (!vias) byPartner.set(link.partnerKey, (vias = new Map<string, Via>()));
    const id = `${link.kind}|${link.nodeKey}`;
    let via = vias.get(id);
    if (!via) vias.set(id, (via = { kind: link.kind, nodeKey: link.nodeKey, edgeKeys: new Set() }));
    for (const key of link.edgeKeys) via.edgeKeys.add(key);
  }
  return [...byPartner.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([partnerKey, vias]) => ({
      partnerKey,
      via: [...vias.values()]
        .map(({ kind, nodeKey, edgeKeys }) => ({ kind, nodeKey, edgeKeys: [...edgeKeys].sort() }))
        .sort((a, b) => compareKeyLists([a.kind, a.nodeKey], [b.kind, b.nodeKey])),
    }));
}
