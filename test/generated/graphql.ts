/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** All given filters must hold. */
export type ActorFilter = {
  /** Located in this country (directly or through its municipality): `country:IT`. */
  country?: string | number | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** A member of this network or association (MEMBER_OF it): `covenant-of-mayors`, `eurocities`. */
  memberOf?: string | number | null | undefined;
  /** Name or alias contains this text (case and accents ignored). */
  name?: string | null | undefined;
  /** In this region or one of its sub-regions: `region:mediterranean`. */
  region?: string | number | null | undefined;
  /** Works on this SDG goal or target (or one below it): `sdg:11`. */
  sdg?: string | number | null | undefined;
  /** Works on this theme (focus, or a project addressing it or an aligned SDG): `theme:migration`. */
  theme?: string | number | null | undefined;
};

/** A new actor. The key defaults to the slug of the name. */
export type ActorInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** Country key (`country:IT`); replaces the country. */
  country?: string | null | undefined;
  description?: string | null | undefined;
  founded?: number | null | undefined;
  key?: string | null | undefined;
  kind: ActorKind;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  name: string;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
  website?: string | null | undefined;
  /** Wikidata item id (Q…). */
  wikidataId?: string | null | undefined;
};

/** The one kind every actor has. */
export type ActorKind =
  | 'ASSOCIATION'
  | 'CIVIL_SOCIETY'
  | 'FOUNDATION'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MUNICIPALITY'
  | 'NETWORK'
  | 'ORGANIZATION'
  | 'PERSON';

/** Changes to an actor: only the fields given change. */
export type ActorPatch = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** Country key (`country:IT`); replaces the country. */
  country?: string | null | undefined;
  description?: string | null | undefined;
  founded?: number | null | undefined;
  kind?: ActorKind | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  name?: string | null | undefined;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
  website?: string | null | undefined;
  /** Wikidata item id (Q…). */
  wikidataId?: string | null | undefined;
};

/** Which items are counted; all given filters must hold (same meaning as the lists’ filters; for FUNDING see docs/money.md: a region or country holds when the project or the receiver is in it, a theme or SDG when the project addresses it). */
export type AggregateFilter = {
  country?: string | number | null | undefined;
  /** For FUNDING: only money from this actor. */
  funder?: string | number | null | undefined;
  /** For actors: only these kinds. For FUNDING: only money received by actors of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** For actors: a member of this network or association (MEMBER_OF it): `covenant-of-mayors`, `eurocities`. */
  memberOf?: string | number | null | undefined;
  /** For FUNDING: only money to this actor. */
  recipient?: string | number | null | undefined;
  region?: string | number | null | undefined;
  sdg?: string | number | null | undefined;
  theme?: string | number | null | undefined;
  /** For FUNDING: only these transaction kinds (default DISBURSEMENT and EXPENDITURE). */
  transactionKinds?: Array<TransactionKind> | null | undefined;
  /** For FUNDING: only transactions of this year. */
  year?: number | null | undefined;
};

/** KIND: node type; COUNTRY: where an actor is, what a project targets, where an agreement’s parties are; REGION: every region containing those countries (so Europe and Southern Europe both count an Italian city); THEME / SDG: themes and SDG goals it works on or addresses; YEAR: the year an agreement was signed or a project began (undated items are left out); JOINED (actors, with filter.memberOf): the year it joined that network (its membership’s `since`; an actor that joined twice in different years counts in each); COORDINATOR (actors): the actor that coordinates it (COORDINATES: the Covenant of Mayors’ coordinators). For FUNDING: KIND is the transaction kind, YEAR its date’s year, COUNTRY / REGION / THEME / SDG its project’s, FUNDER its provider, RECIPIENT its receiver (FUNDER and RECIPIENT are for FUNDING only). */
export type AggregateGroupBy =
  | 'COORDINATOR'
  | 'COUNTRY'
  | 'FUNDER'
  | 'JOINED'
  | 'KIND'
  | 'RECIPIENT'
  | 'REGION'
  | 'SDG'
  | 'THEME'
  | 'YEAR';

/** What is counted: actors, projects, agreements, memberships of `filter.memberOf` (MEMBERSHIP: its members, each as many times as it joined — the Covenant of Mayors counts signatories so), or (FUNDING) transactions, with the money they add up to. */
export type AggregateSubject =
  | 'ACTOR'
  | 'AGREEMENT'
  | 'FUNDING'
  | 'MEMBERSHIP'
  | 'PROJECT';

/** A new agreement. The key defaults to `agreement:<slug of the name>`. */
export type AgreementInput = {
  /** FRAMEWORK_AGREEMENT, PROTOCOL, MEMORANDUM, DECLARATION or AGREEMENT. */
  agreementType?: string | null | undefined;
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dateSigned?: string | null | undefined;
  description?: string | null | undefined;
  key?: string | null | undefined;
  name: string;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
};

/** Changes to an agreement: only the fields given change. */
export type AgreementPatch = {
  /** FRAMEWORK_AGREEMENT, PROTOCOL, MEMORANDUM, DECLARATION or AGREEMENT. */
  agreementType?: string | null | undefined;
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dateSigned?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
};

