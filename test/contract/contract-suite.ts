/**
 * The contract every store must meet: the same GraphQL queries give the same answers on the
 * seeded graph, whichever store serves them. Run against the embedded store and against Neo4j
 * (memory-store.test.ts, neo4j-store.test.ts). A difference is a bug in one of them.
 * The store is opened once; each part (store-contract/*.ts) asks its own questions of it.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { apiFor } from '../support/api.js';
import { describeActorPage } from './store-contract/actor-page.js';
import { describeAggregates } from './store-contract/aggregates.js';
import { describeAsOf } from './store-contract/as-of.js';
import type { ContractContext } from './store-contract/contract-support.js';
import { describeErrors } from './store-contract/errors.js';
import { describeHeadlinePartners } from './store-contract/headline-partners.js';
import { describeListsAndFilters } from './store-contract/lists-and-filters.js';
import { describeNetworkQuestions } from './store-contract/network-questions.js';
import { describeNodesAndRelationships } from './store-contract/nodes-and-relationships.js';
import { describeRelationshipPages } from './store-contract/relationship-pages.js';

export function defineContractSuite(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    // Filled before the parts' own beforeAll hooks run (a parent's hooks run first).
    const ctx = {} as ContractContext;

    beforeAll(async () => {
      ctx.store = await open();
      ctx.api = apiFor(ctx.store);
    });
    afterAll(async () => {
      await ctx.store?.close();
    });

    describeHeadlinePartners(ctx);
    describeListsAndFilters(ctx);
    describeNodesAndRelationships(ctx);
    describeNetworkQuestions(ctx);
    describeAggregates(ctx);
    describeAsOf(ctx);
    describeErrors(ctx);
    describeRelationshipPages(ctx);
    describeActorPage(ctx);
  });
}
