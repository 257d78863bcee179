/** The journal's reading rules: a torn last line is dropped, damage elsewhere stops start-up. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../src/domain/changes.js';
import { dataDirPaths, lockDataDir } from '../../src/store/memory/data-dir.js';
import { encodeLine, readJournal } from '../../src/store/memory/journal.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { node } from '../support/graph-fixtures.js';

function record(seq: number): ChangeRecord {
  return {
    seq,
    at: '2026-11-23T10:00:00.000Z',
    by: 'key:test',
    operation: 'createActor',
    summary: `change ${seq}`,
    source: { source: 'source:test' },
    changes: { putNodes: [node(`n${seq}`)], deleteNodes: [], putEdges: [], deleteEdges: [] },
    conditions: {},
    before: { nodes: [], edges: [] },
  };
}

const dir = () => mkdtempSync(join(tmpdir(), 'diplomap-journal-'));

describe('journal', () => {
  it('drops a half-written last line and truncates the file there', () => {
    const path = join(dir(), 'journal.log');
    const whole = encodeLine(record(1)) + encodeLine(record(2));
    writeFileSync(path, whole + encodeLine(record(3)).slice(0, 40));
    const read = readJournal(path);
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.droppedBytes).toBe(40);
    expect(readFileSync(path, 'utf8')).toBe(whole);
  });

  it('refuses a damaged line before the end', () => {
    const path = join(dir(), 'journal.log');
    const damaged = encodeLine(record(1)).replace('change 1', 'change X');
    writeFileSync(path, damaged + encodeLine(record(2)));
    expect(() => readJournal(path)).toThrow(/damaged at line 1/);
  });

  it('replays the journal over the snapshot, skipping what the snapshot holds', async () => {
    const dataDir = dir();
    const store = await MemoryStore.open({
      dataDir,
      initialData: async () => ({ nodes: [node('seed')], edges: [] }),
      compactAfter: 2,
    });
    for (const seq of [1, 2, 3]) {
      const { seq: _seq, at: _at, before: _before, ...request } = record(seq);
      await store.applyChange(request);
    }
    // Two changes went into a snapshot, the third is in the journal. Simulate a crash right after
    // a snapshot, before the journal was emptied: the journal still holds change 2.
    const journalPath = dataDirPaths(dataDir).journal;
    writeFileSync(journalPath, encodeLine(record(2)) + readFileSync(journalPath, 'utf8'));
    // Not closed (a crash): the lock names this live process, so take it over by hand.
    writeFileSync(dataDirPaths(dataDir).lock, '999999999\n');
    const reopened = await MemoryStore.open({
      dataDir,
      initialData: async () => {
        throw new Error('must start from the snapshot, not the seeds');
      },
    });
    const page = await reopened.listChanges({}, { first: 10 });
    expect(page.items.map((i) => i.value.seq)).toEqual([1, 2, 3]);
    expect((await reopened.getNodes(['seed', 'n1', 'n2', 'n3'])).map((n) => n?.key)).toEqual([
      'seed',
      'n1',
      'n2',
      'n3',
    ]);
    await reopened.close();
  });

  it('refuses a second process on a data directory in use', () => {
    const paths = dataDirPaths(dir());
    const unlock = lockDataDir(paths);
    writeFileSync(paths.lock, `${process.ppid}\n`);
    expect(() => lockDataDir(paths)).toThrow(/in use by process/);
    unlock();
  });
});
