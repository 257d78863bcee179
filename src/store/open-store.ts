/**
 * Opens the configured store: Neo4j when a URI is given, otherwise the embedded store on the
 * initial graph it is given (durable when given a data directory). Which graph that is — the
 * seeds — is the application's choice (src/app/open-graph.ts).
 */
import type { GraphData } from '../domain/graph-records.js';
import type { GraphStore } from './graph-store.js';
import { MemoryStore, type OpenInfo } from './memory/memory-store.js';

export interface StoreOptions {
  neo4j?: { uri: string; username: string; password: string; database: string };
  /** The embedded store's graph when it has no data directory, or an empty one. */
  initialData: () => Promise<GraphData>;
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

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  if (options.neo4j) {
    // Loaded only when asked for, so the embedded default never touches the driver.
    const { Neo4jStore } = await import('./neo4j/neo4j-store.js');
    return Neo4jStore.connect(options.neo4j);
  }
  if (options.dataDir) {
    return MemoryStore.open({
      dataDir: options.dataDir,
      initialData: options.initialData,
      ...(options.compactAfter ? { compactAfter: options.compactAfter } : {}),
      ...(options.readOnly ? { readOnly: true } : {}),
      ...(options.onOpen ? { onOpen: options.onOpen } : {}),
    });
  }
  return MemoryStore.fromData(await options.initialData());
}
