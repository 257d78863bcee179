/**
 * The embedded store's append-only journal: one change record per line, each line prefixed with
 * the CRC-32 of its JSON so a damaged line is recognised. An append resolves only after
 * `fdatasync`, so a change the API acknowledged survives a crash or a SIGKILL.
 *
 * A crash can leave at most the last line half-written; that change was never acknowledged, so
 * reading drops it (and truncates the file there). A damaged line anywhere else means the file
 * was altered or the disk failed: reading refuses to guess and stops start-up.
 */
import { crc32 } from 'node:zlib';
import { open, type FileHandle } from 'node:fs/promises';
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { parseChangeRecord } from '../../domain/change-record-schema.js';
import type { ChangeRecord } from '../../domain/changes.js';
import { PRIVATE_MODE } from '../private-files.js';

export interface JournalContents {
  records: ChangeRecord[];
  /** Bytes of a half-written last line that were dropped (0 when the file ended cleanly). */
  droppedBytes: number;
}

export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private entries: number,
  ) {}

  static async openForAppend(path: string, entries: number): Promise<Journal> {
    return new Journal(await open(path, 'a', PRIVATE_MODE), path, entries);
  }

  /** Records appended since the journal was last emptied. */
  get length(): number {
    return this.entries;
  }

  /** Appends one record and flushes it to disk before resolving. */
  async append(record: ChangeRecord): Promise<void> {
    await this.handle.write(encodeLine(record));
    await this.handle.datasync();
    this.entries++;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.entries = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export function encodeLine(record: ChangeRecord): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** Reads every intact record; drops (and truncates) a torn last line; throws on damage elsewhere. */
export function readJournal(path: string, options: { repair?: boolean } = {}): JournalContents {
  if (!existsSync(path)) return { records: [], droppedBytes: 0 };
  const buffer = readFileSync(path);
  const records: ChangeRecord[] = [];
  let offset = 0;
  let lineNumber = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf(0x0a, offset);
    lineNumber++;
    if (end === -1) {
      // No newline: the last write did not finish. Its change was never acknowledged. (A reader
      // other than the owner leaves the file alone: the owner may be writing that line now.)
      if (options.repair !== false) truncateSync(path, offset);
      return { records, droppedBytes: buffer.length - offset };
    }
    const line = buffer.subarray(offset, end).toString('utf8');
    const decoded = decodeLine(line);
    if (decoded.problem !== undefined) {
      throw new Error(
        `The journal ${path} is damaged at line ${lineNumber}: ${decoded.problem}. ` +
          'Restore the data directory from a backup, or move the journal away to start from the snapshot.',
      );
    }
    records.push(decoded.record);
    offset = end + 1;
  }
  return { records, droppedBytes: 0 };
}

/** A line's record, or what is wrong with it (a checksum that does not match, a bad record). */
function decodeLine(
  line: string,
): { record: ChangeRecord; problem?: undefined } | { record?: undefined; problem: string } {
  const space = line.indexOf(' ');
  const json = line.slice(9);
  if (space !== 8 || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8))
    return { problem: 'its checksum does not match' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problem: `its checksum matches but it is not JSON (${(error as Error).message})` };
  }
  const parsed = parseChangeRecord(value);
  if (parsed.problem !== undefined)
    return {
      problem: `its checksum matches but the record is not a change record — ${parsed.problem}`,
    };
  return parsed;
}
