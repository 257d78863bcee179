/**
 * Per-request DataLoaders. Every related-data field goes through one of these, so a query costs
 * a number of store round trips bounded by its shape: one batch per field per level, whatever
 * the number of results.
 */
import DataLoader from 'dataloader';
import { edgePageSpecId, type EdgePageSpec } from '../domain/edge-pages.js';
import type { EdgeView, GraphEdge, GraphNode } from '../domain/graph-records.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import {
  edgeSpecId,
  type EdgeSpec,
  type Partnership,
  type PartnershipQuery,
} from '../domain/queries.js';
import type { GraphStore } from '../store/graph-store.js';

export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  relationship: DataLoader<string, GraphEdge | null>;
  /** The edge loader for one relationship spec (types + direction), made on first use. */
  edges(spec: EdgeSpec): DataLoader<string, EdgeView[]>;
  /** Pages of actors' partnerships, one loader per question and page (partners' `partnerships`). */
  partnerships(query: PartnershipQuery, page: PageRequest): DataLoader<string, Page<Partnership>>;
  /**
   * The loader of one page of relationships per node, for one spec (with its other-end types)
   * and one page request: sibling relationship fields at a level, asked the same way, are one
   * `getEdgePages` call. Made on first use.
   */
  edgePages(spec: EdgePageSpec, page: PageRequest): DataLoader<string, Page<EdgeView>>;
}

export function createLoaders(store: GraphStore): Loaders {
  const edgeLoaders = new Map<string, DataLoader<string, EdgeView[]>>();
  const partnershipLoaders = new Map<string, DataLoader<string, Page<Partnership>>>();
  const edgePageLoaders = new Map<string, DataLoader<string, Page<EdgeView>>>();
  return {
    node: new DataLoader((keys) => store.getNodes(keys)),
    relationship: new DataLoader((keys) => store.getRelationships(keys)),
    edges(spec) {
      const id = edgeSpecId(spec);
      let loader = edgeLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => store.getEdges(keys, spec));
        edgeLoaders.set(id, loader);
      }
      return loader;
    },
    partnerships(query, page) {
      const id = JSON.stringify([
        query.of ?? null,
        query.coMembership === true,
        page.first,
        page.after ?? null,
      ]);
      let loader = partnershipLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => store.getPartnerships(keys, query, page));
        partnershipLoaders.set(id, loader);
      }
      return loader;
    },
    edgePages(spec, page) {
      // JSON keeps `after` (any string) apart from the rest.
      const id = JSON.stringify([edgePageSpecId(spec), page.first, page.after ?? null]);
      let loader = edgePageLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => store.getEdgePages(keys, spec, page));
        edgePageLoaders.set(id, loader);
      }
      return loader;
    },
  };
}
