/**
 * Per-request DataLoaders. Every related-data field goes through one of these, so a query costs
 * a number of store round trips bounded by its shape: one batch per field per level (one for all
 * the relationship fields of a level), whatever the number of results.
 */
import DataLoader from 'dataloader';
import type { EdgeView, GraphEdge, GraphNode } from '../domain/graph-records.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import {
  edgeSpecId,
  type EdgeSpec,
  type Partnership,
  type PartnershipQuery,
} from '../domain/queries.js';
import type { GraphStore } from '../store/graph-store.js';
import { createEdgePageLoader, type EdgePageLoader } from './edge-page-loader.js';

export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  relationship: DataLoader<string, GraphEdge | null>;
  /** The edge loader for one relationship spec (types + direction), made on first use. */
  edges(spec: EdgeSpec): DataLoader<string, EdgeView[]>;
  /** Pages of actors' partnerships, one loader per question and page (partners' `partnerships`). */
  partnerships(query: PartnershipQuery, page: PageRequest): DataLoader<string, Page<Partnership>>;
  /**
   * Pages of nodes' relationships, each with its spec (and other-end types) and page request: the
   * relationship fields of a level, however asked, are one `getEdgePages` call, and the nodes at
   * their other ends come with them (primed into `node`). See edge-page-loader.ts.
   */
  edgePages: EdgePageLoader;
}

export function createLoaders(store: GraphStore): Loaders {
  const edgeLoaders = new Map<string, DataLoader<string, EdgeView[]>>();
  const partnershipLoaders = new Map<string, DataLoader<string, Page<Partnership>>>();
  const node = new DataLoader<string, GraphNode | null>((keys) => store.getNodes(keys));
  return {
    node,
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
    edgePages: createEdgePageLoader(store, node),
  };
}
