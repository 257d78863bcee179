/** Opens the configured store: Neo4j when a URI is given, otherwise the embedded store on the seeds. */
import { loadSeeds } from '../ingest/seed/load-seeds.js';
import type { GraphStore } from './graph-store.js';
import { MemoryStore } from './memory/memory-store.js';

export interface StoreOptions {
  neo4j?: { uri: string; username: string; password: string; database: string };
  seedsDir?: string;
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  if (options.neo4j) {
    // Loaded only when asked for, so the embedded default never touches the driver.
    const { Neo4jStore } = await import('./neo4j/neo4j-store.js');
    return Neo4jStore.connect(options.neo4j);
  }
  return MemoryStore.fromData(await loadSeeds(options.seedsDir));
}
