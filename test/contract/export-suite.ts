/**
 * The export contract: the same slices, with the same nodes and relationships, from every store,
 * and each format read back to the same graph.
 */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { fromCsv, toCsv } from '../../src/export/csv.js';
import { fromGexf, toGexf } from '../../src/export/gexf.js';
import { exportChunks, writerFor } from '../../src/export/export-stream.js';
import { parseSliceFilter, readSlice, SliceReader } from '../../src/export/graph-slice.js';
import { fromGraphml, toGraphml } from '../../src/export/graphml.js';
import type { GraphStore } from '../../src/store/graph-store.js';

const keysOf = (data: GraphData) => ({
  nodes: data.nodes.map((n) => n.key),
  edges: data.edges.map((e) => e.key),
});

export function defineExportSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`export contract: ${name}`, () => {
    it('exports the whole graph: every node and relationship once', async () => {
      const store = await openStore();
      const data = await readSlice(store, {});
      const health = await store.health();
      expect(data.nodes).toHaveLength(health.nodes!);
      expect(data.edges).toHaveLength(health.relationships!);
      expect(new Set(data.edges.map((e) => e.key)).size).toBe(data.edges.length);
    });

    it('exports the Mediterranean migration slice with its context', async () => {
      const store = await openStore();
      const data = await readSlice(
        store,
        parseSliceFilter({
          region: 'region:mediterranean',
          theme: 'theme:migration',
          kinds: 'Association,Foundation,Municipality',
        }),
      );
      const selected = data.nodes.filter((n) => ['acri', 'anci'].includes(n.key));
      expect(selected.map((n) => n.key)).toEqual(['acri', 'anci']);
      // Every relationship touches a selected node, and both its ends are in the file.
      const keys = new Set(data.nodes.map((n) => n.key));
      for (const edge of data.edges) {
        expect(
          edge.from === 'acri' || edge.from === 'anci' || edge.to === 'acri' || edge.to === 'anci',
        ).toBe(true);
        expect(keys.has(edge.from) && keys.has(edge.to)).toBe(true);
      }
      expect([data.nodes.length, data.edges.length]).toEqual([49, 50]);
    });

    it('reads each format back to the same slice', async () => {
      const store = await openStore();
      const data = await readSlice(store, parseSliceFilter({ kinds: 'Association,Foundation' }));
      // Associations include the Covenant of Mayors' joint groups, with their member comuni.
      expect([data.nodes.length, data.edges.length]).toEqual([2692, 3730]);
      expect(fromGexf(toGexf(data))).toEqual(data);
      expect(fromGraphml(toGraphml(data))).toEqual(data);
      expect(fromCsv(toCsv(data, 'nodes'), toCsv(data, 'edges'))).toEqual(data);
      expect(keysOf(data).nodes).toContain('anci');
    });

    it('streams, in small pages, the same slice as it reads whole', async () => {
      const store = await openStore();
      const filter = parseSliceFilter({ region: 'region:mediterranean', kinds: 'Association' });
      const data = await readSlice(store, filter);
      // Pages of 7 nodes: every page boundary, the context nodes and the dedup across pages.
      const reader = await SliceReader.open(store, filter, { pageSize: 7 });
      let text = '';
      for await (const chunk of exportChunks(reader, writerFor('graphml'))) text += chunk;
      const streamed = fromGraphml(text);
      const byKey = <T extends { key: string }>(list: T[]) =>
        [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      expect({ nodes: byKey(streamed.nodes), edges: byKey(streamed.edges) }).toEqual(data);
      expect(data.nodes.length).toBeGreaterThan(20);
    });

    it('refuses unknown filter keys and kinds', async () => {
      const store = await openStore();
      await expect(readSlice(store, { region: 'theme:migration' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(() => parseSliceFilter({ kinds: 'Municipality,City' })).toThrow(/Unknown kinds: City/);
    });
  });
}