/** DEGREE: share of the other actors it partners; BETWEENNESS: how often it lies on shortest chains between others (brokers); CLOSENESS: how near it is to all others (Wasserman–Faust). */
export type CentralityMeasure =
  | 'BETWEENNESS'
  | 'CLOSENESS'
  | 'DEGREE';

/** Filters for countries. */
export type CountryFilter = {
  name?: string | null | undefined;
  /** In this region or any of its sub-regions. */
  region?: string | number | null | undefined;
};

/** Which way a relationship is read: OUT from this node, IN to it, or BOTH. */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** A new event. The key defaults to `event:<slug of the name>`. */
export type EventInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  description?: string | null | undefined;
  key?: string | null | undefined;
  name: string;
  venue?: string | null | undefined;
};

/** Changes to an event: only the fields given change. */
export type EventPatch = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  venue?: string | null | undefined;
};

/** What a create does when the key exists: CONFLICT refuses (error code CONFLICT), UPDATE merges into it. */
export type IfExists =
  | 'CONFLICT'
  | 'UPDATE';

/** Order of a list: by NAME (default) or KEY, then by key. */
export type NodeOrder = {
  direction?: SortDirection;
  field?: NodeOrderField;
};

/** Lists are ordered by this field, then by key. */
export type NodeOrderField =
  | 'KEY'
  | 'NAME';

/** The type of a node in the graph. */
export type NodeType =
  | 'ADMIN_AREA'
  | 'AGREEMENT'
  | 'ASSOCIATION'
  | 'BUDGET'
  | 'CIVIL_SOCIETY'
  | 'COUNTRY'
  | 'EVENT'
  | 'FOUNDATION'
  | 'FRAMEWORK'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'LOCATION'
  | 'MUNICIPALITY'
  | 'NETWORK'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLANNED_DISBURSEMENT'
  | 'PRACTICE'
  | 'PROJECT'
  | 'REGION'
  | 'SDG'
  | 'SOURCE'
  | 'THEME'
  | 'TRANSACTION';

/** How two actors are partners: a shared project, agreement or network, a twinning, a stated relation, one coordinating or supporting the other's commitment (COORDINATION, SUPPORT: the Covenant of Mayors' coordinators and supporters), or — only when asked, with `partners(of:, coMembership: true)` — membership of the same large network (CO_MEMBERSHIP: more than 500 members, such as the Covenant of Mayors). */
export type PartnershipKind =
  | 'AGREEMENT'
  | 'COORDINATION'
  | 'CO_MEMBERSHIP'
  | 'NETWORK'
  | 'PROJECT'
  | 'RELATION'
  | 'SUPPORT'
  | 'TWINNING';

/** A new practice. The key defaults to `practice:<slug of the name>`. */
export type PracticeInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  key?: string | null | undefined;
  name: string;
  /** SDG goals or targets; replaces the list. */
  sdgs?: Array<string> | null | undefined;
};

/** Changes to a practice: only the fields given change. */
export type PracticePatch = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  /** SDG goals or targets; replaces the list. */
  sdgs?: Array<string> | null | undefined;
};

/** A new project. The key defaults to `project:<slug of the name>`. */
export type ProjectInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  endYear?: number | null | undefined;
  key?: string | null | undefined;
  name: string;
  /** PROJECT or PROGRAMME. */
  projectType?: string | null | undefined;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  startYear?: number | null | undefined;
  /** PLANNED, ONGOING, COMPLETED, CANCELLED or SUSPENDED. */
  status?: string | null | undefined;
  /** Country and region keys it targets; on update, replaces the list. */
  targets?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
};

/** Changes to a project: only the fields given change. */
export type ProjectPatch = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  endYear?: number | null | undefined;
  name?: string | null | undefined;
  /** PROJECT or PROGRAMME. */
  projectType?: string | null | undefined;
  /** SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list. */
  sdgs?: Array<string> | null | undefined;
  startYear?: number | null | undefined;
  /** PLANNED, ONGOING, COMPLETED, CANCELLED or SUSPENDED. */
  status?: string | null | undefined;
  /** Country and region keys it targets; on update, replaces the list. */
  targets?: Array<string> | null | undefined;
  /** Theme keys it works on (`theme:migration`); on update, replaces the list. */
  themes?: Array<string> | null | undefined;
};

/** How a fact follows from its source: stated by it, a reading of several of its passages, or an editorial decision. */
export type ProvenanceBasis =
  /** A decision of the curators, explained in `note`: knowledge or judgement the source does not give. A quote, when present, is the passage the decision rests on. */
  | 'EDITORIAL'
  /** Several passages of the source, read together, say it; none says it alone. `quote` and `readWith` hold the passages, `note` how they are read together. */
  | 'READING'
  /** The source says it: the quoted passage states the fact (both ends and the relation), or, for a data set, the record the note points to does. */
  | 'STATED';

