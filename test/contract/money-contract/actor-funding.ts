/**
 * Funding between actors: what an actor gave and received, and the flows between actors with the
 * lists' region and topic rules. Part of the money contract (money-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { ActorFundingDocument, FundingDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { DFID, type MoneyContext } from './money-support.js';

export function actorFundingTests(ctx: MoneyContext): void {
  let api: Api;
  beforeAll(() => {
    api = ctx.api;
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
}
