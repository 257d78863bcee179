import { afterAll } from 'vitest';
import { inject } from 'vitest';
import { defineEditSuite, editFixture } from './edit-suite.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';

const stores: Neo4jStore[] = [];

// Each test starts from the small edit graph: the database is cleared (change log included).
defineEditSuite('Neo4j', async () => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  stores.push(store);
  await store.clearAll();
  await store.upsert(editFixture());
  return store;
});

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
});
