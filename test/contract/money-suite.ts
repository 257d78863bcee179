/**
 * Money on every store: the seeded graph with the four real IATI files imported
 * (test/io/iati-real-files.test.ts checks the import itself), asked the same GraphQL questions
 * with the same answers on the embedded store and on Neo4j. Amounts in euros were checked by a
 * computation apart from the code (the file's rates, Python decimals) where noted.
 * The store is opened once; the parts (money-contract/*.ts) add their tests to this describe.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { apiFor } from '../support/api.js';
import { actorFundingTests } from './money-contract/actor-funding.js';
import { moneyAggregateTests } from './money-contract/money-aggregates.js';
import type { MoneyContext } from './money-contract/money-support.js';
import { projectMoneyTests } from './money-contract/project-money.js';
import { rateAndRefusalTests } from './money-contract/rates-and-refusals.js';

export function defineMoneySuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`money on the ${name} store`, () => {
    // Filled before the parts' own beforeAll hooks run (they are registered after this one).
    const ctx = {} as MoneyContext;

    beforeAll(async () => {
      ctx.store = await makeStore();
      ctx.api = apiFor(ctx.store);
    });
    afterAll(async () => {
      await ctx.store.close();
    });

    projectMoneyTests(ctx);
    actorFundingTests(ctx);
    moneyAggregateTests(ctx);
    rateAndRefusalTests(ctx);
  });
}