/** A relationship to add. Its endpoints must exist and be of the types the relationship joins; `role` only where the type has roles (PARTICIPATES_IN: LEAD, PARTNER, FUNDER, IMPLEMENTER, BENEFICIARY; PARTY_TO: SIGNATORY, PROMOTER, WITNESS; MEMBER_OF: MEMBER, LEADER, FOUNDER, COORDINATOR; HOLDS_OFFICE: a title). */
export type RelationshipInput = {
  from: string;
  role?: string | null | undefined;
  /** Since when: YYYY, YYYY-MM or YYYY-MM-DD. */
  since?: string | null | undefined;
  to: string;
  type: RelationshipType;
  /** Until when: YYYY, YYYY-MM or YYYY-MM-DD. */
  until?: string | null | undefined;
};

/** The type of a relationship. */
export type RelationshipType =
  | 'ADDRESSES'
  | 'ADOPTED'
  | 'ALIGNS_WITH'
  | 'APPLIES'
  | 'ATTENDED'
  | 'COOPERATES_WITH'
  | 'COORDINATES'
  | 'FOCUSES_ON'
  | 'FOR_PROJECT'
  | 'FOUNDED'
  | 'HOLDS_OFFICE'
  | 'HOSTED'
  | 'IN_REGION'
  | 'LAUNCHED'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTICIPATES_IN'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PIONEERED'
  | 'PRIORITIZES'
  | 'PROVIDES'
  | 'RECEIVES'
  | 'RELATED_TO'
  | 'REPORTS_ON'
  | 'SUPPORTS'
  | 'TARGETS'
  | 'TWINNED_WITH';

/** A currency amounts are converted into (FRED H.10 monthly rates; see docs/money.md). */
export type ReportingCurrency =
  | 'EUR'
  | 'USD';

export type SdgLevel =
  | 'GOAL'
  | 'INDICATOR'
  | 'TARGET';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Where the change comes from (required on every edit): a known Source key, or a URL (a Source is made for it), with the passage that states it (`quote`) and/or a `note`. A note alone is filed under the curators’ source, as an EDITORIAL decision. A READING gives its passages (`quote` and `readWith`) and a `note` saying how they combine. */
export type SourceInput = {
  /** How the fact follows from the source; STATED when omitted (EDITORIAL for a note alone). */
  basis?: ProvenanceBasis | null | undefined;
  note?: string | null | undefined;
  /** The short verbatim passage that states the fact (for a READING, the first one). */
  quote?: string | null | undefined;
  /** For a READING: the further passages read together with `quote`. */
  readWith?: Array<string> | null | undefined;
  /** Key of a Source node: `source:anci-profile`. */
  source?: string | null | undefined;
  /** Title for a new URL source. */
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/** FOCUS: the actor focuses on the topic; PROJECT: it takes part in a project that addresses it. */
export type TopicEvidenceKind =
  | 'FOCUS'
  | 'PROJECT';

/** The kind of a transaction, after the IATI TransactionType codelist (COMMITMENT is its Outgoing Commitment). */
export type TransactionKind =
  | 'COMMITMENT'
  | 'CREDIT_GUARANTEE'
  | 'DISBURSEMENT'
  | 'EXPENDITURE'
  | 'INCOMING_COMMITMENT'
  | 'INCOMING_FUNDS'
  | 'INCOMING_PLEDGE'
  | 'INTEREST_PAYMENT'
  | 'LOAN_REPAYMENT'
  | 'OUTGOING_PLEDGE'
  | 'PURCHASE_OF_EQUITY'
  | 'REIMBURSEMENT'
  | 'SALE_OF_EQUITY';

/** Filters for projects and agreements. All given filters must hold. */
export type WorkFilter = {
  /** Projects targeting this country; agreements with a party located in it. */
  country?: string | number | null | undefined;
  /** Name or alias contains this text (case and accents ignored). */
  name?: string | null | undefined;
  /** The same, for a region or any of its sub-regions. */
  region?: string | number | null | undefined;
  /** Addresses this SDG goal or target (or one below it). */
  sdg?: string | number | null | undefined;
  /** Addresses this theme (or an SDG aligned with it). */
  theme?: string | number | null | undefined;
};

export type ActorsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  orderBy?: NodeOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorsQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: ActorKind } }> } };

