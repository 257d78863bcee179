/**
 * Imports on a store, whichever it is: the same files give the same counts, the same records and
 * one change in the log on the embedded store and on Neo4j; a dry run writes nothing; a re-run
 * changes nothing.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/ingest/import/import-files.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { EXAMPLE_FILES, FIXTURES, filesAt } from './io-fixtures.js';

const IATI = ['iati/activities-1.03.xml', 'iati/activities-2.03.xml'].map((f) =>
  resolve(FIXTURES, f),
);

/** `makeStore` gives a store holding the reference graph only (io-fixtures referenceGraph). */
export function defineImportSuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`imports on the ${name} store`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store.close();
    });

    it('a dry run reports what would change and writes nothing', async () => {
      const before = await store.counts();
      const run = await runImport(store, await filesAt([...EXAMPLE_FILES, ...IATI]), {
        dryRun: true,
        by: 'cli:test',
      });
      expect(run.report.nodes).toEqual({ created: 46, updated: 0, unchanged: 0 });
      expect(run.report.relationships).toEqual({ created: 88, updated: 0, unchanged: 0 });
      expect(run.change).toBeUndefined();
      expect(await store.counts()).toEqual(before);
      expect((await store.listChanges({}, { first: 10 })).totalCount).toBe(0);
    });

    it('applies the CSV examples and the IATI files as one change', async () => {
      const run = await runImport(store, await filesAt([...EXAMPLE_FILES, ...IATI]), {
        dryRun: false,
        by: 'cli:test',
      });
      // CSV: 31 nodes and 57 relationships; IATI: 15 and 31.
      expect(run.report.nodes).toEqual({ created: 46, updated: 0, unchanged: 0 });
      expect(run.report.relationships).toEqual({ created: 88, updated: 0, unchanged: 0 });
      // Kosovo (XK) is a country of the graph since the Covenant of Mayors' rows.
      expect(run.report.rejected).toHaveLength(4);
      expect(run.change).toMatchObject({ seq: 1, operation: 'import:csv+iati', by: 'cli:test' });
      const log = await store.listChanges({}, { first: 10 });
      expect(log.items.map((i) => i.value.operation)).toEqual(['import:csv+iati']);

      const [project] = await store.getNodes(['project:kurdish-municipalities']);
      expect(project?.sources).toEqual([
        {
          source: 'source:anci-profile',
          quote: 'It is a project in collaboration with MAECI and Un Ponte Per',
          note: 'projects.csv:3',
        },
      ]);
      const [accountable] = await store.getRelationships([
        'PARTICIPATES_IN:iati-org:CC-CCC-123456789:agency-c->project:iati:AA-AAA-123456789-DEF001#accountable',
      ]);
      expect(accountable?.props).toEqual({ role: 'LEAD', iatiRole: 'Accountable' });
      const partners = await store.findPartners({ of: 'anci' }, { first: 50 });
      expect(partners.items.map((i) => i.value.actorKey)).toEqual([
        'acri',
        'ambf',
        'daras',
        'dgcs',
        'fnp',
        'maeci',
        'un-ponte-per',
      ]);
    });

    it('a second run changes nothing and records nothing', async () => {
      const run = await runImport(store, await filesAt([...EXAMPLE_FILES, ...IATI]), {
        dryRun: false,
        by: 'cli:test',
      });
      expect(run.report.nodes).toEqual({ created: 0, updated: 0, unchanged: 46 });
      expect(run.report.relationships).toEqual({ created: 0, updated: 0, unchanged: 88 });
      expect(run.change).toBeUndefined();
      expect((await store.listChanges({}, { first: 10 })).totalCount).toBe(1);
    });

    it('an import that adds to what the graph has updates it: sources add up', async () => {
      const edited = EXAMPLE_FILES[0]!;
      const text = `kind,name,key,country,source,quote\nFoundation,ACRI,acri,IT,source:anci-profile,ACRI is the association of Italian banking foundations\n`;
      const run = await runImport(store, [{ path: 'acri.csv', text }], {
        dryRun: false,
        by: 'cli:test',
      });
      expect(run.report.nodes).toEqual({ created: 1, updated: 1, unchanged: 0 });
      expect(run.report.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
      const [acri] = await store.getNodes(['acri']);
      expect(acri?.sources.map((s) => s.note)).toEqual([
        `${edited.split('/').pop()}:6`,
        'acri.csv:2',
      ]);
    });
  });
}
