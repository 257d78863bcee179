/**
 * Money in aggregate: sums by year, country, region, funder, recipient, theme and kind. Part of
 * the money contract (money-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { FundingAggregateDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { DFID, type MoneyContext } from './money-support.js';

export function moneyAggregateTests(ctx: MoneyContext): void {
  let api: Api;
  beforeAll(() => {
    api = ctx.api;
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
    expect(byCountry.aggregate.map((b) => [b.group, b.count, b.money?.converted.amount])).toEqual([
      ['country:AL', 36, '3817911.83'],
      ['country:CD', 15, '2358538.05'],
      ['country:ID', 4, '36582.48'],
    ]);
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
}
