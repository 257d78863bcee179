/** Nested queries cost store round trips by their shape, not by the number of results. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { ActorsWithRelationsDocument, DashboardDocument } from '../generated/graphql.js';
import { apiFor, countingStore } from '../support/api.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

describe('DataLoader batching', () => {
  let base: GraphStore;
  beforeAll(async () => {
    base = await seededMemoryStore();
  });

  async function callsFor(
    first: number,
  ): Promise<{ total: number; actors: number; byMethod: Record<string, number> }> {
    const counting = countingStore(base);
    const data = await apiFor(counting.store).query(ActorsWithRelationsDocument, {
      // One kind, so both pages reach the same nested levels: since the Covenant of Mayors'
      // bodies and joint groups, the first 5 and the first 100 Italian actors of every kind do not.
      filter: { country: 'country:IT', kinds: ['MUNICIPALITY'] },
      first,
    });
    return {
      total: counting.total(),
      actors: data.actors.edges.length,
      byMethod: Object.fromEntries(counting.calls),
    };
  }

  it('makes the same number of store calls for 5 actors and for 100', async () => {
    const small = await callsFor(5);
    const large = await callsFor(100);
    expect(small.actors).toBe(5);
    expect(large.actors).toBe(100);
    expect(large.total).toBe(small.total);
    expect(large.byMethod).toEqual(small.byMethod);
  });

  it('stays within a bound set by the query’s depth', async () => {
    const { total, byMethod } = await callsFor(100);
    // One list query, then at most a handful of batches per nested level (edges, then nodes).
    expect(byMethod.findNodes).toBe(1);
    expect(total).toBeLessThanOrEqual(14);
  });

  it('answers a dashboard (aggregates and a neighbourhood) in a bounded number of round trips', async () => {
    const counting = countingStore(base);
    const data = await apiFor(counting.store).query(DashboardDocument, {});
    expect(data.neighbourhood.nodes.length).toBeGreaterThan(40);
    // stats 1, partners 1 (+1 key check), actors 1, projects 1 (+1 key check), neighbourhood:
    // key check, the neighbourhood itself (one call: it was one getEdges per level plus one for
    // the outer ring, 2 here), node details — each one batched call.
    expect(counting.calls.get('findNodes')).toBe(2);
    expect(counting.calls.get('getEdges')).toBeUndefined();
    expect(counting.calls.get('neighbourhood')).toBe(1);
    // 7 calls in all (9 before; the bound was 12).
    expect(counting.total()).toBeLessThanOrEqual(10);
  });
});