export type ActorDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorDetailQuery = { actor: { id: string, key: string, name: string, kind: ActorKind, aliases: Array<string>, wikidataId: string | null, istat: string | null, population: number | null, lat: number | null, lon: number | null, country: { id: string } | null, municipality: { id: string } | null, memberships: { totalCount: number, edges: Array<{ node: { id: string }, relationship: { role: string | null, since: string | null } }> }, members: { totalCount: number }, agreements: { totalCount: number, edges: Array<{ node: { id: string, dateSigned: string | null }, relationship: { role: string | null, sources: Array<{ quote: string | null, source: { id: string } | null }> } }> }, projects: { totalCount: number, edges: Array<{ node: { id: string }, relationship: { role: string | null } }> }, twins: { totalCount: number, edges: Array<{ node: { id: string } }> }, events: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { type: RelationshipType } }> }, practices: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { type: RelationshipType } }> }, offices: { edges: Array<{ node: { id: string }, relationship: { role: string | null } }> }, officeHolders: { edges: Array<{ node: { id: string }, relationship: { role: string | null } }> }, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { iso2: string, id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { level: SdgLevel, code: string, title: string, titleIt: string | null, id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
    | { id: string, type: NodeType, name: string, sources: Array<{ source: { id: string } | null }> }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ActorsWithRelationsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ActorsWithRelationsQuery = { actors: { edges: Array<{ node: { id: string, country: { id: string, regions: { edges: Array<{ node: { id: string } }> } } | null, memberships: { edges: Array<{ node: { id: string, members: { totalCount: number } } }> }, twins: { edges: Array<{ node: { id: string } }> }, sources: Array<{ source: { id: string } | null }> } }> } };

export type ActorPageQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ActorPageQuery = { actor: { id: string, name: string, projects: { totalCount: number, edges: Array<{ relationship: { role: string | null }, node: { id: string, name: string, participants: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> }, agreements: { totalCount: number, edges: Array<{ node: { id: string, parties: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> }, memberships: { totalCount: number, edges: Array<{ node: { id: string, members: { totalCount: number } } }> } }, partners: { totalCount: number, edges: Array<{ node: { actor: { id: string } } }> } };

export type AggregateQueryVariables = Exact<{
  subject: AggregateSubject;
  groupBy: AggregateGroupBy;
  filter?: AggregateFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AggregateQuery = { aggregate: Array<{ group: string, count: number, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type SdgCoverageQueryVariables = Exact<{
  region: string | number;
}>;


export type SdgCoverageQuery = { sdgCoverage: Array<{ projectCount: number, goal: { id: string }, projects: Array<{ id: string }>, targets: Array<{ id: string }> }> };

export type CovenantMembershipsQueryVariables = Exact<{
  filter: AggregateFilter;
  groupBy: AggregateGroupBy;
}>;


export type CovenantMembershipsQuery = { aggregate: Array<{ group: string, count: number }> };

export type CovenantActorCountsQueryVariables = Exact<{
  filter: AggregateFilter;
  groupBy: AggregateGroupBy;
}>;


export type CovenantActorCountsQuery = { aggregate: Array<{ group: string, count: number, node:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type CovenantMembersQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CovenantMembersQuery = { actor: { id: string, members: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: ActorKind } }> } } };

export type CovenantSignatoryQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type CovenantSignatoryQuery = { actor: { id: string, name: string, memberships: { edges: Array<{ node: { id: string }, relationship: { key: string, since: string | null, properties: unknown, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, note: string | null, source: { id: string } | null }> } }> }, coordinatedBy: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> }, supportedBy: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> }, focuses: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, note: string | null }> } }> } } };

export type CovenantCoordinatorQueryVariables = Exact<{
  id: string | number;
}>;


export type CovenantCoordinatorQuery = { actor: { id: string, name: string, kind: ActorKind, coordinates: { totalCount: number } } };

export type CovenantActorsQueryVariables = Exact<{
  filter: ActorFilter;
}>;


export type CovenantActorsQuery = { actors: { totalCount: number } };

export type CovenantPartnersQueryVariables = Exact<{
  of: string | number;
  coMembership?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CovenantPartnersQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { actor: { id: string }, partnerships: { edges: Array<{ node: { via: Array<{ kind: PartnershipKind, node:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                 }>, strength: { coordinations: number, supports: number, coMemberships: number, networks: number } } }> } } }> } };

export type CovenantPartnerCountQueryVariables = Exact<{
  inRegion?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CovenantPartnerCountQuery = { partners: { totalCount: number, edges: Array<{ node: { partnerCount: number, actor: { id: string } } }> } };

export type ChangeFieldsFragment = { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } };

type WrittenNode_Actor_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_AdminArea_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Agreement_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Budget_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Country_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Event_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Framework_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Location_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_PlannedDisbursement_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Practice_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Project_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Region_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Sdg_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Source_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Theme_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

type WrittenNode_Transaction_Fragment = { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> };

export type WrittenNodeFragment =
  | WrittenNode_Actor_Fragment
  | WrittenNode_AdminArea_Fragment
  | WrittenNode_Agreement_Fragment
  | WrittenNode_Budget_Fragment
  | WrittenNode_Country_Fragment
  | WrittenNode_Event_Fragment
  | WrittenNode_Framework_Fragment
  | WrittenNode_Location_Fragment
  | WrittenNode_PlannedDisbursement_Fragment
  | WrittenNode_Practice_Fragment
  | WrittenNode_Project_Fragment
  | WrittenNode_Region_Fragment
  | WrittenNode_Sdg_Fragment
  | WrittenNode_Source_Fragment
  | WrittenNode_Theme_Fragment
  | WrittenNode_Transaction_Fragment
;

export type CreateActorMutationVariables = Exact<{
  input: ActorInput;
  source: SourceInput;
  ifExists?: IfExists;
}>;


