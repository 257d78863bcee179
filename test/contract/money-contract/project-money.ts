/**
 * A project's money: its transactions by date, paged and added up, its budgets, and the answer as
 * of a date. Part of the money contract (money-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import {
  ActorFundingDocument,
  FundingDocument,
  ProjectMoneyDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { DFID, WOMENS_LEADERSHIP, type MoneyContext } from './money-support.js';

export function projectMoneyTests(ctx: MoneyContext): void {
  let api: Api;
  beforeAll(() => {
    api = ctx.api;
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
}
