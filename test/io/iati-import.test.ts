import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFiles, runImport } from '../../src/ingest/import/import-files.js';
import { planImport } from '../../src/ingest/import/import-plan.js';
import { FIXTURES, filesAt, referenceStore } from './io-fixtures.js';

const V1 = resolve(FIXTURES, 'iati/activities-1.03.xml');
const V2 = resolve(FIXTURES, 'iati/activities-2.03.xml');
const A1 = 'project:iati:AA-AAA-123456789-ABC123';
const A2 = 'project:iati:AA-AAA-123456789-ABC124';
const B1 = 'project:iati:AA-AAA-123456789-DEF001';
const B2 = 'project:iati:AA-AAA-123456789-DEF002';

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
    expect(p.report.relationships).toEqual({ created: 12, updated: 0, unchanged: 0 });
    expect(p.report.rejected).toEqual([
      {
        file: 'activities-1.03.xml',
        line: 30,
        reason: 'participating-org role "Donor" is not on the OrganisationRole codelist',
      },
      {
        file: 'activities-1.03.xml',
        line: 33,
        reason: 'recipient-region 998 (vocabulary 1) has no region in the graph',
      },
    ]);
    const nodes = new Map(p.changes.putNodes.map((n) => [n.key, n]));
    expect([...nodes.keys()].filter((k) => k.startsWith('project:')).sort()).toEqual([A1, A2]);
    const first = nodes.get(A1)!;
    expect(first.name).toBe('Support to decentralisation in Burkina Faso');
    expect(first.description).toBe('Training of municipal staff in registry and budget services.');
    expect(first.props).toEqual({
      iatiIdentifier: 'AA-AAA-123456789-ABC123',
      projectType: 'PROJECT',
      reportingOrg: 'Agency A',
      reportingOrgRef: 'AA-AAA-123456789',
      startPlanned: '2012-04-15',
      startActual: '2012-04-28',
      endPlanned: '2015-12-31',
      startYear: 2012,
      endYear: 2015,
      status: 'ONGOING',
      iatiActivityStatus: 'Implementation',
      sectors: ['15112'],
    });
    expect(first.sources).toEqual([
      { source: 'source:iati:AA-AAA-123456789-ABC123', note: 'activities-1.03.xml:6' },
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
      ['iati-org:AA-AAA-123456789', 'CivilSociety', 'Agency A'],
      ['iati-org:BB-BBB-123456789', 'InternationalOrganization', 'Agency B'],
      ['iati-org:CC-CCC-123456789', 'Government', 'Agency C'],
      ['iati-org:example-municipality', 'Municipality', 'Example Municipality'],
    ]);
    const roles = p.changes.putEdges
      .filter((e) => e.type === 'PARTICIPATES_IN')
      .map((e) => [e.from, e.to, e.props.role, e.props.iatiRole])
      .sort();
    expect(roles).toEqual([
      ['iati-org:AA-AAA-123456789', A1, 'IMPLEMENTER', 'Implementing'],
      ['iati-org:BB-BBB-123456789', A1, 'FUNDER', 'Funding'],
      ['iati-org:BB-BBB-123456789', A2, 'FUNDER', 'Funding'],
      ['iati-org:CC-CCC-123456789', A1, 'FUNDER', 'Extending'],
      ['iati-org:CC-CCC-123456789', A1, 'LEAD', 'Accountable'],
      ['iati-org:example-municipality', A2, 'IMPLEMENTER', 'Implementing'],
    ]);
    const links = p.changes.putEdges
      .filter((e) => e.type !== 'PARTICIPATES_IN')
      .map((e) => e.key)
      .sort();
    expect(links).toEqual([
      `ADDRESSES:${A1}->theme:governance`,
      `ADDRESSES:${A2}->theme:migration`,
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
    expect(p.report.nodes).toEqual({ created: 9, updated: 0, unchanged: 0 });
    expect(p.report.relationships).toEqual({ created: 14, updated: 0, unchanged: 0 });
    expect(p.report.rejected).toEqual([
      {
        file: 'activities-2.03.xml',
        line: 56,
        reason: 'participating-org type "99" is not on the OrganisationType codelist',
      },
      {
        file: 'activities-2.03.xml',
        line: 62,
        reason: `TARGETS ${B2} -> country:XK: no node country:XK in the graph or the import`,
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
      reportingOrg: 'Agency A',
      reportingOrgRef: 'AA-AAA-123456789',
      startPlanned: '2021-01-01',
      startActual: '2021-03-01',
      endPlanned: '2024-12-31',
      startYear: 2021,
      endYear: 2024,
      status: 'ONGOING',
      iatiActivityStatus: 'Implementation',
      sectors: ['43030', '15220'],
    });
    expect(nodes.get(B2)!.props).toMatchObject({ status: 'PLANNED', startYear: 2025 });
    expect(nodes.get('iati-org:XI-IATI-EXAMPLE')?.type).toBe('Foundation');
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
      [`PARTICIPATES_IN:iati-org:BB-BBB-123456789->${B1}#funding`, 'FUNDER', 'Funding'],
      [`PARTICIPATES_IN:iati-org:CC-CCC-123456789->${B1}#accountable`, 'LEAD', 'Accountable'],
      [`PARTICIPATES_IN:iati-org:CC-CCC-123456789->${B1}#extending`, 'FUNDER', 'Extending'],
      [`PARTICIPATES_IN:iati-org:XI-IATI-EXAMPLE->${B2}#funding`, 'FUNDER', 'Funding'],
      [
        `PARTICIPATES_IN:iati-org:example-municipality->${B1}#implementing`,
        'IMPLEMENTER',
        'Implementing',
      ],
    ]);
    const links = p.changes.putEdges
      .filter((e) => e.type !== 'PARTICIPATES_IN')
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
      `TARGETS:${B2}->region:m49-002`,
    ]);
  });

  it('both generations in one run share their organisations, and a re-run changes nothing', async () => {
    const store = await referenceStore();
    const files = await filesAt([V1, V2]);
    const first = await runImport(store, files, { dryRun: false, by: 'cli:test' });
    // 9 + 9 nodes, less Agency B, Agency C and Example Municipality counted once.
    expect(first.report.nodes).toEqual({ created: 15, updated: 0, unchanged: 0 });
    expect(first.report.relationships).toEqual({ created: 26, updated: 0, unchanged: 0 });
    expect(first.change?.operation).toBe('import:iati');
    const [agencyC] = await store.getNodes(['iati-org:CC-CCC-123456789']);
    expect(agencyC?.sources.map((s) => s.source)).toEqual([
      'source:iati:AA-AAA-123456789-ABC123',
      'source:iati:AA-AAA-123456789-DEF001',
    ]);
    const again = await runImport(store, files, { dryRun: false, by: 'cli:test' });
    expect(again.report.nodes).toEqual({ created: 0, updated: 0, unchanged: 15 });
    expect(again.report.relationships).toEqual({ created: 0, updated: 0, unchanged: 26 });
    expect(again.change).toBeUndefined();
  });

  it('reads dates with a time zone, refuses impossible ones', () => {
    const xml = [
      '<iati-activities version="2.03">',
      '  <iati-activity>',
      '    <iati-identifier>AA-AAA-123456789-X1</iati-identifier>',
      '    <activity-date iso-date="2012-04-15Z" type="1"/>',
      '    <activity-date iso-date="2012-02-30" type="3"/>',
      '  </iati-activity>',
      '</iati-activities>',
    ].join('\n');
    const { batch } = readImportFiles([{ path: 'dates.xml', text: xml }]);
    expect(batch.nodes.get('project:iati:AA-AAA-123456789-X1')?.node.props).toMatchObject({
      startPlanned: '2012-04-15',
      startYear: 2012,
    });
    expect(batch.rejected).toEqual([
      {
        file: 'dates.xml',
        line: 5,
        reason:
          'activity-date end-planned "2012-02-30" must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });

  it('refuses a file that is not well-formed XML, at the line of the fault', () => {
    const { batch } = readImportFiles([
      {
        path: 'broken.xml',
        text: '<iati-activities version="2.03">\n<iati-activity>\n</iati-activities>',
      },
    ]);
    expect(batch.rejected).toHaveLength(1);
    expect(batch.rejected[0]).toMatchObject({ file: 'broken.xml', line: 3 });
    expect(batch.rejected[0]!.reason).toMatch(/^not well-formed XML/);
  });
});