export type CreateActorMutation = { createActor: { node:
      | { kind: ActorKind, lat: number | null, lon: number | null, wikidataId: string | null, key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, country: { key: string } | null, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type UpdateActorMutationVariables = Exact<{
  key: string;
  patch: ActorPatch;
  source: SourceInput;
}>;


export type UpdateActorMutation = { updateActor: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type CreateAgreementMutationVariables = Exact<{
  input: AgreementInput;
  source: SourceInput;
}>;


export type CreateAgreementMutation = { createAgreement: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type UpdateAgreementMutationVariables = Exact<{
  key: string;
  patch: AgreementPatch;
  source: SourceInput;
}>;


export type UpdateAgreementMutation = { updateAgreement: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
  source: SourceInput;
}>;


export type CreateProjectMutation = { createProject: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type UpdateProjectMutationVariables = Exact<{
  key: string;
  patch: ProjectPatch;
  source: SourceInput;
}>;


export type UpdateProjectMutation = { updateProject: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type CreatePracticeMutationVariables = Exact<{
  input: PracticeInput;
  source: SourceInput;
}>;


export type CreatePracticeMutation = { createPractice: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type UpdatePracticeMutationVariables = Exact<{
  key: string;
  patch: PracticePatch;
  source: SourceInput;
}>;


export type UpdatePracticeMutation = { updatePractice: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
  source: SourceInput;
}>;


export type CreateEventMutation = { createEvent: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type UpdateEventMutationVariables = Exact<{
  key: string;
  patch: EventPatch;
  source: SourceInput;
}>;


export type UpdateEventMutation = { updateEvent: { node:
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
      | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    , change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type DeleteNodeMutationVariables = Exact<{
  key: string;
  source: SourceInput;
}>;


export type DeleteNodeMutation = { deleteNode: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } };

export type AddRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
  source: SourceInput;
  ifExists?: IfExists;
}>;


export type AddRelationshipMutation = { addRelationship: { relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, since: string | null, properties: unknown, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> }, change: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } } };

export type RemoveRelationshipMutationVariables = Exact<{
  key: string;
  source: SourceInput;
}>;


export type RemoveRelationshipMutation = { removeRelationship: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } };

export type ChangesQueryVariables = Exact<{
  since?: string | null | undefined;
  by?: string | null | undefined;
  touching?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { seq: number, at: string, by: string, operation: string, summary: string, writtenNodes: Array<string>, deletedNodes: Array<string>, writtenRelationships: Array<string>, deletedRelationships: Array<string>, source: { quote: string | null, note: string | null, source: { key: string, name: string } | null } } }> } };

export type EditedNodeQueryVariables = Exact<{
  key: string | number;
}>;


export type EditedNodeQuery = { node:
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
    | { key: string, name: string, type: NodeType, aliases: Array<string>, description: string | null, properties: unknown, relationships: { totalCount: number, edges: Array<{ relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, role: string | null, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { key: string } | null }> } }> }, sources: Array<{ quote: string | null, note: string | null, source: { key: string } | null }> }
   | null };

export type MoneyTotalsPartsFragment = { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } };

export type TransactionPartsFragment = { id: string, kind: TransactionKind, date: string | null, valueDate: string | null, iatiTransactionType: string | null, value: { amount: string, currency: string } | null, provider: { id: string } | null, receiver: { id: string } | null };

export type ProjectMoneyQueryVariables = Exact<{
  id: string | number;
  kinds?: Array<TransactionKind> | TransactionKind | null | undefined;
  asOf?: string | null | undefined;
  year?: number | null | undefined;
  currency: ReportingCurrency;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectMoneyQuery = { project: { id: string, transactions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TransactionKind, date: string | null, valueDate: string | null, iatiTransactionType: string | null, value: { amount: string, currency: string } | null, provider: { id: string } | null, receiver: { id: string } | null } }>, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } }, budgets: { totalCount: number, edges: Array<{ node: { id: string, periodStart: string | null, periodEnd: string | null, budgetType: string | null, value: { amount: string, currency: string } | null } }>, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } }, plannedDisbursements: { totalCount: number, edges: Array<{ node: { id: string, periodStart: string | null, value: { amount: string, currency: string } | null, provider: { id: string } | null, receiver: { id: string } | null } }> } } };

export type ActorFundingQueryVariables = Exact<{
  id: string | number;
  kinds?: Array<TransactionKind> | TransactionKind | null | undefined;
  year?: number | null | undefined;
  asOf?: string | null | undefined;
  currency: ReportingCurrency;
}>;


export type ActorFundingQuery = { actor: { id: string, fundingGiven: { totalCount: number, edges: Array<{ node: { id: string } }>, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } }, fundingReceived: { totalCount: number, edges: Array<{ node: { id: string } }>, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } } } };

export type FundingQueryVariables = Exact<{
  from?: string | number | null | undefined;
  to?: string | number | null | undefined;
  inRegion?: string | number | null | undefined;
  workingOn?: string | number | null | undefined;
  year?: number | null | undefined;
  kinds?: Array<TransactionKind> | TransactionKind | null | undefined;
  asOf?: string | null | undefined;
  currency: ReportingCurrency;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundingQuery = { funding: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { transactionCount: number, firstDate: string | null, lastDate: string | null, from: { id: string } | null, to: { id: string } | null, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } }, transactions: { totalCount: number, edges: Array<{ node: { id: string } }> } } }>, totals: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } } };

