/**
 * Opens the configured graph: Neo4j when a URI is given, otherwise the embedded store on the
 * seeds (durable when given a data directory). The CLI is where the stores are chosen, so the
 * layers below it know only the store port.
 */
import { loadSeeds } from '../ingest/seed/load-seeds.js';
import type { GraphStore } from '../store/graph-store.js';
import { MemoryStore, type OpenInfo } from '../store/memory/memory-store.js';

export interface GraphOptions {
  neo4j?: { uri: string; username: string; password: string; database: string };
  /** Where the seeds are; the repository's seeds/ when absent. */
  seedsDir?: string;
  /**
   * The embedded store keeps its edits here (journal + snapshots) and starts from it. Without
   * it the embedded store lives in memory only and loses edits on exit.
   */
  dataDir?: string;
  compactAfter?: number;
  /** Open the data directory read-only: no lock, no journal, edits refused (exports). */
  readOnly?: boolean;
  onOpen?: (info: OpenInfo) => void;
}

export async function openGraph(options: GraphOptions): Promise<GraphStore> {
  if (options.neo4j) {
    // Loaded only when asked for, so the embedded default never touches the driver.
    const { Neo4jStore } = await import('../store/neo4j/neo4j-store.js');
    return Neo4jStore.connect(options.neo4j);
  }
  if (options.dataDir) {
    return MemoryStore.open({
      dataDir: options.dataDir,
      initialData: () => loadSeeds(options.seedsDir),
      ...(options.compactAfter ? { compactAfter: options.compactAfter } : {}),
      ...(options.readOnly ? { readOnly: true } : {}),
      ...(options.onOpen ? { onOpen: options.onOpen } : {}),
    });
  }
  return MemoryStore.fromData(await loadSeeds(options.seedsDir));
}
