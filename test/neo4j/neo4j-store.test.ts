/**
 * The Neo4j adapter gives exactly the memory store's answers (the reference) on a hand-made
 * graph: every method, every filter, both orders, every page of every list, and the same
 * cursors. Plus what only Neo4j can get wrong: idempotent upserts, missing endpoints, and
 * failing fast (STORE_UNAVAILABLE) while Neo4j is unreachable, then recovering without a restart.
 *
 * Runs on the tests' own Neo4j (vitest's global setup starts it: TEST_NEO4J_PORT, default 7688),
 * never the user's. It clears that database: Community has only `neo4j`.
 * The database is seeded once, here; the parts (neo4j-store/*.ts) add their tests.
 */
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { Neo4jStore, type Neo4jStoreConfig } from '../../src/store/neo4j/neo4j-store.js';
import { fixtureGraph } from './fixture.js';
import { nodeSearchTests } from './neo4j-store/node-search.js';
import type { ParityContext } from './neo4j-store/parity-support.js';
import { partnerTests } from './neo4j-store/partners.js';
import { readTests } from './neo4j-store/reads.js';
import { relationshipListTests } from './neo4j-store/relationship-lists.js';
import { describeUnreachableNeo4j } from './neo4j-store/unreachable.js';
import { upsertAndRefusalTests } from './neo4j-store/upserts-and-refusals.js';

// The tests' own Neo4j, which vitest's global setup starts (test/setup/neo4j-global-setup.ts).
const config: Neo4jStoreConfig = inject('neo4j');

// Seeded at the file's level so that it runs before the parts' own beforeAll hooks.
const ctx = {} as ParityContext;

beforeAll(async () => {
  ctx.graph = fixtureGraph();
  ctx.memory = await MemoryStore.fromData(fixtureGraph());
  ctx.neo4j = await Neo4jStore.connect(config);
  await ctx.neo4j.clearAll();
  await ctx.neo4j.upsert(fixtureGraph());
});

afterAll(async () => {
  await ctx.neo4j?.close();
});

describe('Neo4jStore gives the memory store’s answers', () => {
  readTests(ctx);
  nodeSearchTests(ctx);
  relationshipListTests(ctx);
  partnerTests(ctx);
  upsertAndRefusalTests(ctx);
});

describeUnreachableNeo4j(config);
