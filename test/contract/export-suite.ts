/**
 * The export contract: the same slices, with the same nodes and relationships, from every store,
 * and each format read back to the same graph.
 */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/domain/graph-records.js';
import { fromCsv, toCsv } from '../../src/export/csv.js';
import { fromGexf, toGexf } from '../../src/export/gexf.js';
import { parseSliceFilter, readSlice } from '../../src/export/graph-slice.js';
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
      expect([data.nodes.length, data.edges.length]).toEqual([62, 64]);
      expect(fromGexf(toGexf(data))).toEqual(data);
      expect(fromGraphml(toGraphml(data))).toEqual(data);
      expect(fromCsv(toCsv(data, 'nodes'), toCsv(data, 'edges'))).toEqual(data);
      expect(keysOf(data).nodes).toContain('anci');
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
