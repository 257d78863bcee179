/**
 * The embedded store on disk: a data directory (data-dir.ts) with a snapshot (snapshot.ts) and a
 * journal of the changes since (journal.ts). Opening locks the directory (unless read-only),
 * loads the snapshot or the seeds, replays the journal; compacting writes a snapshot and empties
 * the journal.
 */
import type { ChangeRecord } from '../../domain/changes.js';
import type { GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { keepPrivate } from '../private-files.js';
import { dataDirPaths, lockDataDir, type DataDirPaths } from './data-dir.js';
import { Journal, readJournal } from './journal.js';
import { readSnapshot, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot.js';

export interface DurableStoreOptions {
  dataDir: string;
  /** The graph to start from when the data directory has no snapshot yet (the seeds). */
  initialData: () => Promise<GraphData>;
  /** Read the directory without locking it or repairing its journal; refuse changes. */
  readOnly?: boolean;
  /** Journal records after which a snapshot is written and the journal emptied. Default 1,000. */
  compactAfter?: number;
  /** Told how the store started, for the log. */
  onOpen?: (info: OpenInfo) => void;
}

/** How a durable store started, for the log; `warnings` to log as such (files made private). */
export interface OpenInfo {
  fromSnapshot: boolean;
  replayed: number;
  droppedBytes: number;
  warnings: string[];
}

/** An owned data directory: its journal open for appending, and its lock. */
export interface Persistence {
  paths: DataDirPaths;
  journal: Journal;
  unlock: () => void;
  compactAfter: number;
}

/** What opening fills: the store being opened. */
export interface RestoreTarget {
  upsert(data: GraphData): Promise<void>;
  /** The snapshot's change log and the number of its last change. */
  restoreLog(changes: ChangeRecord[], seq: number): void;
  /** The number of the last change applied. */
  seq(): number;
  /** Applies a journal record (already checked when it was written). */
  replay(record: ChangeRecord): void;
}

/**
 * Fills `target` from the data directory: its snapshot if there is one, otherwise
 * `initialData()`, then the journal's records after the snapshot. Answers the Persistence of an
 * owner, or undefined for a read-only opener (it neither locks nor repairs: the owner does).
 */
export async function openDataDir(
  options: DurableStoreOptions,
  target: RestoreTarget,
): Promise<Persistence | undefined> {
  const paths = dataDirPaths(options.dataDir);
  const unlock = options.readOnly ? () => undefined : lockDataDir(paths);
  try {
    // Only the owner tightens: a read-only opener may not be the files' owner.
    const warnings = options.readOnly
      ? []
      : [paths.snapshot, paths.journal].map(keepPrivate).filter((warning) => warning !== undefined);
    const snapshot = readSnapshot(paths.snapshot);
    if (snapshot) {
      await target.upsert({ nodes: snapshot.nodes, edges: snapshot.edges });
      target.restoreLog(snapshot.changes, snapshot.seq);
    } else await target.upsert(await options.initialData());
    const journal = readJournal(paths.journal, { repair: !options.readOnly });
    let replayed = 0;
    for (const record of journal.records) {
      if (record.seq <= target.seq()) continue; // already in the snapshot
      target.replay(record);
      replayed++;
    }
    const persistence = options.readOnly
      ? undefined
      : {
          paths,
          unlock,
          journal: await Journal.openForAppend(paths.journal, replayed),
          compactAfter: options.compactAfter ?? 1_000,
        };
    options.onOpen?.({
      fromSnapshot: snapshot !== undefined,
      replayed,
      droppedBytes: journal.droppedBytes,
      warnings,
    });
    return persistence;
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Everything a snapshot holds. */
export interface StoreContents {
  seq: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  changes: ChangeRecord[];
}

/** Writes a snapshot of everything, then empties the journal (see snapshot.ts). */
export async function compact(persistence: Persistence, contents: StoreContents): Promise<void> {
  await writeSnapshot(persistence.paths.snapshot, {
    format: SNAPSHOT_FORMAT,
    seq: contents.seq,
    writtenAt: new Date().toISOString(),
    nodes: contents.nodes,
    edges: contents.edges,
    changes: contents.changes,
  });
  // A crash before this line leaves journal records the snapshot already holds: replay skips them.
  await persistence.journal.clear();
}
