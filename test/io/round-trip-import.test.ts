/**
 * The round trip through `diplomap import`: the seeded graph exported as CSV (nodes.csv,
 * edges.csv) and imported into an empty store is the same graph — nodes, relationships, props
 * and sources — and importing it again changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.js';
import { readSlice } from '../../src/export/graph-slice.js';
import { runImport } from '../../src/ingest/import/import-files.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { seededStore } from './io-fixtures.js';

describe('export → diplomap import round trip', () => {
  it('the whole seeded graph, as CSV, imports into an empty store as the same graph', async () => {
    const original = await readSlice(await seededStore(), {});
    const files = [
      { path: 'out/nodes.csv', text: toCsv(original, 'nodes') },
      { path: 'out/edges.csv', text: toCsv(original, 'edges') },
    ];
    const empty = await MemoryStore.fromData({ nodes: [], edges: [] });
    const run = await runImport(empty, files, { dryRun: false, by: 'cli:test' });
    expect(run.files.map((f) => [f.file, f.kind, f.source])).toEqual([
      ['nodes.csv', 'nodes', undefined],
      ['edges.csv', 'edges', undefined],
    ]);
    expect(run.report.rejected).toEqual([]);
    expect(run.report.nodes).toEqual({ created: original.nodes.length, updated: 0, unchanged: 0 });
    expect(run.report.relationships).toEqual({
      created: original.edges.length,
      updated: 0,
      unchanged: 0,
    });
    expect(run.change?.source).toEqual({
      source: 'source:diplomap-curation',
      note: 're-import of exported records (each keeps its own sources): nodes.csv, edges.csv',
    });
    expect(await readSlice(empty, {})).toEqual(original);

    const again = await runImport(empty, files, { dryRun: false, by: 'cli:test' });
    expect(again.report.nodes).toEqual({
      created: 0,
      updated: 0,
      unchanged: original.nodes.length,
    });
    expect(again.change).toBeUndefined();
  });

  it('refuses exported rows whose JSON is not a record, by line', async () => {
    const text = [
      'key,type,name,aliases,description,props,sources,prop_year',
      'x,Practice,X,[],,"{""year"":2020}","[{""source"":""source:diplomap-curation"",""note"":""A test.""}]",2020',
      'y,Practice,Y,[],,"{""nested"":{""a"":1}}","[{""source"":""source:diplomap-curation"",""note"":""A test.""}]",',
      'z,Practice,Z,[],,{},[],',
      'w,Planet,W,[],,{},"[{""source"":""source:diplomap-curation"",""note"":""A test.""}]",',
    ].join('\n');
    const empty = await MemoryStore.fromData({ nodes: [], edges: [] });
    const run = await runImport(empty, [{ path: 'nodes.csv', text }], {
      dryRun: true,
      by: 'cli:test',
    });
    expect(run.report.nodes.created).toBe(1);
    expect(run.report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'props.nested: Invalid input'],
      [4, 'sources: every fact needs a source'],
      [5, 'unknown node type "Planet"'],
    ]);
  });
});
