/**
 * Files only the server's user may read or write (0600): the journal and snapshots hold every
 * change with who made it, the keys file the hashes of API keys. Created so; one found looser
 * at start is tightened, and the caller says so in its log.
 */
import { chmodSync, existsSync, statSync } from 'node:fs';

export const PRIVATE_MODE = 0o600;

/**
 * Tightens `path` to 0600 when group or others may use it. Returns the warning to log, or
 * undefined when the file is missing or already private.
 */
export function keepPrivate(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  chmodSync(path, PRIVATE_MODE);
  return `${path} had mode ${mode.toString(8).padStart(4, '0')}: set to 0600 (only this user may read it)`;
}
