/**
 * The round trip: a graph exported and loaded into an empty store is the same graph — the same
 * nodes and relationships with the same properties and sources. CSV carries the whole seeded
 * graph; GEXF and GraphML, whose XML parsers take tens of seconds on the whole graph (43 MB), a
 * slice of a few thousand elements (the whole graph is exercised by `npm run diplomap -- export`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { fromCsv, toCsv } from '../../src/export/csv.js';
import { fromGexf, toGexf } from '../../src/export/gexf.js';
import { parseSliceFilter, readSlice } from '../../src/export/graph-slice.js';
import { fromGraphml, toGraphml } from '../../src/export/graphml.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { importRealIatiFiles, referenceStore } from '../io/io-fixtures.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

describe('export round trip', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededMemoryStore();
  });

  it('CSV: the whole seeded graph, loaded into an empty store, exports the same', async () => {
    const original = await readSlice(store, {});
    const copy = await MemoryStore.fromData(
      fromCsv(toCsv(original, 'nodes'), toCsv(original, 'edges')),
    );
    expect(await readSlice(copy, {})).toEqual(original);
    expect(await copy.counts()).toEqual(await store.counts());
    expect(original.nodes.length).toBe(25_001);
  });

  it.each([
    ['GEXF', (data: GraphData) => fromGexf(toGexf(data))],
    ['GraphML', (data: GraphData) => fromGraphml(toGraphml(data))],
  ])(
    '%s: the African slice, loaded into an empty store, exports the same',
    async (_name, roundTrip) => {
      const original = await readSlice(store, parseSliceFilter({ region: 'region:m49-002' }));
      // 1,022 nodes: with Officials without Borders, the practice the Matching Fund applies.
      expect([original.nodes.length, original.edges.length]).toEqual([1054, 1389]);
      const copy = await MemoryStore.fromData(roundTrip(original));
      expect(await readSlice(copy, {})).toEqual(original);
    },
  );

  it.each([
    ['CSV', (data: GraphData) => fromCsv(toCsv(data, 'nodes'), toCsv(data, 'edges'))],
    ['GEXF', (data: GraphData) => fromGexf(toGexf(data))],
    ['GraphML', (data: GraphData) => fromGraphml(toGraphml(data))],
  ])('%s: money and what IATI files bring carry over exactly', async (_name, roundTrip) => {
    const imported = await referenceStore();
    await importRealIatiFiles(imported);
    const original = await readSlice(
      imported,
      parseSliceFilter({ kinds: 'Transaction,Budget,PlannedDisbursement,Location' }),
    );
    expect(original.nodes.filter((n) => n.type === 'Transaction')).toHaveLength(71);
    const copy = await MemoryStore.fromData(roundTrip(original));
    expect(await readSlice(copy, {})).toEqual(original);
    const [commitment] = await copy.getNodes(['transaction:iati:ES-DIR3-E04585801-009-001301:1']);
    expect(commitment?.props).toMatchObject({
      kind: 'COMMITMENT',
      value: '15450',
      currency: 'EUR',
    });
  });
});
