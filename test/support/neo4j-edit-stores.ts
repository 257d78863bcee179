/**
 * Neo4j stores holding the small edit graph, freshly loaded (the change log emptied too), for the
 * suites that run servers over them; `closeAll` in the file's afterAll.
 */
import { inject } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { editFixture } from '../contract/edit-suite.js';

export function neo4jEditStores() {
  const stores: Neo4jStore[] = [];
  return {
    async fresh(): Promise<Neo4jStore> {
      const store = await Neo4jStore.connect(inject('neo4j'));
      stores.push(store);
      await store.clearAll(); // the change log too
      await store.upsert(editFixture());
      await store.rebuildPartnershipIndex(); // edits keep it up (apply-change.ts)
      return store;
    },
    async closeAll(): Promise<void> {
      await Promise.all(stores.map((s) => s.close()));
    },
  };
}
