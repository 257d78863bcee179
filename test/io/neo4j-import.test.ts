import { inject } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { defineImportSuite } from './import-suite.js';
import { referenceGraph } from './io-fixtures.js';

// The database is cleared (change log included) and holds the reference graph only.
defineImportSuite('Neo4j', async () => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(await referenceGraph());
  return store;
});
