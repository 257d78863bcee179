/**
 * The embedded store's data directory: `snapshot.json`, `journal.log` and a `LOCK` file naming the
 * process that owns it. Two processes appending to one journal would interleave their records, so
 * a second opener is refused while the owner lives; a lock left by a killed process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirPaths {
  dir: string;
  snapshot: string;
  journal: string;
  lock: string;
}

export function dataDirPaths(dir: string): DataDirPaths {
  return {
    dir,
    snapshot: join(dir, 'snapshot.json'),
    journal: join(dir, 'journal.log'),
    lock: join(dir, 'LOCK'),
  };
}

/** Creates the folder if needed and takes its lock; returns the function that releases it. */
export function lockDataDir(paths: DataDirPaths): () => void {
  mkdirSync(paths.dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(paths.lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(paths.lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(paths.lock, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The data directory ${paths.dir} is in use by process ${owner} (a running server?). ` +
            'Stop it, or point DATA_DIR elsewhere.',
          { cause: error },
        );
      }
      // Left by a process that no longer runs (killed): take it over.
      rmSync(paths.lock, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${paths.dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
