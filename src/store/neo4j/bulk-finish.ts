/**
 * The bulk import's last steps, with the server running again (bulk-import.ts): the empty lists
 * the importer cannot store, the schema, the leftovers, and the counts checked.
 */
import type { ImportManifest } from './bulk-import-files.js';
import { Neo4jStore, type Neo4jStoreConfig } from './neo4j-store.js';

export interface FinishTimes {
  listsSeconds: number;
  schemaSeconds: number;
  checkSeconds: number;
}

/**
 * After the import and the restart, before the schema: sets the empty lists the importer cannot
 * store (cheaper while no index but the token lookups exists). Then, with the schema applied by
 * `Neo4jStore.connect`: upserts the leftovers and checks the counts.
 */
export async function finishBulkImport(
  config: Neo4jStoreConfig,
  manifest: Pick<ImportManifest, 'nodes' | 'relationships' | 'leftovers'>,
  onSchema: () => void,
): Promise<FinishTimes> {
  const t0 = performance.now();
  // Not connect(): that would apply the schema first.
  const bare = new Neo4jStore(config);
  try {
    await bare.restoreEmptyLists();
  } finally {
    await bare.close();
  }
  const t1 = performance.now();
  onSchema();
  const store = await Neo4jStore.connect(config);
  const t2 = performance.now();
  try {
    if (manifest.leftovers.nodes.length > 0 || manifest.leftovers.edges.length > 0)
      await store.upsert(manifest.leftovers);
    const health = await store.health();
    const nodes = manifest.nodes;
    const relationships = manifest.relationships + manifest.leftovers.edges.length;
    if (!health.ok || health.nodes !== nodes || health.relationships !== relationships) {
      throw new Error(
        `After the bulk import Neo4j holds ${health.nodes ?? '?'} nodes and ${health.relationships ?? '?'} relationships, ` +
          `expected ${nodes} and ${relationships}${health.reason ? ` (${health.reason})` : ''}.`,
      );
    }
  } finally {
    await store.close();
  }
  return {
    listsSeconds: (t1 - t0) / 1000,
    schemaSeconds: (t2 - t1) / 1000,
    checkSeconds: (performance.now() - t2) / 1000,
  };
}
