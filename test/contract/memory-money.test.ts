import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { importRealIatiFiles } from '../io/io-fixtures.js';
import { seededGraph } from '../support/seeded-stores.js';
import { defineMoneySuite } from './money-suite.js';

defineMoneySuite('embedded', async () => {
  const store = await MemoryStore.fromData(structuredClone(await seededGraph()));
  await importRealIatiFiles(store);
  return store;
});
