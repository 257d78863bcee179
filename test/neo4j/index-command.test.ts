/**
 * `diplomap index` (the built CLI) rebuilds the partnership index of the Neo4j at NEO4J_URI after
 * a load left it not complete (or, with --counts, counts its entries again after an edit changed
 * a topic set), and refuses clearly without a Neo4j; `diplomap serve` on such a Neo4j rebuilds it
 * in the background while it answers, and counts it again after such an edit.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { NodeType } from '../../src/domain/node-types.js';
import type { RelationshipType } from '../../src/domain/relationship-types.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { repoRoot } from '../../src/runtime/repo-root.js';
import type { ChangeSet } from '../../src/domain/changes.js';
import { edge, node, sdgPartners, THEME_ALIGNMENT } from '../support/graph-fixtures.js';
import { graphql, startServe } from '../support/serve-process.js';

const main = resolve(repoRoot(), 'dist/src/cli/main.js');
const run = promisify(execFile);

describe('diplomap index (the built CLI)', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await Neo4jStore.connect(inject('neo4j'));
  });
  afterAll(async () => store.close());

  /** An emptied database loaded (not edited) with two cities tied through one hub. */
  async function loadTwoPartners(hub: string, type: NodeType, via: RelationshipType) {
    await store.clearAll();
    await store.upsert({
      nodes: [node('city:a', 'Municipality'), node('city:b', 'Municipality'), node(hub, type)],
      edges: [edge(via, 'city:a', hub), edge(via, 'city:b', hub)],
    });
  }

  it('rebuilds the index a load left not complete', async () => {
    await loadTwoPartners('agreement:x', 'Agreement', 'PARTY_TO');
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

  it('is rebuilt by `diplomap serve` in the background, which answers meanwhile', async () => {
    await loadTwoPartners('project:p', 'Project', 'PARTICIPATES_IN');
    expect(await store.partnershipIndexComplete()).toBe(false);
    const { uri, username, password } = inject('neo4j');
    const served = await startServe({
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
    });
    try {
      const { body } = await graphql(served.url, '{ partners { totalCount } }');
      expect(body.data).toEqual({ partners: { totalCount: 2 } });
      for (let waited = 0; !served.output().includes('"partnership index rebuilt"'); waited += 50) {
        if (waited > 60_000) throw new Error(`no rebuild in the log:\n${served.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(served.output()).toContain(
        '"partnership index not complete: rebuilding it in the background"',
      );
      expect(await store.partnershipIndexComplete()).toBe(true);
      expect(await store.partnershipIndexEntries()).toMatchObject({
        'city:a': { partnerCount: 1 },
        'city:b': { partnerCount: 1 },
      });
    } finally {
      served.child.kill('SIGTERM');
      await served.exited;
    }
  });

  /** An emptied database loaded with `sdgPartners`, indexed, then the theme aligned by an edit. */
  async function alignTheme(): Promise<void> {
    await store.clearAll();
    await store.upsert(sdgPartners());
    expect(await store.rebuildPartnershipIndex()).toBe(true);
    const changes: ChangeSet = {
      putNodes: [],
      deleteNodes: [],
      putEdges: [THEME_ALIGNMENT],
      deleteEdges: [],
    };
    await store.applyChange({
      operation: 'test',
      by: 'test',
      source: { source: 'source:test' },
      summary: 'align',
      changes,
    });
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: false });
  }

  it('counts the entries again with --counts after an edit changed a topic set', async () => {
    await alignTheme();
    const { uri, username, password } = inject('neo4j');
    const env = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
    };
    const first = await run(process.execPath, [main, 'index', '--counts'], { env });
    expect(first.stderr).toMatch(/Partnership index counts counted again: .* \(\d+\.\d s\)\./);
    expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: true });
    const again = await run(process.execPath, [main, 'index', '--counts'], { env });
    expect(again.stderr).toMatch(/Partnership index counts already usable/);
  });

  it('is counted again by `diplomap serve` after an edit changed a topic set', async () => {
    await alignTheme();
    const { uri, username, password } = inject('neo4j');
    const served = await startServe({
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      CHANGE_POLL_MS: '100',
    });
    try {
      const ended = '"partnership index counts: recount ended"';
      for (let waited = 0; !served.output().includes(ended); waited += 50) {
        if (waited > 60_000) throw new Error(`no recount in the log:\n${served.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(served.output()).toContain('"outcome":"recounted"');
      expect(await store.partnershipIndexState()).toEqual({ complete: true, countsUsable: true });
      const { body } = await graphql(
        served.url,
        '{ partners(workingOn: "theme:t") { totalCount } }',
      );
      expect(body.data).toEqual({ partners: { totalCount: 2 } });
    } finally {
      served.child.kill('SIGTERM');
      await served.exited;
    }
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
