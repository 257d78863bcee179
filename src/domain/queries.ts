/**
 * The questions a store answers, with their semantics (docs/ARCHITECTURE.md, "Query
 * semantics"). Both stores must give identical answers; the contract suite checks it.
 */
import type { GraphNode } from './graph-records.js';
import type { ActorKind, NodeType } from './node-types.js';
import type { SortDirection } from './pagination.js';
import type { RelationshipType } from './relationship-types.js';
import type { PartnershipKind } from './semantics/partnership-rules.js';
import type { TopicEvidenceKind } from './semantics/topic-rules.js';

export type { PartnershipKind } from './semantics/partnership-rules.js';

export type NodeOrderField = 'NAME' | 'KEY';

/**
 * A filtered list of nodes. All given filters must hold:
 * - `types`: the node's type is one of these.
 * - `country`: an actor located in it (directly or through its municipality); a project
 *   targeting it; an agreement with a party located in it.
 * - `region`: the same, through the countries in the region or any sub-region (PART_OF*);
 *   a project also when it targets the region or a sub-region; a country when it is in it.
 * - `topics` (themes or SDGs, all must hold): an actor that works on each, a project or
 *   agreement that addresses each — a theme counts with the SDGs it aligns with, an SDG with
 *   the targets and indicators below it.
 * - `memberOf`: an actor that is a member of this network or association (MEMBER_OF it).
 * - `nameContains`: the normalised name or an alias contains the normalised text.
 * - `keys`: the node's key is one of these (which of some known nodes match the other filters).
 */
export interface NodeQuery {
  types?: NodeType[];
  keys?: string[];
  country?: string;
  region?: string;
  topics?: string[];
  memberOf?: string;
  nameContains?: string;
  orderBy: NodeOrderField;
  direction: SortDirection;
}

/** How a relationship list is read: which types, from which end. */
export interface EdgeSpec {
  types: RelationshipType[];
  direction: 'OUT' | 'IN' | 'BOTH';
}

export function edgeSpecId(spec: EdgeSpec): string {
  return `${[...spec.types].sort().join(',')}|${spec.direction}`;
}

/** One reason two actors are partners: the shared node (project, agreement, network) or the direct edge. */
export interface PartnershipVia {
  kind: PartnershipKind;
  /** The shared project/agreement/network node, or the other actor for a direct tie (TWINNING…). */
  nodeKey: string;
  /** The relationship keys that carry it (both memberships, or the twinning edge). */
  edgeKeys: string[];
}

export interface Partnership {
  partnerKey: string;
  via: PartnershipVia[];
}

/** Why an actor counts as working on a topic. */
export interface TopicEvidence {
  /** FOCUS: the actor focuses on a matched topic; PROJECT: it takes part in a project addressing one. */
  kind: TopicEvidenceKind;
  /** The project (for PROJECT) or the matched topic (for FOCUS). */
  nodeKey: string;
  /** The matched theme/SDG the evidence reaches. */
  topicKey: string;
}

/** Why an actor counts as in a region: the country it is in and the chain of nodes to it. */
export interface RegionEvidence {
  /** actor → (municipality →) country → region (→ parent regions …) → the asked region. */
  path: string[];
}

export interface PartnerQuery {
  of?: string;
  inRegion?: string;
  workingOn?: string;
  kinds?: ActorKind[];
  /**
   * With `of`: co-members of its large networks count too, as CO_MEMBERSHIP (semantics/partnership-rules.ts).
   * Ignored without `of` (the API refuses it there).
   */
  coMembership?: boolean;
}

export interface PartnerHit {
  actorKey: string;
  /** The actor's record, as getNodes gives it: what the page shows of it needs no second call. */
  actor: GraphNode;
  regionEvidence: RegionEvidence | null;
  topicEvidence: TopicEvidence[];
  /** How many distinct partners it has; with `of`, only `of` counts, so 1. */
  partnerCount: number;
}

/**
 * Whose partnerships to list: every partner's, or (with `of`) only those with `of` — and then,
 * with `coMembership`, a co-membership of a large network too.
 */
export interface PartnershipQuery {
  of?: string;
  coMembership?: boolean;
}
