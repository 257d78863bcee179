/**
 * `import --wikidata` on a store, whichever it is: the real slice in seeds/examples/import adds
 * Bielefeld's twinnings (sources and start years), coordinates, country and membership to what
 * the seeded graph has, citing each Wikidata statement by its id; refusals name the line and the
 * reason; a dry run writes nothing; a re-run changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportFile } from '../../src/ingest/import/import-files.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { EXAMPLES } from './io-fixtures.js';

const FILE = resolve(EXAMPLES, 'wikidata-entities.json');
const ROCHDALE_STATEMENT = 'Q2112$fa2b9dbe-44c4-e3aa-b1b7-6725768477cf';
/** A membership statement of the slice: Bielefeld member of Q747279 since September 1984. */
const MEMBERSHIP_STATEMENT = 'Q2112$EB6FE0A1-B1DD-40D5-8329-E9CCE7094031';

async function slice(): Promise<ImportFile> {
  return { path: FILE, text: await readFile(FILE, 'utf8') };
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/**
 * Test-only preparation: Germany gets its Wikidata id (Q183), and a network node stands for the
 * organisation Q747279 (a fixture, named as such), so P17 and one P463 have something to match.
 */
async function prepare(store: GraphStore): Promise<void> {
  const [germany] = await store.getNodes(['country:DE']);
  await store.applyChange({
    operation: 'test:prepare',
    by: 'cli:test',
    source: { source: 'source:diplomap-curation', note: 'test fixture' },
    summary: 'Wikidata ids for the Wikidata import test',
    changes: {
      putNodes: [
        { ...germany!, props: { ...germany!.props, wikidataId: 'Q183' } },
        {
          key: 'test:network-q747279',
          type: 'Network',
          name: 'Test fixture for Wikidata item Q747279',
          aliases: [],
          props: { wikidataId: 'Q747279' },
          sources: [{ source: 'source:diplomap-curation', note: 'test fixture' }],
        },
      ],
      deleteNodes: [],
      putEdges: [],
      deleteEdges: [],
    },
  });
}

export function defineWikidataImportSuite(
  name: string,
  makeStore: () => Promise<GraphStore>,
): void {
  describe(`Wikidata import on the ${name} store`, () => {
    let store: GraphStore;
    let text: string;
    beforeAll(async () => {
      store = await makeStore();
      text = (await slice()).text;
    });
    afterAll(() => store.close());

    it('a dry run on the seeded graph reports twinnings and coordinates, refuses what it cannot match', async () => {
      const before = await store.counts();
      const run = await runImport(store, [await slice()], {
        dryRun: true,
        by: 'cli:test',
        format: 'wikidata',
      });
      expect(run.files).toEqual([
        {
          file: 'wikidata-entities.json',
          format: 'wikidata',
          kind: 'Wikidata JSON, 2 entities',
          source: 'source:import:wikidata-entities-json',
        },
      ]);
      // The Wikidata and file Sources are new; Bielefeld gets coordinates; 8 twinnings a source.
      expect(run.report.nodes).toEqual({ created: 2, updated: 1, unchanged: 0 });
      expect(run.report.relationships).toEqual({ created: 0, updated: 8, unchanged: 0 });
      const reasons = run.report.rejected.map((r) => `${r.line}: ${r.reason}`);
      expect(reasons).toContain(
        `${lineOf(text, 'q2112$15E24192')}: country Q183: no node has the Wikidata id Q183; give the node it stands for that wikidataId first (for an actor: actors.csv, column wikidata_id)`,
      );
      expect(reasons).toContain(
        `${lineOf(text, '"Q271094"')}: Q271094: no node has the Wikidata id Q271094, and it is not a twinned administrative body (P190) to add as a municipality`,
      );
      expect(run.report.rejected).toHaveLength(7);
      expect(await store.counts()).toEqual(before);
      expect(run.change).toBeUndefined();
    });

    it('applies the slice as one change citing each statement', async () => {
      await prepare(store);
      const run = await runImport(store, [await slice()], {
        dryRun: false,
        by: 'cli:test',
        format: 'wikidata',
      });
      expect(run.report.nodes).toEqual({ created: 2, updated: 1, unchanged: 0 });
      // 8 twinnings and the country updated, the membership created.
      expect(run.report.relationships).toEqual({ created: 1, updated: 9, unchanged: 0 });
      expect(run.report.rejected).toHaveLength(5);
      expect(run.change).toMatchObject({ seq: 2, operation: 'import:wikidata', by: 'cli:test' });

      const [rochdale] = await store.getRelationships(['TWINNED_WITH:wd:Q2112->wd:Q474605']);
      expect(rochdale!.props).toEqual({ since: 1953 });
      // Both stated: the seeds' record of the twinning, and the Wikidata statement.
      expect(rochdale!.sources).toEqual([
        { source: 'source:wikidata-twinnings', basis: 'STATED' },
        {
          source: 'source:wikidata',
          basis: 'STATED',
          quote: ROCHDALE_STATEMENT,
          note: `wikidata-entities.json:${lineOf(text, ROCHDALE_STATEMENT)}, revision 1867923350`,
        },
      ]);
      const [bielefeld] = await store.getNodes(['wd:Q2112']);
      expect([bielefeld!.props.lat, bielefeld!.props.lon]).toEqual([
        52.016666666667, 8.5333333333333,
      ]);
      expect(bielefeld!.sources.map((s) => s.quote)).toContain(
        'q2112$29E4B481-C941-4D57-A2DF-D43D585EBCD7',
      );
      const [membership, country] = await store.getRelationships([
        'MEMBER_OF:wd:Q2112->test:network-q747279',
        'LOCATED_IN:wd:Q2112->country:DE',
      ]);
      expect(membership!.props).toEqual({ since: 1984 });
      expect(membership!.sources[0]!.quote).toBe(MEMBERSHIP_STATEMENT);
      expect(country!.sources.map((s) => s.source)).toEqual(['source:geonames', 'source:wikidata']);
      const [wikidata] = await store.getNodes(['source:wikidata']);
      expect(wikidata!.props.licence).toBe('CC0 1.0 (Wikidata structured data)');
    });

    it('a second run changes nothing', async () => {
      const run = await runImport(store, [await slice()], {
        dryRun: false,
        by: 'cli:test',
        format: 'wikidata',
      });
      expect(run.report.nodes).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(run.report.relationships).toEqual({ created: 0, updated: 0, unchanged: 10 });
      expect(run.change).toBeUndefined();
    });

    it('adds a twinned body the graph lacks as a municipality, and refuses bad files with a line', async () => {
      const entity = {
        type: 'item',
        id: 'Q99999901',
        labels: { en: { language: 'en', value: '  New   Town ' } },
        claims: {
          P625: [{ id: 'nope', mainsnak: { datavalue: { value: { latitude: 1, longitude: 2 } } } }],
          P190: [
            {
              id: 'Q99999901$test-1',
              rank: 'normal',
              mainsnak: { snaktype: 'value', datavalue: { value: { id: 'Q2112' } } },
            },
          ],
        },
      };
      const run = await runImport(
        store,
        [
          { path: 'one.json', text: JSON.stringify({ entities: { Q99999901: entity } }) },
          { path: 'broken.json', text: '[\n{"id": "Q1",\n' },
          { path: 'other.json', text: '{"hello": "world"}' },
        ],
        { dryRun: true, by: 'cli:test', format: 'wikidata' },
      );
      const created = run.plan.changes.putNodes.find((n) => n.key === 'wd:Q99999901');
      expect(created).toMatchObject({
        type: 'Municipality',
        name: 'New Town',
        props: { wikidataId: 'Q99999901' },
      });
      expect(run.plan.changes.putEdges.map((e) => e.key)).toContain(
        'TWINNED_WITH:wd:Q2112->wd:Q99999901',
      );
      expect(run.report.rejected.map((r) => `${r.file}:${r.line}: ${r.reason}`)).toEqual([
        expect.stringMatching(/^broken\.json:3: not readable as JSON/),
        'one.json:1: Q99999901 P625: a statement without a Wikidata statement id is not imported',
        expect.stringMatching(/^other\.json:1: not Wikidata entity JSON/),
      ]);
    });
  });
}
