/**
 * Real IATI files (test/fixtures/iati/SOURCES.md): four publishers, both generations of the
 * standard, imported whole. Counts and sums are checked against literal values and against a
 * count made from the XML text apart from the importer (xml-count.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../src/domain/graph-records.js';
import { addAmounts } from '../../src/domain/money.js';
import type { ImportRun } from '../../src/ingest/import/import-files.js';
import { exchangeRateFile } from '../../src/app/money/exchange-rate-file.js';
import type { MemoryStore } from '../../src/store/memory/memory-store.js';
import { MoneyNodeDocument } from '../generated/graphql.js';
import { apiFor } from '../support/api.js';
import { REAL_IATI_FILES, importRealIatiFiles, seededStore } from './io-fixtures.js';
import { activitiesOf, elementsNamed, transactionSums } from './xml-count.js';

const name = (path: string) => path.split('/').pop()!;

/** What each file holds, as counted by hand from the files (and again by xml-count.ts below). */
const EXPECTED: Record<
  string,
  {
    version: string;
    publisher: string;
    activities: number;
    participants: number;
    transactions: Record<string, { count: number; sum: string }>;
  }
> = {
  'iati-dfid-albania.xml': {
    version: 'IATI 2.01',
    publisher: 'GB-GOV-1',
    activities: 8,
    participants: 21,
    transactions: {
      'COMMITMENT GBP': { count: 5, sum: '2142416' },
      'EXPENDITURE GBP': { count: 36, sum: '2142416' },
    },
  },
  'tearfund-drc-1.0x.xml': {
    version: 'IATI 1.0x',
    publisher: 'GB-CHC-265464',
    activities: 1,
    participants: 5,
    transactions: {
      'DISBURSEMENT GBP': { count: 6, sum: '1004269' },
      'EXPENDITURE GBP': { count: 2, sum: '100436' },
      'INCOMING_FUNDS GBP': { count: 4, sum: '1104704' },
    },
  },
  'worldvision-uk-drc-1.0x.xml': {
    version: 'IATI 1.0x',
    publisher: 'GB-CHC-285908',
    activities: 3,
    participants: 9,
    transactions: {
      'COMMITMENT GBP': { count: 3, sum: '424117' },
      'DISBURSEMENT GBP': { count: 7, sum: '361691' },
    },
  },
  'maec-spain-indonesia-2.01.xml': {
    version: 'IATI 2.01',
    publisher: 'ES-DIR3-E04585801',
    activities: 4,
    participants: 16,
    transactions: {
      'COMMITMENT EUR': { count: 4, sum: '15450' },
      'DISBURSEMENT EUR': { count: 4, sum: '27810' },
    },
  },
};

