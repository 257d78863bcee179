/**
 * The GraphStore port: everything the API asks of a store. Two adapters implement it — the
 * embedded `memory` store (graphology) and `neo4j` — and both pass `test/contract/`.
 *
 * Every method is one round trip to the store, whatever the number of keys it is given:
 * the GraphQL layer batches through DataLoaders and relies on it.
 *
 * Every read (and applyChange) takes optional CallOptions last: the request's signal and
 * deadline. Past them the store stops the call's work and rejects with the signal's reason
 * (src/store/call-options.ts); `scopedStore` (scoped-store.ts) passes a request's options to
 * every call.
 */
import type { CallOptions } from './call-options.js';
import type { ChangeQuery, ChangeRecord, ChangeRequest } from '../domain/changes.js';
import type { EdgePageItem, EdgePageRequest } from '../domain/edge-pages.js';
import type { EdgeView, GraphData, GraphEdge, GraphNode } from '../domain/graph-records.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import type {
  EdgeSpec,
  NodeQuery,
  PartnerHit,
  Partnership,
  PartnershipQuery,
  PartnerQuery,
} from '../domain/queries.js';
import type {
  AggregateBucket,
  AggregateQuery,
  GraphPath,
  Neighbourhood,
  NeighbourhoodQuery,
  ShortestPathQuery,
} from '../domain/network-queries.js';
import type { SearchHit, SearchQuery } from '../domain/search.js';

export interface StoreHealth {
  ok: boolean;
  store: 'memory' | 'neo4j';
  /** Why the store is not ok, when it is not. */
  reason?: string;
  nodes?: number;
  relationships?: number;
}

export interface GraphCounts {
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';

  /** Nodes in key order, `null` where no node has the key. */
  getNodes(keys: readonly string[], options?: CallOptions): Promise<(GraphNode | null)[]>;

  /** Relationships by key, in key order, `null` where none has the key. */
  getRelationships(keys: readonly string[], options?: CallOptions): Promise<(GraphEdge | null)[]>;

  /**
   * A page of nodes matching the query (see NodeQuery for the filter semantics), ordered by
   * `orderBy` then key, in `direction`. `totalCount` counts every match, not just the page.
   * Unknown filter keys (a region that does not exist) give an empty page, not an error:
   * the API checks existence first, so it can say which key is unknown.
   */
  findNodes(query: NodeQuery, page: PageRequest, options?: CallOptions): Promise<Page<GraphNode>>;

  /**
   * For each key, in key order, the relationships of the given types in the given direction,
   * ordered by relationship type, then the other node's key, then the relationship key.
   * Symmetric relationships (TWINNED_WITH, COOPERATES_WITH) are returned whichever way they
   * are stored when direction is BOTH. A missing key gets an empty list.
   */
  getEdges(keys: readonly string[], spec: EdgeSpec, options?: CallOptions): Promise<EdgeView[][]>;

  /**
   * For each request, in request order, and each of its keys, in key order, one page of the
   * relationships `getEdges` lists for the key (same types, direction, symmetric and self-loop
   * rules), keeping only those whose other end has one of `spec.otherTypes` (all when omitted).
   * Paged as `paginate` pages that list: positions are `edgePosition` (relationship type and other
   * key, then relationship key, by UTF-16 code unit), `after` resumes past a position,
   * `totalCount` counts every kept relationship and `first: 0` gives only the counts. Only the
   * page's relationships are read whole, each with the node at its other end (`other`). A missing
   * key gets an empty page. Every request is answered in the same round trip: the sibling
   * relationship fields of a level of the API (an actor's projects, agreements and memberships,
   * src/graphql/common/relations.ts) are one call.
   */
  getEdgePages(
    requests: readonly EdgePageRequest[],
    options?: CallOptions,
  ): Promise<Page<EdgePageItem>[][]>;

  /**
   * The headline query (docs/ARCHITECTURE.md, "Query semantics"): actors with at least one partner that are
   * in `inRegion` and work on `workingOn` (when given), of the given kinds, and partners of `of`
   * (when given). Ordered by actor key. Each hit counts its partners; the partnerships themselves
   * come from `getPartnerships`, a page at a time (a member of a big network has thousands).
   */
  findPartners(
    query: PartnerQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<PartnerHit>>;

  /**
   * For each actor key, in key order, a page of its partnerships (only those with `query.of` when
   * given), ordered by partner key, each `via` by kind then node key with its relationship keys
   * sorted; `totalCount` counts its partners. A key that is not an actor gets an empty page.
   */
  getPartnerships(
    actorKeys: readonly string[],
    query: PartnershipQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<Partnership>[]>;

  /**
   * Full-text search over names, aliases and descriptions (src/domain/search.ts): hits ranked by
   * score, then shorter name, then key; `totalCount` counts every hit. The store retrieves
   * candidates from its index and `searchPage` ranks and pages them, so both stores agree.
   */
  search(query: SearchQuery, page: PageRequest, options?: CallOptions): Promise<Page<SearchHit>>;

  // Network questions, answered whole by the store (src/domain/network-queries.ts): the search,
  // the ordering, the cut and the counting happen in the store, one round trip each.

  /**
   * All shortest paths (ShortestPathQuery), the first `k` in path order (GraphPath: step by
   * step, by node key then relationship key), each step with its direction.
   */
  shortestPaths(query: ShortestPathQuery, options?: CallOptions): Promise<GraphPath[]>;

  /**
   * The nodes around the starting nodes, by distance then key, cut at `limit` (`truncated`
   * says whether it cut), and the relationships among them (NeighbourhoodQuery).
   */
  neighbourhood(query: NeighbourhoodQuery, options?: CallOptions): Promise<Neighbourhood>;

  /** Grouped counts (AggregateQuery), by count, highest first, then group. */
  aggregate(query: AggregateQuery, options?: CallOptions): Promise<AggregateBucket[]>;

  /** Counts of nodes and relationships by type. */
  counts(options?: CallOptions): Promise<GraphCounts>;

  /** Whether the store can answer now; never throws. */
  health(): Promise<StoreHealth>;

  /**
   * Applies one change whole or not at all, and records it in the change log in the same step.
   * Refuses with CONFLICT / NOT_FOUND when a condition fails, BAD_USER_INPUT when a relationship
   * would point to a node that does not exist; nothing is written then. Resolves only once the
   * change is durable (the embedded store's journal is flushed to disk; Neo4j has committed).
   * Options: a change whose request is aborted before it is applied is not applied.
   */
  applyChange(request: ChangeRequest, options?: CallOptions): Promise<ChangeRecord>;

  /** Recorded changes matching the query, oldest first (by `seq`). */
  listChanges(
    query: ChangeQuery,
    page: PageRequest,
    options?: CallOptions,
  ): Promise<Page<ChangeRecord>>;

  /**
   * Bulk load without change records (seeds, benchmarks): writes nodes and relationships,
   * merging by key (idempotent). Edits and imports go through applyChange instead.
   */
  upsert(data: GraphData, onProgress?: (done: number, total: number) => void): Promise<void>;

  close(): Promise<void>;
}
