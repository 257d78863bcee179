/**
 * The IATI reader on the hand-written fixtures (test/fixtures/iati/activities-*.xml, written from
 * the standard's reference pages): what each generation's activities become, and both imported
 * together. The reading rules, on small files made for one rule each, are in
 * iati-reading-rules.test.ts; the real publishers' files are in iati-real-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readImportFiles, runImport } from '../../src/ingest/import/import-files.js';
import { planImport } from '../../src/ingest/import/import-plan.js';
import {
  filesAt,
  IATI_ACTIVITIES_1_03 as V1,
  IATI_ACTIVITIES_2_03 as V2,
  referenceStore,
} from './io-fixtures.js';

const A1 = 'project:iati:AA-AAA-123456789-ABC123';
const A2 = 'project:iati:AA-AAA-123456789-ABC124';
const B1 = 'project:iati:AA-AAA-123456789-DEF001';
const B2 = 'project:iati:AA-AAA-123456789-DEF002';
const AGENCY_A = 'iati-org:AA-AAA-123456789:agency-a';
const AGENCY_B = 'iati-org:BB-BBB-123456789:agency-b';
const AGENCY_C = 'iati-org:CC-CCC-123456789:agency-c';

async function plan(paths: string[]) {
  const store = await referenceStore();
  const read = readImportFiles(await filesAt(paths));
  return { read, plan: await planImport(read.batch, store), store };
}

describe('IATI 1.03 activities (roles and date types as words)', () => {
  it('become projects, actors with their roles, targets, themes, dates and status', async () => {
    const { read, plan: p } = await plan([V1]);
    expect(read.files).toEqual([
      {
        file: 'activities-1.03.xml',
        format: 'iati',
        kind: 'IATI 1.03',
        source: 'source:import:activities-1-03-xml',
      },
    ]);
    // 2 projects, their 2 activity Sources, the file's Source, 4 organisations.
    expect(p.report.nodes).toEqual({ created: 9, updated: 0, unchanged: 0 });
    // 6 roles, 5 targets and themes, 2 reporting organisations (REPORTS_ON).
    expect(p.report.relationships).toEqual({ created: 14, updated: 0, unchanged: 0 });
    expect(p.report.rejected).toEqual([
      {
        file: 'activities-1.03.xml',
        line: 30,
        reason: 'participating-org role "Donor" is not on the OrganisationRole codelist',
      },
      {
        file: 'activities-1.03.xml',
        line: 33,
        reason: 'recipient-region "998" (vocabulary 1) has no region in the graph',
      },
    ]);
    expect(p.report.warnings).toEqual([]);
    const nodes = new Map(p.changes.putNodes.map((n) => [n.key, n]));
    expect([...nodes.keys()].filter((k) => k.startsWith('project:')).sort()).toEqual([A1, A2]);
    const first = nodes.get(A1)!;
    expect(first.name).toBe('Support to decentralisation in Burkina Faso');
    expect(first.aliases).toEqual(['Appui à la décentralisation au Burkina Faso']);
    expect(first.description).toBe('Training of municipal staff in registry and budget services.');
    expect(first.props).toEqual({
      iatiIdentifier: 'AA-AAA-123456789-ABC123',
      projectType: 'PROJECT',
      defaultCurrency: 'EUR',
      otherTitles: ['fr: Appui à la décentralisation au Burkina Faso'],
      startPlanned: '2012-04-15',
      startActual: '2012-04-28',
      endPlanned: '2015-12-31',
      startYear: 2012,
      endYear: 2015,
      status: 'ONGOING',
      iatiActivityStatus: 'Implementation',
      sectors: ['15112'],
    });
    // Each fact quotes the narrative or element it came from.
    expect(first.sources.slice(0, 3)).toEqual([
      {
        source: 'source:iati:AA-AAA-123456789-ABC123',
        quote: 'Support to decentralisation in Burkina Faso',
        note: 'activities-1.03.xml:9',
      },
      {
        source: 'source:iati:AA-AAA-123456789-ABC123',
        quote: 'Training of municipal staff in registry and budget services.',
        note: 'activities-1.03.xml:11',
      },
      {
        source: 'source:iati:AA-AAA-123456789-ABC123',
        quote: '<activity-date type="start-planned" iso-date="2012-04-15"/>',
        note: 'activities-1.03.xml:19',
      },
    ]);
    expect(nodes.get(A2)!.props).toMatchObject({
      startActual: '2010-01-01',
      endActual: '2012-06-30',
      startYear: 2010,
      endYear: 2012,
      status: 'COMPLETED',
      iatiActivityStatus: 'Closed',
      sectors: ['15190', '11110'],
    });
    expect(
      [...nodes.values()]
        .filter((n) => n.key.startsWith('iati-org:'))
        .map((n) => [n.key, n.type, n.name])
        .sort(),
    ).toEqual([
      [AGENCY_A, 'CivilSociety', 'Agency A'],
      [AGENCY_B, 'InternationalOrganization', 'Agency B'],
      [AGENCY_C, 'Government', 'Agency C'],
      ['iati-org:example-municipality', 'Municipality', 'Example Municipality'],
    ]);
    const roles = p.changes.putEdges
      .filter((e) => e.type === 'PARTICIPATES_IN')
      .map((e) => [e.from, e.to, e.props.role, e.props.iatiRole])
      .sort();
    expect(roles).toEqual([
      [AGENCY_A, A1, 'IMPLEMENTER', 'Implementing'],
      [AGENCY_B, A1, 'FUNDER', 'Funding'],
      [AGENCY_B, A2, 'FUNDER', 'Funding'],
      [AGENCY_C, A1, 'FUNDER', 'Extending'],
      [AGENCY_C, A1, 'LEAD', 'Accountable'],
      ['iati-org:example-municipality', A2, 'IMPLEMENTER', 'Implementing'],
    ]);
    const links = p.changes.putEdges
      .filter((e) => e.type !== 'PARTICIPATES_IN')
      .map((e) => e.key)
      .sort();
    expect(links).toEqual([
      `ADDRESSES:${A1}->theme:governance`,
      `ADDRESSES:${A2}->theme:migration`,
      `REPORTS_ON:${AGENCY_A}->${A1}`,
      `REPORTS_ON:${AGENCY_A}->${A2}`,
      `TARGETS:${A1}->country:BF`,
      `TARGETS:${A1}->region:sub-saharan-africa`,
      `TARGETS:${A2}->country:ML`,
      `TARGETS:${A2}->country:SN`,
    ]);
  });
});

describe('IATI 2.03 activities (role and date codes, narratives, SDG tags)', () => {
  it('become projects with roles, targets, themes and SDG goals and targets', async () => {
    const { plan: p } = await plan([V2]);
    // 2 projects, 2 activity Sources, the file's Source, 5 organisations (Agency A reports).
    expect(p.report.nodes).toEqual({ created: 10, updated: 0, unchanged: 0 });
    // Kosovo (XK) is a country of the graph since the Covenant of Mayors' rows: B2 targets it.
    expect(p.report.relationships).toEqual({ created: 17, updated: 0, unchanged: 0 });
    expect(p.report.rejected).toEqual([
      {
        file: 'activities-2.03.xml',
        line: 56,
        reason: 'participating-org type "99" is not on the OrganisationType codelist',
      },
      {
        file: 'activities-2.03.xml',
        line: 65,
        reason: 'tag (vocabulary 2) "18" must be an SDG goal (1–17) or target (11.3)',
      },
    ]);
    const nodes = new Map(p.changes.putNodes.map((n) => [n.key, n]));
    expect(nodes.get(B1)!.name).toBe('Resilient municipal services in Lebanon');
    expect(nodes.get(B1)!.props).toEqual({
      iatiIdentifier: 'AA-AAA-123456789-DEF001',
      projectType: 'PROJECT',
      defaultCurrency: 'EUR',
      otherTitles: ['fr: Services municipaux résilients au Liban'],
      startPlanned: '2021-01-01',
      startActual: '2021-03-01',
      endPlanned: '2024-12-31',
      startYear: 2021,
      endYear: 2024,
      status: 'ONGOING',
      iatiActivityStatus: 'Implementation',
      sectors: ['43030', '15220'],
      otherTags: ['vocabulary 1: 1 A description of the tag'],
    });
    expect(nodes.get(B2)!.props).toMatchObject({ status: 'PLANNED', startYear: 2025 });
    expect(nodes.get('iati-org:XI-IATI-EXAMPLE:example-foundation')?.type).toBe('Foundation');
    expect(nodes.get('source:iati:AA-AAA-123456789-DEF001')?.props).toEqual({
      kind: 'IATI_ACTIVITY',
      iatiIdentifier: 'AA-AAA-123456789-DEF001',
      iatiVersion: '2.03',
      publisher: 'Agency A',
      publisherRef: 'AA-AAA-123456789',
    });
    const roles = p.changes.putEdges
      .filter((e) => e.type === 'PARTICIPATES_IN')
      .map((e) => [e.key, e.props.role, e.props.iatiRole])
      .sort();
    expect(roles).toEqual([
      [`PARTICIPATES_IN:${AGENCY_B}->${B1}#funding`, 'FUNDER', 'Funding'],
      [`PARTICIPATES_IN:${AGENCY_C}->${B1}#accountable`, 'LEAD', 'Accountable'],
      [`PARTICIPATES_IN:${AGENCY_C}->${B1}#extending`, 'FUNDER', 'Extending'],
      [
        `PARTICIPATES_IN:iati-org:XI-IATI-EXAMPLE:example-foundation->${B2}#funding`,
        'FUNDER',
        'Funding',
      ],
      [
        `PARTICIPATES_IN:iati-org:example-municipality->${B1}#implementing`,
        'IMPLEMENTER',
        'Implementing',
      ],
    ]);
    const links = p.changes.putEdges
      .filter((e) => e.type !== 'PARTICIPATES_IN' && e.type !== 'REPORTS_ON')
      .map((e) => e.key)
      .sort();
    expect(links).toEqual([
      `ADDRESSES:${B1}->sdg:11`,
      `ADDRESSES:${B1}->sdg:11.3`,
      `ADDRESSES:${B1}->theme:peacebuilding`,
      `ADDRESSES:${B1}->theme:sustainable-cities`,
      `ADDRESSES:${B2}->sdg:5.5`,
      `ADDRESSES:${B2}->theme:gender`,
      `TARGETS:${B1}->country:LB`,
      `TARGETS:${B1}->region:middle-east`,
      `TARGETS:${B2}->country:XK`,
      `TARGETS:${B2}->region:m49-002`,
    ]);
  });

  it('both generations in one run share their organisations, and a re-run changes nothing', async () => {
    const store = await referenceStore();
    const files = await filesAt([V1, V2]);
    const first = await runImport(store, files, { dryRun: false, by: 'cli:test' });
    // 9 + 10 nodes, less Agency A, B, C and Example Municipality counted once.
    expect(first.report.nodes).toEqual({ created: 15, updated: 0, unchanged: 0 });
    expect(first.report.relationships).toEqual({ created: 31, updated: 0, unchanged: 0 });
    expect(first.change?.operation).toBe('import:iati');
    const [agencyC] = await store.getNodes([AGENCY_C]);
    // Agency C is named twice in each file (two roles): each mention is a quoted source.
    expect(agencyC?.sources.map((s) => `${s.source} ${s.note}`)).toEqual([
      'source:iati:AA-AAA-123456789-ABC123 activities-1.03.xml:13',
      'source:iati:AA-AAA-123456789-ABC123 activities-1.03.xml:14',
      'source:iati:AA-AAA-123456789-DEF001 activities-2.03.xml:22',
      'source:iati:AA-AAA-123456789-DEF001 activities-2.03.xml:25',
    ]);
    const again = await runImport(store, files, { dryRun: false, by: 'cli:test' });
    expect(again.report.nodes).toEqual({ created: 0, updated: 0, unchanged: 15 });
    expect(again.report.relationships).toEqual({ created: 0, updated: 0, unchanged: 31 });
    expect(again.change).toBeUndefined();
  });
});