describe('real IATI files from four publishers, 1.0x and 2.0x', () => {
  let store: MemoryStore;
  let run: ImportRun;
  let nodes: GraphNode[];
  let edges: GraphEdge[];
  const fileOf = (item: GraphNode | GraphEdge) => item.sources[0]?.note?.split(':')[0];

  beforeAll(async () => {
    store = await seededStore();
    run = await importRealIatiFiles(store);
    nodes = run.plan.changes.putNodes;
    edges = run.plan.changes.putEdges;
  });

  it('are read whole, as one change, and a second run changes nothing', async () => {
    expect(run.refused).toEqual([]);
    expect(run.files.map((f) => [f.file, f.kind])).toEqual(
      REAL_IATI_FILES.map((path) => [name(path), EXPECTED[name(path)]!.version]),
    );
    expect(run.report.rejected).toEqual([]);
    expect(run.change?.operation).toBe('import:iati');
    const again = await importRealIatiFiles(store);
    expect(again.report.nodes.created + again.report.nodes.updated).toBe(0);
    expect(again.report.relationships.created + again.report.relationships.updated).toBe(0);
    expect(again.change).toBeUndefined();
  });

  it('have the activities, participants and publishers counted from the XML', () => {
    for (const path of REAL_IATI_FILES) {
      const file = name(path);
      const xml = readFileSync(path, 'utf8');
      const expected = EXPECTED[file]!;
      expect(activitiesOf(xml)).toHaveLength(expected.activities);
      const projects = nodes.filter((n) => n.type === 'Project' && fileOf(n) === file);
      expect(projects, file).toHaveLength(expected.activities);
      expect(elementsNamed(xml, 'participating-org'), file).toHaveLength(expected.participants);
      const activitySources = nodes.filter(
        (n) => n.key.startsWith('source:iati:') && fileOf(n) === file,
      );
      expect(new Set(activitySources.map((n) => n.props.publisherRef))).toEqual(
        new Set([expected.publisher]),
      );
    }
    // Every participating-org of the four files is taken or skipped with a reason.
    const participants = run.report.elements['participating-org']!;
    const total = Object.values(EXPECTED).reduce((n, e) => n + e.participants, 0);
    expect(
      participants.taken + Object.values(participants.skipped).reduce((a, b) => a + b, 0),
    ).toBe(total);
    expect(participants.skipped).toEqual({
      'an OECD DAC channel category, not an organisation': 4,
    });
    expect(run.report.elements['iati-activity']).toEqual({ taken: 16, skipped: {} });
    expect(run.report.elements.transaction).toEqual({ taken: 71, skipped: {} });
    expect(run.report.elements.result).toBeUndefined();
    expect(run.report.elements['contact-info']).toEqual({
      taken: 0,
      skipped: { 'not read: no place for it in the graph': 8 },
    });
  });

  it('have their transactions by kind and their sums per currency, exact', () => {
    for (const path of REAL_IATI_FILES) {
      const file = name(path);
      const counted = transactionSums(readFileSync(path, 'utf8'));
      expect(counted, file).toEqual(EXPECTED[file]!.transactions);
      const imported = new Map<string, string[]>();
      for (const n of nodes.filter((n) => n.type === 'Transaction' && fileOf(n) === file)) {
        const id = `${String(n.props.kind)} ${String(n.props.currency)}`;
        imported.set(id, [...(imported.get(id) ?? []), String(n.props.value)]);
      }
      expect(
        Object.fromEntries(
          [...imported]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([id, values]) => [id, { count: values.length, sum: addAmounts(values) }]),
        ),
        file,
      ).toEqual(counted);
    }
    expect(nodes.filter((n) => n.type === 'Budget')).toHaveLength(31);
    expect(nodes.filter((n) => n.type === 'PlannedDisbursement')).toHaveLength(4);
  });

  it('convert a commitment in EUR with the rate of its month', async () => {
    const rates = readFileSync(exchangeRateFile(), 'utf8');
    const euro201111 = /\n2011-11-01,Euro,([\d.]+)/.exec(rates)![1];
    expect(euro201111).toBe('0.7376');
    const { node } = await apiFor(store).query(MoneyNodeDocument, {
      id: 'transaction:iati:ES-DIR3-E04585801-009-001301:1',
      currency: 'USD',
    });
    expect(node).toMatchObject({
      kind: 'COMMITMENT',
      date: '2011-11-01',
      valueDate: '2011-11-01',
      value: { amount: '15450', currency: 'EUR' },
      project: { id: 'project:iati:ES-DIR3-E04585801-009-001301' },
      // 15450 EUR ÷ 0.7376 EUR per USD (November 2011), to the cent.
      converted: {
        currency: 'USD',
        amount: '20946.31',
        notConvertedBecause: null,
        rates: [{ currency: 'EUR', perUsd: euro201111, month: '2011-11' }],
        fixedRate: null,
      },
    });
  });

  it('identify organisations by identifier and name: placeholders ignored, one ref under two names kept apart', () => {
    const warnings = run.report.warnings.map((w) => `${w.file}:${w.line}: ${w.reason}`);
    expect(warnings).toEqual([
      'iati-dfid-albania.xml:3: ref GB-GOV-1 names 2 organisations, kept apart: "Department for International Development" (iati-org:GB-GOV-1:department-for-international-development), "DFID" (iati-org:GB-GOV-1:dfid)',
      'iati-dfid-albania.xml:12: participating-org ref "GB" is not an organisation identifier (a placeholder): ignored, the name identifies it (8 times in the file)',
      'iati-dfid-albania.xml:186: participating-org ref 22000 is an OECD DAC channel category, not an organisation ("Donor country-based NGO"): left out (4 times in the file)',
      'maec-spain-indonesia-2.01.xml:18: participating-org ref "35" is not an organisation identifier (a placeholder): ignored, the name identifies it (8 times in the file)',
      'maec-spain-indonesia-2.01.xml:21: participating-org ref "181" is not an organisation identifier (a placeholder): ignored, the name identifies it (4 times in the file)',
      'tearfund-drc-1.0x.xml:2: iati-activities has no version: read as IATI 1.0x (where the version was optional)',
      'tearfund-drc-1.0x.xml:2: ref GB-CHC-265464 names 2 organisations, kept apart: "Tearfund" (iati-org:GB-CHC-265464:tearfund), "Tearfund UK" (iati-org:GB-CHC-265464:tearfund-uk)',
      'worldvision-uk-drc-1.0x.xml:2: iati-activities has no version: read as IATI 1.0x (where the version was optional)',
    ]);
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    // DFID's former identifier GB-1 is read as GB-GOV-1, kept as written.
    expect(byKey.get('iati-org:GB-GOV-1:dfid')?.props).toMatchObject({
      iatiRef: 'GB-GOV-1',
      iatiRefAsWritten: 'GB-1',
    });
    // A placeholder ref: the name identifies the organisation, in its language.
    expect(byKey.get('iati-org:ccaa-cav-pais-vasco')).toMatchObject({
      type: 'Organization',
      name: 'CCAA CAV - País Vasco',
      props: { nameLang: 'es' },
    });
    // No type given: the kind is unknown, not guessed.
    expect(byKey.get('iati-org:ppssp')?.type).toBe('Organization');
    // A bare DAC channel code is read as its XM-DAC identifier.
    expect(
      byKey.get('iati-org:XM-DAC-44001:international-bank-for-reconstruction-and-development')
        ?.props,
    ).toMatchObject({
      iatiRef: 'XM-DAC-44001',
      iatiRefAsWritten: '44001',
    });
    expect([...byKey.keys()].some((k) => k.includes('donor-country-based-ngo'))).toBe(false);
  });

  it('make the reporting organisation an actor, and keep related activities, locations, documents and markers', () => {
    const keys = new Set(edges.map((e) => e.key));
    expect(keys).toContain(
      'REPORTS_ON:iati-org:GB-GOV-1:department-for-international-development->project:iati:GB-1-109616',
    );
    expect(keys).toContain('PART_OF:project:iati:GB-1-109616-101->project:iati:GB-1-109616');
    expect(
      edges.find(
        (e) => e.key === 'RELATED_TO:project:iati:GB-1-109635-101->project:iati:GB-1-109635-102',
      )?.props,
    ).toEqual({ iatiRelation: 'Sibling' });
    // Parents and children declare each link from both sides: one PART_OF each.
    expect(edges.filter((e) => e.type === 'PART_OF')).toHaveLength(5);
    expect(edges.filter((e) => e.type === 'RELATED_TO')).toHaveLength(4);
    const katanga = nodes.find((n) => n.type === 'Location');
    expect(katanga).toMatchObject({
      key: 'location:iati:GB-CHC-285908-197101:1',
      name: 'Katanga',
      description: 'Province',
      props: { locationType: 'ADM1' },
    });
    expect(keys).toContain(`TARGETS:project:iati:GB-CHC-285908-197101->${katanga!.key}`);
    const documents = nodes.filter((n) => n.type === 'Source' && n.props.kind === 'document');
    // Tearfund's two documents and World Vision UK's one, linked from three activities.
    expect(documents.map((d) => d.name).sort()).toEqual([
      'GB-CHC-265464-ZAI00598-0_GPAF DRC_Logical framework',
      'GB-CHC-265464-ZAI00598-0_GPAF DRC_Proposal',
      'PPA MoU between DFID and World Vision UK, PPA Programme Logframe, World Vision UK PPA Proposal, PPA Annual Self Assessment Review.',
    ]);
    const project = nodes.find((n) => n.key === 'project:iati:GB-1-109636-102')!;
    expect(project.props.policyMarkers).toContain(
      '3 Participatory Development/Good Governance: 2 principal objective',
    );
    expect(project.props.sectors).toEqual(['15160', '15150']);
  });

  it('quote, for every fact, the element or narrative it came from; character references decoded', () => {
    const imported = [...nodes, ...edges].filter((item) => !item.key.startsWith('source:import:'));
    const unquoted = imported.filter(
      (item) => !item.sources.some((s) => typeof s.quote === 'string' && s.quote.length > 0),
    );
    expect(unquoted.map((i) => i.key)).toEqual([]);
    const transaction = nodes.find((n) => n.key === 'transaction:iati:GB-CHC-265464-ZAI00598-0:3')!;
    expect(transaction.sources[0]!.quote).toMatch(/^<transaction><transaction-type code="D"\/>/);
    // &#13; in the file is a carriage return, not the five characters.
    expect(
      JSON.stringify([...nodes.map((n) => [n.name, n.description]), ...edges.map((e) => e.props)]),
    ).not.toContain('&#13;');
    expect(transaction.description).toBe(
      'Expenditure for January to September 2012 - aggregated for: - Capital expenditure - Project Activities - Staff costs - Other admin costs - Monitoring, evaluation and lesson learning',
    );
  });
});
