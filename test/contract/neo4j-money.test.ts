import { inject } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { importRealIatiFiles } from '../io/io-fixtures.js';
import { seededGraph } from '../support/seeded-stores.js';
import { defineMoneySuite } from './money-suite.js';

// The database is cleared (change log included), seeded, and the real IATI files imported into it.
defineMoneySuite('Neo4j', async () => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(await seededGraph());
  await importRealIatiFiles(store);
  return store;
});
