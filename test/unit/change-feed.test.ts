/**
 * The change feed on the embedded store, driven by hand: a subscriber that catches up while
 * changes keep coming gets each once and in order (no gap between the log and the live changes,
 * no duplicate), a slow one that falls too far behind reads the rest from the log, and ending a
 * stream while it waits ends it at once.
 */
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../src/app/change-feed.js';
import type { ChangeRecord } from '../../src/domain/changes.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';

function describeAnci(store: GraphStore, text: string): Promise<ChangeRecord> {
  return store.applyChange({
    operation: 'updateActor',
    by: 'key:test',
    source: { source: 'source:doc' },
    summary: text,
    changes: {
      putNodes: [
        {
          key: 'anci',
          type: 'Association',
          name: 'ANCI',
          aliases: [],
          description: text,
          props: {},
          sources: [{ source: 'source:doc' }],
        },
      ],
      deleteNodes: [],
      putEdges: [],
      deleteEdges: [],
    },
  });
}

async function take(stream: AsyncIterator<ChangeRecord>, n: number): Promise<number[]> {
  const seqs: number[] = [];
  while (seqs.length < n) {
    const next = await stream.next();
    if (next.done) break;
    seqs.push(next.value.seq);
  }
  return seqs;
}

async function setUp(maxQueued?: number) {
  const raw = await MemoryStore.fromData(editFixture());
  const feed = new ChangeFeed(raw, {
    pollMs: 0,
    readTimeoutMs: 5_000,
    ...(maxQueued ? { maxQueued } : {}),
  });
  return { feed, store: feed.watching(raw) };
}

describe('change feed', () => {
  it('catching up while changes keep coming: every change once, in order', async () => {
    const { feed, store } = await setUp();
    for (let i = 1; i <= 250; i++) await describeAnci(store, `before ${i}`); // 3 pages of the log
    const stream = await feed.open({}, 0);
    // Changes made while the stream reads the log: announced and in the log both.
    const during = (async () => {
      for (let i = 1; i <= 50; i++) await describeAnci(store, `during ${i}`);
    })();
    const seqs = await take(stream, 300);
    await during;
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    await stream.return();
  });

  it('a subscriber too far behind drops what it holds and reads it from the log', async () => {
    const { feed, store } = await setUp(5);
    const stream = await feed.open({});
    for (let i = 1; i <= 40; i++) await describeAnci(store, `change ${i}`); // nobody reads yet
    expect(await take(stream, 40)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await describeAnci(store, 'live again');
    expect(await take(stream, 1)).toEqual([41]);
    await stream.return();
  });

  it('without `after` a stream starts at the end of the log; `after` past it waits', async () => {
    const { feed, store } = await setUp();
    await describeAnci(store, 'old');
    const fromNow = await feed.open({});
    const ahead = await feed.open({}, 2);
    await describeAnci(store, 'second');
    await describeAnci(store, 'third');
    expect(await take(fromNow, 2)).toEqual([2, 3]);
    expect(await take(ahead, 1)).toEqual([3]);
  });

  it('ending a stream that waits for a change ends it at once and leaves the feed', async () => {
    const { feed } = await setUp();
    const stream = await feed.open({});
    const waiting = stream.next();
    expect(feed.size).toBe(1);
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(feed.size).toBe(0);
  });

  it('closing the feed ends every stream; opening one then is refused', async () => {
    const { feed } = await setUp();
    const stream = await feed.open({});
    const waiting = stream.next();
    feed.close();
    expect(await waiting).toEqual({ value: undefined, done: true });
    await expect(feed.open({})).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
