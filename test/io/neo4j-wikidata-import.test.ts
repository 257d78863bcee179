import { inject } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { seededGraph } from '../support/seeded-stores.js';
import { defineWikidataImportSuite } from './wikidata-import-suite.js';

// The database is cleared (change log included) and holds the seeded graph.
defineWikidataImportSuite('Neo4j', async () => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(await seededGraph());
  return store;
});
