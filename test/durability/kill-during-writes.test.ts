/**
 * The embedded store keeps what it acknowledged: a server is killed (SIGKILL, no chance to flush or
 * snapshot) in the middle of a stream of edits, restarted on the same data directory, and every
 * edit that was answered is there, the change log is whole, and the files are intact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/config/api-keys.js';
import { dataDirPaths } from '../../src/store/memory/data-dir.js';
import { readJournal } from '../../src/store/memory/journal.js';
import { readSnapshot } from '../../src/store/memory/snapshot.js';
import { graphql, startServe } from '../support/serve-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'diplomap-durability-'));
const { key, record } = generateApiKey('writer', 'editor');
const env = {
  DATA_DIR: dataDir,
  // Small, so snapshots are written (and the journal emptied) during the stream too.
  COMPACT_AFTER: '25',
  // As in production, where Apollo's signal handlers once cut the clean stop short.
  NODE_ENV: 'production',
  API_KEYS: `${record.id}:${record.role}:${record.hash.slice('sha256:'.length)}`,
};
const auth = { authorization: `Bearer ${key}` };

const CREATE = `mutation ($name: String!) {
  createActor(input: { kind: NETWORK, name: $name, sdgs: ["11"] }, source: { source: "source:diplomap-curation", note: "durability test" }) {
    node { key }
    change { seq }
  }
}`;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the embedded store under SIGKILL', () => {
  it('keeps every acknowledged edit across a kill in the middle of writes', async () => {
    const first = await startServe(env);
    const acknowledged: { key: string; seq: number }[] = [];
    let next = 0;
    let killed = false;
    // Four writers in parallel, so edits are in flight when the kill comes.
    const writer = async () => {
      while (!killed) {
        const n = next++;
        try {
          const { body } = await graphql(first.url, CREATE, { name: `Durable network ${n}` }, auth);
          const created = body.data?.createActor as
            { node: { key: string }; change: { seq: number } } | undefined;
          if (created) acknowledged.push({ key: created.node.key, seq: created.change.seq });
          else if (!killed) throw new Error(`edit refused: ${JSON.stringify(body.errors)}`);
        } catch (error) {
          if (!killed) throw error;
        }
        if (acknowledged.length >= 120 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    expect(await first.exited).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);

    // The files are whole: the snapshot parses, the journal's checksums hold (a torn last line,
    // never acknowledged, may be dropped).
    const paths = dataDirPaths(dataDir);
    const snapshot = readSnapshot(paths.snapshot);
    expect(snapshot?.seq).toBeGreaterThanOrEqual(25);
    const journal = readJournal(paths.journal);
    for (const [i, r] of journal.records.entries()) expect(r.seq).toBe(snapshot!.seq + i + 1);

    const second = await startServe(env);
    try {
      const keys = acknowledged.map((a) => a.key);
      const found: (string | null)[] = [];
      for (let i = 0; i < keys.length; i += 50) {
        const { body } = await graphql(
          second.url,
          'query ($ids: [ID!]!) { nodes(ids: $ids) { key } }',
          { ids: keys.slice(i, i + 50) },
        );
        expect(body.errors).toBeUndefined();
        found.push(...(body.data?.nodes as ({ key: string } | null)[]).map((n) => n?.key ?? null));
      }
      expect(found).toEqual(keys);

      // The change log has every acknowledged change, numbered without gaps.
      const seqs: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await graphql(
          second.url,
          'query ($after: String) { changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } } }',
          { after },
        );
        const changes = page.body.data?.changes as {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { seq: number } }[];
        };
        seqs.push(...changes.edges.map((e) => e.node.seq));
        if (!changes.pageInfo.hasNextPage) break;
        after = changes.pageInfo.endCursor;
      }
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      for (const { seq } of acknowledged) expect(seqs).toContain(seq);

      // And it goes on numbering from there.
      const more = await graphql(second.url, CREATE, { name: 'After the restart' }, auth);
      expect((more.body.data?.createActor as { change: { seq: number } }).change.seq).toBe(
        seqs.length + 1,
      );
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    // A clean stop leaves a snapshot with everything and an empty journal.
    expect(readJournal(paths.journal).records).toEqual([]);
    expect(readSnapshot(paths.snapshot)?.changes.length).toBeGreaterThanOrEqual(121);
  });
});
