import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFiles, runImport } from '../../src/ingest/import/import-files.js';
import { planImport } from '../../src/ingest/import/import-plan.js';
import type { MemoryStore } from '../../src/store/memory/memory-store.js';
import { EXAMPLE_FILES, FIXTURES, filesAt, referenceStore } from './io-fixtures.js';

describe('CSV import of the example files', () => {
  let store: MemoryStore;
  beforeAll(async () => {
    store = await referenceStore();
  });

  it('reads each file as its table', async () => {
    const { files, batch } = readImportFiles(await filesAt(EXAMPLE_FILES));
    expect(files.map((f) => [f.file, f.kind, f.source])).toEqual([
      ['actors.csv', 'actors', 'source:import:actors-csv'],
      ['memberships.csv', 'memberships', 'source:import:memberships-csv'],
      ['agreements.csv', 'agreements', 'source:import:agreements-csv'],
      ['projects.csv', 'projects', 'source:import:projects-csv'],
      ['twinnings.csv', 'twinnings', 'source:import:twinnings-csv'],
    ]);
    expect(batch.rejected).toEqual([]);
  });

  it('creates the actors, agreements, projects and their relationships, with provenance', async () => {
    const run = await runImport(store, await filesAt(EXAMPLE_FILES), {
      dryRun: false,
      by: 'cli:test',
    });
    // 17 actors, 5 agreements, 4 projects and one Source per file.
    expect(run.report.nodes).toEqual({ created: 31, updated: 0, unchanged: 0 });
    // actors: 16 LOCATED_IN + 3 FOCUSES_ON; memberships: 4; agreements: 10 PARTY_TO + 1 ADDRESSES
    // + 1 ALIGNS_WITH; projects: 3 PART_OF + 8 PARTICIPATES_IN + 4 TARGETS + 3 ADDRESSES
    // + 1 ALIGNS_WITH; twinnings: 3.
    expect(run.report.relationships).toEqual({ created: 57, updated: 0, unchanged: 0 });
    expect(run.report.rejected).toEqual([]);
    expect(run.change?.operation).toBe('import:csv');
    expect(run.change?.by).toBe('cli:test');

    const [fund, florence] = await store.getNodes([
      'project:matching-fund-burkina-faso',
      'istat:048017',
    ]);
    expect(fund?.type).toBe('Project');
    expect(fund?.props).toEqual({ projectType: 'PROJECT' });
    expect(fund?.sources).toEqual([
      {
        source: 'source:anci-profile',
        quote: 'in collaboration with the Association of Municipalities of Burkina Faso (AMBF)',
        note: 'projects.csv:5',
      },
    ]);
    expect(florence?.aliases).toEqual(['Florence']);
    const [funder, twin, membership] = await store.getRelationships([
      'PARTICIPATES_IN:acri->project:matching-fund-burkina-faso',
      'TWINNED_WITH:istat:048017->wd:Q1731',
      'MEMBER_OF:istat:065100->cittaslow',
    ]);
    expect(funder?.props).toEqual({ role: 'FUNDER' });
    // Given as Dresden–Florence, stored once with the ends in key order.
    expect(twin?.from).toBe('istat:048017');
    expect(twin?.sources).toEqual([
      { source: 'source:wikidata-twinnings', note: 'twinnings.csv:4' },
    ]);
    expect(membership?.props).toEqual({ role: 'FOUNDER', since: 1999 });
    const [fileSource] = await store.getNodes(['source:import:projects-csv']);
    expect(fileSource?.props).toEqual({ kind: 'IMPORT', format: 'csv', file: 'projects.csv' });
  });

  it('a second run changes nothing and records nothing', async () => {
    const before = (await store.listChanges({}, { first: 100 })).totalCount;
    const run = await runImport(store, await filesAt(EXAMPLE_FILES), {
      dryRun: false,
      by: 'cli:test',
    });
    expect(run.report.nodes).toEqual({ created: 0, updated: 0, unchanged: 31 });
    expect(run.report.relationships).toEqual({ created: 0, updated: 0, unchanged: 57 });
    expect(run.change).toBeUndefined();
    expect((await store.listChanges({}, { first: 100 })).totalCount).toBe(before);
  });
});

describe('CSV rows that cannot be imported', () => {
  it('are reported with their file, line and reason; the good rows go in', async () => {
    const store = await referenceStore();
    // anci must exist for the projects' participants: the actors example gives it.
    const paths = [
      resolve(FIXTURES, 'csv/bad-projects.csv'),
      resolve(FIXTURES, 'csv/bad-header.csv'),
      EXAMPLE_FILES[0]!,
    ];
    const { batch } = readImportFiles(await filesAt(paths));
    const plan = await planImport(batch, store);
    expect(plan.report.rejected).toEqual([
      {
        file: 'bad-header.csv',
        line: 1,
        reason: 'unknown column for the actors table: contry',
      },
      {
        file: 'bad-projects.csv',
        line: 3,
        reason:
          'participants role "BOSS" must be one of LEAD, PARTNER, FUNDER, IMPLEMENTER, BENEFICIARY',
      },
      {
        file: 'bad-projects.csv',
        line: 4,
        reason: 'start "2019-13-01" must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        file: 'bad-projects.csv',
        line: 5,
        reason: 'sdgs "18" must be an SDG goal (1–17) or target (11.3)',
      },
      {
        file: 'bad-projects.csv',
        line: 6,
        reason:
          'TARGETS project:unknown-country -> country:XX: no node country:XX in the graph or the import',
      },
      {
        file: 'bad-projects.csv',
        line: 7,
        reason:
          'PARTICIPATES_IN nobody -> project:unknown-partner: no node nobody in the graph or the import',
      },
      { file: 'bad-projects.csv', line: 8, reason: 'name is empty' },
      { file: 'bad-projects.csv', line: 9, reason: '3 cells where the header has 8' },
      { file: 'bad-projects.csv', line: 10, reason: 'end "2017" is before start "2018"' },
    ]);
    // Projects good-one, unknown-country, unknown-partner; 17 actors; the two readable files' Sources.
    expect(plan.report.nodes.created).toBe(22);
    const good = plan.changes.putNodes.find((n) => n.key === 'project:good-one');
    expect(good?.props).toEqual({
      startYear: 2019,
      endYear: 2021,
      endDate: '2021-06',
      status: 'ONGOING',
    });
    expect(plan.changes.putEdges.map((e) => e.key).filter((k) => k.includes('good-one'))).toEqual([
      'PARTICIPATES_IN:anci->project:good-one',
      'TARGETS:project:good-one->country:IT',
      'ADDRESSES:project:good-one->sdg:11.3',
    ]);
  });
});