export type FundingAggregateQueryVariables = Exact<{
  groupBy: AggregateGroupBy;
  filter?: AggregateFilter | null | undefined;
  currency: ReportingCurrency;
}>;


export type FundingAggregateQuery = { aggregate: Array<{ group: string, count: number, money: { byCurrency: Array<{ currency: string, amount: string, count: number }>, converted: { currency: ReportingCurrency, amount: string, converted: number, notConverted: Array<{ currency: string, amount: string, count: number, reasons: Array<string> }> } } | null }> };

export type MoneyNodeQueryVariables = Exact<{
  id: string | number;
  currency: ReportingCurrency;
}>;


export type MoneyNodeQuery = { node:
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { periodStart: string | null, periodEnd: string | null, id: string, type: NodeType, value: { amount: string, currency: string } | null, project: { id: string } | null, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { lat: number | null, lon: number | null, administrative: Array<string> | null, id: string, type: NodeType, projects: { totalCount: number, edges: Array<{ node: { id: string } }> }, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }
    | { id: string, type: NodeType, kind: TransactionKind, date: string | null, valueDate: string | null, iatiTransactionType: string | null, project: { id: string } | null, converted: { currency: ReportingCurrency, amount: string | null, notConvertedBecause: string | null, rates: Array<{ currency: string, perUsd: string, month: string, source: string }>, fixedRate: { currency: string, perEuro: string, since: string } | null } | null, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }>, value: { amount: string, currency: string } | null, provider: { id: string } | null, receiver: { id: string } | null }
   | null };

export type ConnectionQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  via?: Array<RelationshipType> | RelationshipType | null | undefined;
  first?: number | null | undefined;
}>;


export type ConnectionQuery = { connection: { found: boolean, hops: number | null, paths: Array<{ length: number, description: string, nodes: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      >, steps: Array<{ direction: Direction, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { key: string, type: RelationshipType, sources: Array<{ quote: string | null, note: string | null }> } }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  of: Array<string | number> | string | number;
  depth?: number | null | undefined;
  kinds?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ distance: number, node:
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
        | { id: string, type: NodeType }
       }>, edges: Array<{ key: string, type: RelationshipType, fromKey: string, toKey: string }> } };

export type CentralityQueryVariables = Exact<{
  measure?: CentralityMeasure | null | undefined;
  inRegion?: string | number | null | undefined;
  workingOn?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type CentralityQuery = { centrality: Array<{ rank: number, score: number, degree: number, estimated: boolean, actor: { id: string } }> };

export type CommunitiesQueryVariables = Exact<{
  inRegion?: string | number | null | undefined;
  workingOn?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type CommunitiesQuery = { communities: { count: number, modularity: number, communities: Array<{ size: number, members: Array<{ id: string }> }> } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { stats: { nodeCount: number }, mediterranean: { totalCount: number }, associations: { totalCount: number }, projects: { totalCount: number }, neighbourhood: { truncated: boolean, nodes: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, edges: Array<{ key: string }> } };

export type PartnersQueryVariables = Exact<{
  of?: string | number | null | undefined;
  inRegion?: string | number | null | undefined;
  workingOn?: string | number | null | undefined;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnersQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { partnerCount: number, actor: { id: string, kind: ActorKind }, inRegion: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        > | null, workingOn: Array<{ kind: TopicEvidenceKind, via:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , topic:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }>, partnerships: { totalCount: number, edges: Array<{ node: { partner: { id: string }, strength: { projects: number, agreements: number, networks: number, twinnings: number, relations: number, total: number, since: number | null }, via: Array<{ kind: PartnershipKind, node:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                , relationships: Array<{ key: string, type: RelationshipType, sources: Array<{ quote: string | null, note: string | null, source: { id: string } | null }> }> }> } }> } } }> } };

export type FactSourcesFragment = { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> };

export type FactsOfQueryVariables = Exact<{
  id: string | number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  direction?: Direction | null | undefined;
  first?: number | null | undefined;
}>;


export type FactsOfQuery = { node:
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
   | null };

export type FoundersQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundersQuery = { actor: { id: string, foundedBy: { totalCount: number, edges: Array<{ node: { id: string }, relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> }, members: { totalCount: number, edges: Array<{ node: { id: string }, relationship: { role: string | null, since: string | null, key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } } };

export type MethodsAndLaunchesQueryVariables = Exact<{
  project: string | number;
  practice: string | number;
  event: string | number;
  launched: string | number;
}>;


export type MethodsAndLaunchesQuery = { project: { practices: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }, practice:
    | { __typename: 'Actor' }
    | { __typename: 'AdminArea' }
    | { __typename: 'Agreement' }
    | { __typename: 'Budget' }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Framework' }
    | { __typename: 'Location' }
    | { __typename: 'PlannedDisbursement' }
    | { __typename: 'Practice', projects: { edges: Array<{ node: { id: string } }> } }
    | { __typename: 'Project' }
    | { __typename: 'Region' }
    | { __typename: 'Sdg' }
    | { __typename: 'Source' }
    | { __typename: 'Theme' }
    | { __typename: 'Transaction' }
   | null, event:
    | { __typename: 'Actor' }
    | { __typename: 'AdminArea' }
    | { __typename: 'Agreement' }
    | { __typename: 'Budget' }
    | { __typename: 'Country' }
    | { __typename: 'Event', launched: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, fromKey: string, toKey: string, stated: boolean, properties: unknown, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null, source: { id: string } | null }> } }> } }
    | { __typename: 'Framework' }
    | { __typename: 'Location' }
    | { __typename: 'PlannedDisbursement' }
    | { __typename: 'Practice' }
    | { __typename: 'Project' }
    | { __typename: 'Region' }
    | { __typename: 'Sdg' }
    | { __typename: 'Source' }
    | { __typename: 'Theme' }
    | { __typename: 'Transaction' }
   | null, launchedThing: { launchedAt: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> } } };

