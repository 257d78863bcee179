/**
 * The embedded store's counting: nodes and relationships by type (GraphStore.counts), and the
 * nodes a filter keeps, grouped (GraphStore.aggregate; the grouping is in aggregate.ts).
 */
import type { GraphNode } from '../../domain/graph-records.js';
import { compareKeys as cmp } from '../../domain/key-lists.js';
import type { AggregateBucket, AggregateQuery } from '../../domain/network-queries.js';
import { throwIfAborted, type CallOptions } from '../call-options.js';
import type { GraphCounts } from '../graph-store.js';
import { countGroups } from './aggregate.js';
import type { MemoryGraph } from './memory-graph.js';
import { TimeSlices } from './time-slices.js';

export async function memoryAggregate(
  data: MemoryGraph,
  query: AggregateQuery,
  options?: CallOptions,
): Promise<AggregateBucket[]> {
  const slices = new TimeSlices(options?.signal);
  const keep = data.filter(query.filter);
  const items: GraphNode[] = [];
  for (const type of new Set(query.types)) {
    for (const key of data.keysByType.get(type) ?? []) {
      if (slices.due()) await slices.next();
      if (keep(key)) items.push(data.node(key));
    }
  }
  const themes = [...(data.keysByType.get('Theme') ?? [])].sort(cmp);
  return countGroups(data.semantics, items, query, themes);
}

export function memoryCounts(data: MemoryGraph, options?: CallOptions): GraphCounts {
  throwIfAborted(options);
  const nodesByType: Record<string, number> = {};
  for (const [type, keys] of [...data.keysByType].sort(([a], [b]) => cmp(a, b)))
    nodesByType[type] = keys.size;
  const relationshipsByType: Record<string, number> = {};
  data.graph.forEachEdge((_e, edge) => {
    relationshipsByType[edge.type] = (relationshipsByType[edge.type] ?? 0) + 1;
  });
  return { nodesByType, relationshipsByType: sortRecord(relationshipsByType) };
}

function sortRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => cmp(a, b)));
}
