/**
 * How big the graph is, for pricing queries before they run: the store's counts, read at most
 * once per `maxAgeMs` (edits move them slowly), never once per request.
 */
import { isActorKind } from '../../domain/node-types.js';
import type { GraphStore } from '../../store/graph-store.js';

export interface GraphSize {
  actors: number;
  nodes: number;
  relationships: number;
  nodesByType: Readonly<Record<string, number>>;
  relationshipsByType: Readonly<Record<string, number>>;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function graphSizeOf(counts: {
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
}): GraphSize {
  const actors = Object.entries(counts.nodesByType)
    .filter(([type]) => isActorKind(type))
    .reduce((total, [, n]) => total + n, 0);
  return {
    actors,
    nodes: sum(counts.nodesByType),
    relationships: sum(counts.relationshipsByType),
    nodesByType: counts.nodesByType,
    relationshipsByType: counts.relationshipsByType,
  };
}

export interface GraphSizeSource {
  /** The latest size; a stale one while a refresh runs, so no request waits for it but the first. */
  current(): Promise<GraphSize>;
}

export function cachedGraphSize(store: GraphStore, maxAgeMs = 30_000): GraphSizeSource {
  let known: { size: GraphSize; at: number } | undefined;
  let refreshing: Promise<GraphSize> | undefined;
  const refresh = () => {
    refreshing ??= store
      .counts()
      .then((counts) => {
        known = { size: graphSizeOf(counts), at: Date.now() };
        return known.size;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };
  return {
    async current() {
      if (!known) return refresh();
      if (Date.now() - known.at > maxAgeMs) refresh().catch(() => undefined); // keep the stale size
      return known.size;
    },
  };
}
