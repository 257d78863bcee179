/**
 * The IATI reading rules, each on a small file made here for it: dates, malformed XML, unknown
 * versions, character references, long bad values, money, locations, known identifiers and
 * organisation kinds. The hand-written fixtures are in iati-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readImportFiles, runImport } from '../../src/ingest/import/import-files.js';
import { planImport } from '../../src/ingest/import/import-plan.js';
import { filesAt, IATI_ACTIVITIES_2_03 as V2, referenceStore, seededStore } from './io-fixtures.js';

/** A one-activity 2.03 file around the given elements. */
function activityFile(body: string, attributes = 'version="2.03"'): string {
  return [
    `<iati-activities ${attributes}>`,
    '  <iati-activity xml:lang="en" default-currency="EUR">',
    '    <iati-identifier>AA-AAA-123456789-T1</iati-identifier>',
    '    <title><narrative>A test activity</narrative></title>',
    body,
    '  </iati-activity>',
    '</iati-activities>',
  ].join('\n');
}

describe('IATI reading rules', () => {
  it('reads dates with a time zone, refuses impossible ones', () => {
    const xml = activityFile(
      [
        '    <activity-date iso-date="2012-04-15Z" type="1"/>',
        '    <activity-date iso-date="2012-02-30" type="3"/>',
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'dates.xml', text: xml }]);
    expect(batch.nodes.get('project:iati:AA-AAA-123456789-T1')?.node.props).toMatchObject({
      startPlanned: '2012-04-15',
      startYear: 2012,
    });
    expect(batch.rejected).toEqual([
      {
        file: 'dates.xml',
        line: 6,
        reason:
          'activity-date end-planned "2012-02-30" must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });

  it('refuses a file that is not well-formed XML at the line of the fault, and the run applies nothing', async () => {
    const broken = {
      path: 'broken.xml',
      text: '<iati-activities version="2.03">\n<iati-activity>\n</iati-activities>',
    };
    const read = readImportFiles([broken]);
    expect(read.refused).toHaveLength(1);
    expect(read.refused[0]).toMatchObject({ file: 'broken.xml', line: 3 });
    expect(read.refused[0]!.reason).toMatch(/^not well-formed XML/);
    const store = await referenceStore();
    const before = await store.counts();
    const run = await runImport(store, [...(await filesAt([V2])), broken], {
      dryRun: false,
      by: 'cli:test',
    });
    expect(run.report.nodes.created).toBe(10);
    expect(run.refused.map((r) => r.file)).toEqual(['broken.xml']);
    expect(run.change).toBeUndefined();
    expect(await store.counts()).toEqual(before);
    const notIati = readImportFiles([{ path: 'other.xml', text: '<feed>\n</feed>' }]);
    expect(notIati.refused).toEqual([
      {
        file: 'other.xml',
        line: 1,
        reason: 'no iati-activities element: not an IATI activity file',
      },
    ]);
  });

  it('warns of a version it does not know, and reads the file', () => {
    const { batch, files } = readImportFiles([
      { path: 'v9.xml', text: activityFile('', 'version="9.99"') },
    ]);
    expect(files[0]!.kind).toBe('IATI 9.99');
    expect(batch.warnings).toEqual([
      {
        file: 'v9.xml',
        line: 1,
        reason:
          'IATI version "9.99" is not one this importer knows (1.01, 1.02, 1.03, 1.04, 1.05, 2.01, 2.02, 2.03): read as 2.0x',
      },
    ]);
    expect(batch.nodes.has('project:iati:AA-AAA-123456789-T1')).toBe(true);
  });

  it('decodes character references and keeps narratives with their language', () => {
    const xml = activityFile(
      [
        '    <description><narrative xml:lang="fr">C&#244;te d&#x2019;Ivoire &amp; Mali</narrative></description>',
        '    <participating-org role="4" ref="ZZ-ZZZ-1" xml:lang="fr"><narrative>Union des villes de C&#244;te d&#8217;Ivoire</narrative></participating-org>',
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'refs.xml', text: xml }]);
    const project = batch.nodes.get('project:iati:AA-AAA-123456789-T1')!.node;
    expect(project.description).toBe('Côte d’Ivoire & Mali');
    expect(project.props.descriptionLang).toBe('fr');
    const org = batch.nodes.get('iati-org:ZZ-ZZZ-1:union-des-villes-de-cote-d-ivoire')!.node;
    expect(org).toMatchObject({
      name: 'Union des villes de Côte d’Ivoire',
      type: 'Organization',
      props: { iatiRef: 'ZZ-ZZZ-1', nameLang: 'fr' },
    });
  });

  it('quotes at most a short prefix of a bad value', () => {
    const huge = 'x'.repeat(5_000_000);
    const long = '9'.repeat(100_000);
    const xml = activityFile(
      [
        `    <recipient-country code="${huge}"/>`,
        `    <transaction><transaction-type code="3"/><value currency="EUR" value-date="2020-01-01">${long}.5.5</value></transaction>`,
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'huge.xml', text: xml }]);
    const reasons = batch.rejected.map((r) => r.reason);
    expect(reasons).toEqual([
      `recipient-country "${'x'.repeat(40)}…" (5,000,000 characters) must be an ISO 3166 alpha-2 code (IT) or country:IT`,
      `transaction value "${'9'.repeat(40)}…" (100,004 characters) is not a decimal number`,
    ]);
    for (const reason of reasons) expect(reason.length).toBeLessThan(200);
  });

  it('reads transactions, budgets and planned disbursements, and refuses what it cannot read', () => {
    const xml = activityFile(
      [
        '    <transaction ref="T-1"><transaction-type code="2"/><transaction-date iso-date="2020-03-04"/><value currency="ITL" value-date="2020-03-04">1936270</value>',
        '      <provider-org ref="ZZ-ZZZ-1"><narrative>Province of Nowhere</narrative></provider-org><receiver-org><narrative>Village association</narrative></receiver-org><aid-type code="C01"/></transaction>',
        '    <transaction><transaction-type code="99"/><value>10</value></transaction>',
        '    <transaction><transaction-type code="3"/><value value-date="2020-01-01">1,500</value></transaction>',
        '    <transaction><transaction-type code="3"/><value currency="euro">10</value></transaction>',
        '    <budget type="2" status="2"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">0.10</value></budget>',
        '    <planned-disbursement type="1"><period-start iso-date="2021-01-01"/><value currency="USD" value-date="2021-01-01">5</value><provider-org ref="ZZ-ZZZ-1"><narrative>Province of Nowhere</narrative></provider-org></planned-disbursement>',
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'money.xml', text: xml }]);
    const node = (key: string) => batch.nodes.get(key)?.node;
    expect(node('transaction:iati:AA-AAA-123456789-T1:1')).toMatchObject({
      type: 'Transaction',
      name: 'Outgoing Commitment 1936270 ITL, 2020-03-04',
      props: {
        kind: 'COMMITMENT',
        value: '1936270',
        currency: 'ITL',
        valueDate: '2020-03-04',
        date: '2020-03-04',
        ref: 'T-1',
        aidType: 'C01',
        providerName: 'Province of Nowhere',
        providerRef: 'ZZ-ZZZ-1',
        receiverName: 'Village association',
      },
    });
    expect(node('budget:iati:AA-AAA-123456789-T1:1')?.props).toEqual({
      value: '0.1',
      currency: 'EUR',
      valueDate: '2020-01-01',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      budgetType: 'REVISED',
      budgetStatus: 'COMMITTED',
    });
    expect(node('planned-disbursement:iati:AA-AAA-123456789-T1:1')?.props).toMatchObject({
      value: '5',
      currency: 'USD',
      budgetType: 'ORIGINAL',
    });
    const edgeKeys = [...batch.edges.keys()];
    expect(edgeKeys).toEqual(
      expect.arrayContaining([
        'FOR_PROJECT:transaction:iati:AA-AAA-123456789-T1:1->project:iati:AA-AAA-123456789-T1',
        'PROVIDES:iati-org:ZZ-ZZZ-1:province-of-nowhere->transaction:iati:AA-AAA-123456789-T1:1',
        'RECEIVES:iati-org:village-association->transaction:iati:AA-AAA-123456789-T1:1',
        'FOR_PROJECT:budget:iati:AA-AAA-123456789-T1:1->project:iati:AA-AAA-123456789-T1',
        'PROVIDES:iati-org:ZZ-ZZZ-1:province-of-nowhere->planned-disbursement:iati:AA-AAA-123456789-T1:1',
      ]),
    );
    expect(batch.rejected.map((r) => [r.line, r.reason])).toEqual([
      [7, 'transaction-type "99" is not on the TransactionType codelist'],
      [8, 'transaction value "1,500" is not a decimal number'],
      [9, 'transaction currency "euro" is not an ISO 4217 code'],
    ]);
    expect(batch.elements.get('transaction')).toEqual({
      taken: 1,
      skipped: { 'transaction-type not on the codelist': 1, 'value unreadable': 2 },
    });
  });

  it('places locations (a point or an administrative area) and keeps other sector vocabularies', () => {
    const xml = activityFile(
      [
        '    <location ref="L1"><name><narrative>Sfax</narrative></name><point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos>34.74 10.76</pos></point><feature-designation code="PPLA"/></location>',
        '    <location><administrative vocabulary="G1" level="1" code="2464461"/></location>',
        '    <location><point><pos>134.7 10.76</pos></point></location>',
        '    <sector vocabulary="99" code="3"><narrative>Life and Security</narrative></sector>',
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'places.xml', text: xml }]);
    expect(batch.nodes.get('location:iati:AA-AAA-123456789-T1:1')?.node).toMatchObject({
      type: 'Location',
      name: 'Sfax',
      props: { lat: 34.74, lon: 10.76, featureDesignation: 'PPLA' },
    });
    expect(batch.nodes.get('location:iati:AA-AAA-123456789-T1:2')?.node).toMatchObject({
      name: 'Location 2 of AA-AAA-123456789-T1',
      props: { administrative: ['vocabulary G1 level 1 2464461'] },
    });
    expect(batch.rejected.map((r) => r.reason)).toEqual([
      'location coordinates "134.7 10.76" are not a latitude and a longitude',
    ]);
    expect(
      batch.edges.has(
        'TARGETS:project:iati:AA-AAA-123456789-T1->location:iati:AA-AAA-123456789-T1:1',
      ),
    ).toBe(true);
    expect(batch.nodes.get('project:iati:AA-AAA-123456789-T1')?.node.props.otherSectors).toEqual([
      'vocabulary 99: 3 Life and Security',
    ]);
  });

  it('matches a known identifier to the actor the seeds have, and stands in for it otherwise', async () => {
    const xml = activityFile(
      '    <participating-org ref="XM-DAC-41114" role="4" type="40"><narrative>UNDP</narrative></participating-org>',
    );
    const files = [{ path: 'undp.xml', text: xml }];
    const seeded = await planImport(readImportFiles(files).batch, await seededStore());
    expect(seeded.changes.putNodes.map((n) => n.key)).not.toContain('undp');
    expect(seeded.changes.putEdges.map((e) => e.key)).toContain(
      'PARTICIPATES_IN:undp->project:iati:AA-AAA-123456789-T1#implementing',
    );
    const reference = await planImport(readImportFiles(files).batch, await referenceStore());
    expect(reference.changes.putNodes.find((n) => n.key === 'undp')).toMatchObject({
      type: 'InternationalOrganization',
      name: 'United Nations Development Programme',
      props: { iatiRef: 'XM-DAC-41114' },
    });
  });

  it('gives an organisation of unknown kind the kind another mention states', () => {
    const xml = activityFile(
      [
        '    <participating-org ref="ZZ-ZZZ-1" role="4" type="22"><narrative>Village association</narrative></participating-org>',
        '    <transaction><transaction-type code="3"/><value value-date="2020-01-01">10</value><receiver-org ref="ZZ-ZZZ-1"><narrative>Village association</narrative></receiver-org></transaction>',
      ].join('\n'),
    );
    const { batch } = readImportFiles([{ path: 'kinds.xml', text: xml }]);
    expect(batch.nodes.get('iati-org:ZZ-ZZZ-1:village-association')?.node.type).toBe(
      'CivilSociety',
    );
    expect(batch.rejected).toEqual([]);
  });
});
