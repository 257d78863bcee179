/**
 * The embedded store's data directory: `snapshot.json`, `journal.log` and a `LOCK` file naming the
 * process that owns it. Two processes appending to one journal would interleave their records, so
 * a second opener is refused while the owner lives; a lock left by a killed process is taken over.
 * The journal and snapshot are private to the owner (0600, private-files.ts).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

export interface LockHooks {
  /** Called once a lock is judged stale, before taking it over (tests line up racers here). */
  onStale?: () => void;
}

/**
 * Creates the folder if needed and takes its lock; returns the function that releases it.
 *
 * Every step that decides is one atomic file system operation, so two processes never both hold
 * the lock. A new lock is a file with our pid, hard-linked to `LOCK`: the link fails if `LOCK`
 * exists. A lock whose owner is dead is taken over under a marker, `LOCK.takeover-<inode>`,
 * created exclusively: one process per stale lock may take it over, and it checks again, under
 * the marker, that `LOCK` is still that stale file before renaming its own over it.
 */
export function lockDataDir(paths: DataDirPaths, hooks: LockHooks = {}): () => void {
  mkdirSync(paths.dir, { recursive: true });
  const candidate = `${paths.lock}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(candidate, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        linkSync(candidate, paths.lock);
        return releaser(paths.lock);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const stale = readLock(paths.lock);
      if (!stale) continue; // released meanwhile: try again
      if (stale.owner !== process.pid && isAlive(stale.owner)) throw inUse(paths, stale.owner);
      hooks.onStale?.();
      if (takeOver(paths.lock, stale.inode, candidate)) return releaser(paths.lock);
      sleep(20); // another process is taking it over: see who won
    }
  } finally {
    rmSync(candidate, { force: true });
  }
  throw new Error(`Could not lock the data directory ${paths.dir}.`);
}

/** Renames `candidate` over the stale lock `inode`, if this process is the one to take it over. */
function takeOver(lock: string, inode: number, candidate: string): boolean {
  const marker = `${lock}.takeover-${inode}`;
  try {
    writeFileSync(marker, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A taker that died inside this step would block the lock for good: clear its marker.
    const taker = readLock(marker);
    if (taker && !isAlive(taker.owner)) rmSync(marker, { force: true });
    return false;
  }
  try {
    // Under the marker, only this process may replace this stale file; is it still the lock?
    const now = readLock(lock);
    if (!now || now.inode !== inode || (now.owner !== process.pid && isAlive(now.owner)))
      return false;
    renameSync(candidate, lock);
    return true;
  } finally {
    rmSync(marker, { force: true });
  }
}

/** Releases the lock if it is still ours (a takeover may have replaced it). */
function releaser(lock: string): () => void {
  return () => {
    if (readLock(lock)?.owner === process.pid) rmSync(lock, { force: true });
  };
}

/** The owner's pid and the file's inode, read from one open file; undefined if it is gone. */
function readLock(path: string): { owner: number; inode: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const owner = Number.parseInt(readFileSync(fd, 'utf8'), 10);
    return { owner: Number.isInteger(owner) ? owner : 0, inode: fstatSync(fd).ino };
  } finally {
    closeSync(fd);
  }
}

function inUse(paths: DataDirPaths, owner: number): Error {
  return new Error(
    `The data directory ${paths.dir} is in use by process ${owner} (a running server?). ` +
      'Stop it, or point DATA_DIR elsewhere.',
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
