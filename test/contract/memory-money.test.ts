import { runImport } from '../../src/ingest/import/import-files.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { filesAt, REAL_IATI_FILES } from '../io/io-fixtures.js';
import { seededGraph } from '../support/seeded-stores.js';
import { defineMoneySuite } from './money-suite.js';

defineMoneySuite('embedded', async () => {
  const store = await MemoryStore.fromData(structuredClone(await seededGraph()));
  await runImport(store, await filesAt(REAL_IATI_FILES), { dryRun: false, by: 'cli:test' });
  return store;
});
