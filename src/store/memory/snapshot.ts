/**
 * Snapshots of the embedded store: the whole graph and its change log in one JSON file. Written to
 * a temporary file, flushed, then renamed over the old one (and the folder flushed), so at every
 * instant the folder holds either the old snapshot or the new one, whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ChangeRecord } from '../../domain/changes.js';
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { PRIVATE_MODE } from '../private-files.js';

export const SNAPSHOT_FORMAT = 'diplomap-snapshot/1';

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The last change the snapshot includes (0 when none). */
  seq: number;
  writtenAt: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  changes: ChangeRecord[];
}

export function readSnapshot(path: string): Snapshot | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: Partial<Snapshot>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Snapshot>;
  } catch (error) {
    throw new Error(`The snapshot ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (parsed.format !== SNAPSHOT_FORMAT) {
    throw new Error(
      `The snapshot ${path} has format ${String(parsed.format)}; this version reads ${SNAPSHOT_FORMAT}.`,
    );
  }
  return parsed as Snapshot;
}

export async function writeSnapshot(path: string, snapshot: Snapshot): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  const handle = await open(temporary, 'w', PRIVATE_MODE);
  try {
    await handle.writeFile(JSON.stringify(snapshot));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  // The rename is durable only once the folder's entry is on disk.
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
