/**
 * `diplomap index` (the built CLI) rebuilds the partnership index of the Neo4j at NEO4J_URI after
 * a load left it not complete, and refuses clearly without a Neo4j.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { repoRoot } from '../../src/runtime/repo-root.js';
import { edge, node } from '../support/graph-fixtures.js';

const main = resolve(repoRoot(), 'dist/src/cli/main.js');
const run = promisify(execFile);

describe('diplomap index (the built CLI)', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await Neo4jStore.connect(inject('neo4j'));
  });
  afterAll(async () => store.close());

  it('rebuilds the index a load left not complete', async () => {
    await store.clearAll();
    await store.upsert({
      nodes: [
        node('city:a', 'Municipality'),
        node('city:b', 'Municipality'),
        node('agreement:x', 'Agreement'),
      ],
      edges: [edge('PARTY_TO', 'city:a', 'agreement:x'), edge('PARTY_TO', 'city:b', 'agreement:x')],
    });
    expect(await store.partnershipIndexEntries()).toEqual({});
    const { uri, username, password } = inject('neo4j');
    const { stderr } = await run(process.execPath, [main, 'index', '--no-progress'], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    });
    expect(stderr).toMatch(/Partnership index built in \d+\.\d s\./);
    expect(await store.partnershipIndexEntries()).toMatchObject({
      'city:a': { partnerCount: 1, reads: expect.arrayContaining(['agreement:x']) as unknown },
      'city:b': { partnerCount: 1 },
    });
  });

  it('says what it needs without a Neo4j, and exits with 1', async () => {
    const failed: unknown = await run(process.execPath, [main, 'index'], {
      env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'silent' },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/NEO4J_URI is not set/) as unknown,
    });
  });
});
