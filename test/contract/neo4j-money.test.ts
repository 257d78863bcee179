import { inject } from 'vitest';
import { runImport } from '../../src/ingest/import/import-files.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { filesAt, REAL_IATI_FILES } from '../io/io-fixtures.js';
import { seededGraph } from '../support/seeded-stores.js';
import { defineMoneySuite } from './money-suite.js';

// The database is cleared (change log included), seeded, and the real IATI files imported into it.
defineMoneySuite('Neo4j', async () => {
  const store = await Neo4jStore.connect(inject('neo4j'));
  await store.clearAll();
  await store.upsert(await seededGraph());
  await runImport(store, await filesAt(REAL_IATI_FILES), { dryRun: false, by: 'cli:test' });
  return store;
});
