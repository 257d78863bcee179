/** Opens the configured store on the seeded graph: the seeds are the embedded store's first state. */
import { loadSeeds } from '../ingest/seed/load-seeds.js';
import type { GraphStore } from '../store/graph-store.js';
import { openStore, type StoreOptions } from '../store/open-store.js';

export interface GraphOptions extends Omit<StoreOptions, 'initialData'> {
  /** Where the seeds are; the repository's seeds/ when absent. */
  seedsDir?: string;
}

export function openGraph(options: GraphOptions): Promise<GraphStore> {
  const { seedsDir, ...store } = options;
  return openStore({ ...store, initialData: () => loadSeeds(seedsDir) });
}