export type InRegionQueryVariables = Exact<{
  region: string | number;
}>;


export type InRegionQuery = { region: { projects: { totalCount: number, edges: Array<{ node: { id: string } }> }, countries: { totalCount: number, edges: Array<{ node: { id: string } }> } }, projects: { totalCount: number, edges: Array<{ node: { id: string } }> }, countries: { totalCount: number } };

export type InCountryQueryVariables = Exact<{
  country: string | number;
}>;


export type InCountryQuery = { country: { actors: { totalCount: number, edges: Array<{ node: { id: string } }> }, projects: { totalCount: number, edges: Array<{ node: { id: string } }> } }, actors: { totalCount: number, edges: Array<{ node: { id: string } }> }, projects: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ReachQueryVariables = Exact<{
  of: string | number;
}>;


export type ReachQuery = { reach: { partners: number, byRegion: Array<{ group: string, count: number }>, byTheme: Array<{ group: string, count: number }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<NodeType> | NodeType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, score: number, matched: string, node:
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
        | { id: string, name: string, type: NodeType }
       }> } };

export type AgreementsAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type AgreementsAsOfQuery = { actor: { agreements: { totalCount: number, edges: Array<{ node: { id: string } }> }, memberships: { edges: Array<{ node: { id: string }, relationship: { since: string | null } }> } } };

export type PartnersAsOfQueryVariables = Exact<{
  of?: string | number | null | undefined;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PartnersAsOfQuery = { partners: { totalCount: number, edges: Array<{ node: { actor: { id: string }, partnerships: { edges: Array<{ node: { via: Array<{ kind: PartnershipKind, node:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                 }> } }> } } }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { id: string, name: string, projectType: string | null, participants: { totalCount: number, edges: Array<{ node: { id: string }, relationship: { role: string | null } }> }, targets: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }, addresses: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }, partOf: { edges: Array<{ node: { id: string } }> }, components: { totalCount: number, edges: Array<{ node: { id: string } }> } } };

export type ProjectsQueryVariables = Exact<{
  filter?: WorkFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AgreementsQueryVariables = Exact<{
  filter?: WorkFilter | null | undefined;
  orderBy?: NodeOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type AgreementsQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string, dateSigned: string | null, agreementType: string | null, parties: { edges: Array<{ node: { id: string }, relationship: { role: string | null } }> } } }> } };

export type CountriesQueryVariables = Exact<{
  filter?: CountryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CountriesQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso2: string } }> } };

export type RegionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionDetailQuery = { region: { id: string, name: string, countries: { totalCount: number, edges: Array<{ node: { id: string } }> }, parents: { edges: Array<{ node: { id: string } }> }, subregions: { edges: Array<{ node: { id: string } }> } } };

export type ThemeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeDetailQuery = { theme: { id: string, name: string, alignsWith: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relationship: { properties: unknown, stated: boolean, sources: Array<{ basis: ProvenanceBasis, quote: string | null, readWith: Array<string>, note: string | null }> } }> }, focusedBy: { edges: Array<{ node: { id: string } }> } } };

export type SdgDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SdgDetailQuery = { sdg: { id: string, level: SdgLevel, code: string, title: string, titleIt: string | null, parent: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }, children: { totalCount: number, edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }, alignedThemes: { edges: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> } } };

export type SdgGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SdgGoalsQuery = { sdgGoals: Array<{ id: string, code: string }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodeCount: number, relationshipCount: number, nodesByType: Array<{ type: string, count: number }>, relationshipsByType: Array<{ type: string, count: number }> } };

export type RelationshipsQueryVariables = Exact<{
  id: string | number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  direction?: Direction | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RelationshipsQuery = { node:
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
    | { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , relationship: { key: string, type: RelationshipType, direction: Direction | null, fromKey: string, toKey: string } }> } }
   | null };

