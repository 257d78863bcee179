import { inject } from 'vitest';
import { defineEdgePagesSuite } from './edge-pages-suite.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';

// The database is cleared and loaded with the suite's small graph.
defineEdgePagesSuite('Neo4j', async (data) => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(data);
  return store;
});
