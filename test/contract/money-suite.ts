/**
 * Money on every store: the seeded graph with the four real IATI files imported
 * (test/io/iati-real-files.test.ts checks the import itself), asked the same GraphQL questions
 * with the same answers on the embedded store and on Neo4j. Amounts in euros were checked by a
 * computation apart from the code (the file's rates, Python decimals) where noted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import {
  ActorFundingDocument,
  AggregateDocument,
  FundingAggregateDocument,
  FundingDocument,
  MoneyNodeDocument,
  ProjectMoneyDocument,
} from '../generated/graphql.js';
import { apiFor, type Api } from '../support/api.js';

const DFID = 'iati-org:GB-GOV-1:department-for-international-development';
const WOMENS_LEADERSHIP = 'project:iati:GB-1-109636-102';

export function defineMoneySuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`money on the ${name} store`, () => {
    let store: GraphStore;
    let api: Api;
    beforeAll(async () => {
      store = await makeStore();
      api = apiFor(store);
    });
    afterAll(async () => {
      await store.close();
    });

    it("lists a project's transactions by date, pages them and adds them all up", async () => {
      const { project } = await api.query(ProjectMoneyDocument, {
        id: WOMENS_LEADERSHIP,
        currency: 'EUR',
        first: 3,
      });
      const transactions = project.transactions;
      expect(transactions.totalCount).toBe(5);
      expect(
        transactions.edges.map((e) => [e.node.id, e.node.kind, e.node.date, e.node.value?.amount]),
      ).toEqual([
        [`transaction:iati:GB-1-109636-102:1`, 'COMMITMENT', '2005-04-01', '103096'],
        [`transaction:iati:GB-1-109636-102:2`, 'EXPENDITURE', '2009-06-30', '61909'],
        [`transaction:iati:GB-1-109636-102:3`, 'EXPENDITURE', '2009-09-30', '17230'],
      ]);
      expect(transactions.edges[1]!.node.provider?.id).toBe(DFID);
      expect(transactions.pageInfo.hasNextPage).toBe(true);
      expect(transactions.totals.byCurrency).toEqual([
        { currency: 'GBP', amount: '206192', count: 5 },
      ]);
      const next = await api.query(ProjectMoneyDocument, {
        id: WOMENS_LEADERSHIP,
        currency: 'EUR',
        first: 3,
        after: transactions.pageInfo.endCursor,
      });
      expect(next.project.transactions.edges.map((e) => e.node.date)).toEqual([
        '2009-12-31',
        '2010-03-31',
      ]);
      expect(next.project.transactions.pageInfo.hasNextPage).toBe(false);
      expect(project.budgets.totalCount).toBe(1);
      expect(project.budgets.edges[0]!.node).toMatchObject({
        periodStart: '2009-04-01',
        periodEnd: '2009-06-30',
        budgetType: 'ORIGINAL',
        value: { amount: '103096', currency: 'GBP' },
      });
    });

    it('answers as of a date by the transactions’ dates', async () => {
      const { project } = await api.query(ProjectMoneyDocument, {
        id: WOMENS_LEADERSHIP,
        kinds: ['EXPENDITURE'],
        asOf: '2009-09',
        currency: 'EUR',
      });
      // The expenditure of June and September 2009; December's and March 2010's had not happened.
      expect(project.transactions.totalCount).toBe(2);
      expect(project.transactions.totals.byCurrency).toEqual([
        { currency: 'GBP', amount: '79139', count: 2 },
      ]);
      const { actor } = await api.query(ActorFundingDocument, {
        id: DFID,
        asOf: '2006-12-31',
        currency: 'EUR',
      });
      expect(actor.fundingGiven.totalCount).toBe(9);
      const before = await api.query(FundingDocument, { asOf: '2004', currency: 'EUR' });
      expect(before.funding.totalCount).toBe(0);
    });

    it('adds up what an actor gave and received, per currency and converted', async () => {
      const dfid = await api.query(ActorFundingDocument, { id: DFID, currency: 'EUR' });
      expect(dfid.actor.fundingGiven.totalCount).toBe(36);
      expect(dfid.actor.fundingGiven.totals).toEqual({
        byCurrency: [{ currency: 'GBP', amount: '2142416', count: 36 }],
        converted: { currency: 'EUR', amount: '2763210.33', converted: 36, notConverted: [] },
      });
      const in2009 = await api.query(ActorFundingDocument, {
        id: DFID,
        year: 2009,
        currency: 'EUR',
      });
      expect(in2009.actor.fundingGiven.totalCount).toBe(9);
      const worldVision = await api.query(ActorFundingDocument, {
        id: 'iati-org:GB-CHC-285908:world-vision-uk',
        kinds: ['COMMITMENT'],
        currency: 'USD',
      });
      expect(worldVision.actor.fundingReceived.totals).toEqual({
        byCurrency: [{ currency: 'GBP', amount: '424117', count: 3 }],
        converted: { currency: 'USD', amount: '674177.17', converted: 3, notConverted: [] },
      });
    });

    it('gives funding flows between actors, with the lists’ region and topic rules', async () => {
      const med = await api.query(FundingDocument, {
        inRegion: 'region:mediterranean',
        workingOn: 'theme:human-rights',
        currency: 'EUR',
      });
      expect(med.funding.totalCount).toBe(1);
      expect(med.funding.edges[0]!.node).toMatchObject({
        from: { id: DFID },
        to: null,
        transactionCount: 17,
        firstDate: '2006-03-31',
        lastDate: '2010-03-31',
      });
      expect(med.funding.totals.byCurrency).toEqual([
        { currency: 'GBP', amount: '440011', count: 17 },
      ]);
      const heal = await api.query(FundingDocument, {
        to: 'iati-org:heal-africa',
        currency: 'EUR',
      });
      expect(
        heal.funding.edges.map((e) => [e.node.from?.id, e.node.to?.id, e.node.transactionCount]),
      ).toEqual([['iati-org:GB-CHC-265464:tearfund', 'iati-org:heal-africa', 2]]);
      const pages = [];
      let after: string | undefined;
      do {
        const page = await api.query(FundingDocument, {
          year: 2012,
          currency: 'EUR',
          first: 2,
          ...(after ? { after } : {}),
        });
        pages.push(
          ...page.funding.edges.map((e) => `${e.node.from?.id ?? '-'} > ${e.node.to?.id ?? '-'}`),
        );
        after = page.funding.pageInfo.hasNextPage ? page.funding.pageInfo.endCursor! : undefined;
      } while (after);
      expect(pages).toEqual([
        'iati-org:GB-CHC-265464:tearfund > iati-org:heal-africa',
        'iati-org:GB-CHC-265464:tearfund > iati-org:ppssp',
        'iati-org:GB-CHC-265464:tearfund > -',
        'iati-org:GB-CHC-265464:tearfund-uk > iati-org:tearfund-country-and-project-offices-in-drc',
        'iati-org:GB-CHC-265464:tearfund-uk > iati-org:tearfund-country-and-projects-offices-in-drc',
        'iati-org:GB-CHC-285908:world-vision-uk > iati-org:world-vision-drc',
        'iati-org:GB-CHC-285908:world-vision-uk > -',
      ]);
    });

    it('sums money by year, region, funder, recipient, theme and kind in aggregate', async () => {
      // The README question's closest real answer: DFID's spending on human rights in the
      // Mediterranean (Albania), by year, in euros; 2009 and 2010 recomputed apart from the code.
      const byYear = await api.query(FundingAggregateDocument, {
        groupBy: 'YEAR',
        currency: 'EUR',
        filter: { region: 'region:mediterranean', theme: 'theme:human-rights' },
      });
      expect(
        byYear.aggregate.map((b) => [
          b.group,
          b.count,
          b.money?.byCurrency[0]?.amount,
          b.money?.converted.amount,
        ]),
      ).toEqual([
        ['2009', 4, '144378', '162752.62'],
        ['2007', 4, '108675', '157163.59'],
        ['2006', 4, '93561', '136607.50'],
        ['2008', 4, '80433', '99019.47'],
        ['2010', 1, '12964', '14385.14'],
      ]);
      const asked = await api.query(FundingAggregateDocument, {
        groupBy: 'YEAR',
        currency: 'EUR',
        filter: {
          region: 'region:mediterranean',
          theme: 'theme:migration',
          kinds: ['ASSOCIATION'],
        },
      });
      expect(asked.aggregate).toEqual([]);
      const byCountry = await api.query(FundingAggregateDocument, {
        groupBy: 'COUNTRY',
        currency: 'USD',
      });
      expect(byCountry.aggregate.map((b) => [b.group, b.count, b.money?.converted.amount])).toEqual(
        [
          ['country:AL', 36, '3817911.83'],
          ['country:CD', 15, '2358538.05'],
          ['country:ID', 4, '36582.48'],
        ],
      );
      const byRegion = await api.query(FundingAggregateDocument, {
        groupBy: 'REGION',
        currency: 'EUR',
      });
      expect(byRegion.aggregate.find((b) => b.group === 'region:mediterranean')?.count).toBe(36);
      const byFunder = await api.query(FundingAggregateDocument, {
        groupBy: 'FUNDER',
        currency: 'EUR',
      });
      expect(byFunder.aggregate.map((b) => [b.group, b.count])).toEqual([
        [DFID, 36],
        ['iati-org:GB-CHC-265464:tearfund', 6],
        ['iati-org:GB-CHC-265464:tearfund-uk', 2],
        ['iati-org:GB-CHC-285908:world-vision-uk', 7],
      ]);
      const toCivilSociety = await api.query(FundingAggregateDocument, {
        groupBy: 'RECIPIENT',
        currency: 'EUR',
        filter: { kinds: ['CIVIL_SOCIETY'] },
      });
      expect(
        toCivilSociety.aggregate.map((b) => [b.group, b.count, b.money?.converted.amount]),
      ).toEqual([
        ['iati-org:tearfund-country-and-project-offices-in-drc', 1, '431981.44'],
        ['iati-org:world-vision-drc', 5, '274441.92'],
        ['iati-org:heal-africa', 2, '239983.47'],
      ]);
      const byTheme = await api.query(FundingAggregateDocument, {
        groupBy: 'THEME',
        currency: 'EUR',
      });
      expect(byTheme.aggregate.map((b) => [b.group, b.count])).toEqual([
        ['theme:governance', 33],
        ['theme:human-rights', 17],
      ]);
      const byKind = await api.query(FundingAggregateDocument, {
        groupBy: 'KIND',
        currency: 'EUR',
        filter: {
          transactionKinds: ['COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE', 'INCOMING_FUNDS'],
        },
      });
      expect(byKind.aggregate.map((b) => [b.group, b.count, b.money?.byCurrency])).toEqual([
        [
          'COMMITMENT',
          12,
          [
            { currency: 'EUR', amount: '15450', count: 4 },
            { currency: 'GBP', amount: '2566533', count: 8 },
          ],
        ],
        ['EXPENDITURE', 38, [{ currency: 'GBP', amount: '2242852', count: 38 }]],
        [
          'DISBURSEMENT',
          17,
          [
            { currency: 'EUR', amount: '27810', count: 4 },
            { currency: 'GBP', amount: '1365960', count: 13 },
          ],
        ],
        ['INCOMING_FUNDS', 4, [{ currency: 'GBP', amount: '1104704', count: 4 }]],
      ]);
    });

    it('names the rates a conversion used, and refuses questions it cannot answer', async () => {
      const { node } = await api.query(MoneyNodeDocument, {
        id: 'transaction:iati:GB-1-109636-102:5',
        currency: 'EUR',
      });
      expect(node).toMatchObject({
        type: 'TRANSACTION',
        value: { amount: '12964', currency: 'GBP' },
        converted: {
          amount: '14385.14',
          rates: [
            { currency: 'GBP', perUsd: '0.6641', month: '2010-03' },
            { currency: 'EUR', perUsd: '0.7369', month: '2010-03' },
          ],
        },
      });
      const projectsByFunder = await api.run(AggregateDocument, {
        subject: 'PROJECT',
        groupBy: 'FUNDER',
      });
      expect(projectsByFunder.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const wrongRegion = await api.run(FundingDocument, {
        inRegion: 'theme:migration',
        currency: 'EUR',
      });
      expect(wrongRegion.errors?.[0]?.message).toBe(
        '"inRegion": "theme:migration" is not a region.',
      );
      const notActor = await api.run(FundingDocument, { from: 'country:AL', currency: 'EUR' });
      expect(notActor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}