export const ChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeFieldsFragment, unknown>;
export const WrittenNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<WrittenNodeFragment, unknown>;
export const MoneyTotalsPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"notConverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyTotalsPartsFragment, unknown>;
export const TransactionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTransactionType"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TransactionPartsFragment, unknown>;
export const FactSourcesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FactSourcesFragment, unknown>;
export const ActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Actors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorsQuery, ActorsQueryVariables>;
export const ActorDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}},{"kind":"Field","name":{"kind":"Name","value":"istat"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateSigned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"twins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorDetailQuery, ActorDetailQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sdg"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleIt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ActorsWithRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorsWithRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"twins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorsWithRelationsQuery, ActorsWithRelationsQueryVariables>;
export const ActorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const AggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Aggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateSubject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AggregateQuery, AggregateQueryVariables>;
export const SdgCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdgCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdgCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SdgCoverageQuery, SdgCoverageQueryVariables>;
export const CovenantMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"MEMBERSHIP"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CovenantMembershipsQuery, CovenantMembershipsQueryVariables>;
export const CovenantActorCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantActorCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"ACTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CovenantActorCountsQuery, CovenantActorCountsQueryVariables>;
export const CovenantMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantMembersQuery, CovenantMembersQueryVariables>;
export const CovenantSignatoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantSignatory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantSignatoryQuery, CovenantSignatoryQueryVariables>;
export const CovenantCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CovenantCoordinatorQuery, CovenantCoordinatorQueryVariables>;
export const CovenantActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CovenantActorsQuery, CovenantActorsQueryVariables>;
export const CovenantPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coMembership"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"coMembership"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coMembership"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strength"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinations"}},{"kind":"Field","name":{"kind":"Name","value":"supports"}},{"kind":"Field","name":{"kind":"Name","value":"coMemberships"}},{"kind":"Field","name":{"kind":"Name","value":"networks"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantPartnersQuery, CovenantPartnersQueryVariables>;
export const CovenantPartnerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovenantPartnerCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovenantPartnerCountQuery, CovenantPartnerCountQueryVariables>;
export const CreateActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ifExists"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IfExists"}}},"defaultValue":{"kind":"EnumValue","value":"CONFLICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"ifExists"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ifExists"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateActorMutation, CreateActorMutationVariables>;
export const UpdateActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActorMutation, UpdateActorMutationVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const CreatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePracticeMutation, CreatePracticeMutationVariables>;
export const UpdatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePracticeMutation, UpdatePracticeMutationVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const DeleteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const AddRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ifExists"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IfExists"}}},"defaultValue":{"kind":"EnumValue","value":"CONFLICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"ifExists"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ifExists"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddRelationshipMutation, AddRelationshipMutationVariables>;
export const RemoveRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveRelationshipMutation, RemoveRelationshipMutationVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touching"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"touching"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touching"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenNodes"}},{"kind":"Field","name":{"kind":"Name","value":"deletedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"writtenRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const EditedNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditedNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenNode"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<EditedNodeQuery, EditedNodeQueryVariables>;
export const ProjectMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCurrency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedDisbursements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTransactionType"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"notConverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectMoneyQuery, ProjectMoneyQueryVariables>;
export const ActorFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCurrency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"notConverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<ActorFundingQuery, ActorFundingQueryVariables>;
export const FundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCurrency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"notConverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<FundingQuery, FundingQueryVariables>;
export const FundingAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCurrency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"FUNDING"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"money"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalsParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"notConverted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<FundingAggregateQuery, FundingAggregateQueryVariables>;
export const MoneyNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCurrency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionParts"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notConvertedBecause"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"perUsd"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fixedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"perEuro"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"administrative"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTransactionType"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoneyNodeQuery, MoneyNodeQueryVariables>;
export const ConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionQuery, ConnectionQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const CentralityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Centrality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CentralityMeasure"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centrality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}},{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CentralityQuery, CentralityQueryVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mediterranean"},"name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"StringValue","value":"region:mediterranean","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"workingOn"},"value":{"kind":"StringValue","value":"theme:migration","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"associations"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSOCIATION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"region:mediterranean","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"anci","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strength"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"networks"}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const FactsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSources"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FactsOfQuery, FactsOfQueryVariables>;
export const FoundersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Founders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foundedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSources"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSources"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FoundersQuery, FoundersQueryVariables>;
export const MethodsAndLaunchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodsAndLaunches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"launched"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSources"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"practice"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"event"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactSources"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"launchedThing"},"name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"launched"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MethodsAndLaunchesQuery, MethodsAndLaunchesQueryVariables>;
export const InRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InRegionQuery, InRegionQueryVariables>;
export const InCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"KEY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InCountryQuery, InCountryQueryVariables>;
export const ReachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReachQuery, ReachQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const AgreementsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementsAsOfQuery, AgreementsAsOfQueryVariables>;
export const PartnersAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersAsOfQuery, PartnersAsOfQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectType"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateSigned"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const CountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Countries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const RegionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subregions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionDetailQuery, RegionDetailQueryVariables>;
export const ThemeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alignsWith"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"readWith"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThemeDetailQuery, ThemeDetailQueryVariables>;
export const SdgDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdgDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleIt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alignedThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SdgDetailQuery, SdgDetailQueryVariables>;
export const SdgGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdgGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdgGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SdgGoalsQuery, SdgGoalsQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const RelationshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relationships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelationshipsQuery, RelationshipsQueryVariables>;