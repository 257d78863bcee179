/**
 * The rates a conversion used, and the money questions refused. Part of the money contract
 * (money-suite.ts).
 */
import { beforeAll, expect, it } from 'vitest';
import { AggregateDocument, FundingDocument, MoneyNodeDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import type { MoneyContext } from './money-support.js';

export function rateAndRefusalTests(ctx: MoneyContext): void {
  let api: Api;
  beforeAll(() => {
    api = ctx.api;
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
    expect(wrongRegion.errors?.[0]?.message).toBe('"inRegion": "theme:migration" is not a region.');
    const notActor = await api.run(FundingDocument, { from: 'country:AL', currency: 'EUR' });
    expect(notActor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
}
