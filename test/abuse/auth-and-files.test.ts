/**
 * Probes on credentials and files: a JWT without `exp` (or valid for longer than allowed) is
 * refused; the keys file, journal and snapshots are 0600 and made so at start when looser, with a
 * warning; a journal record with a valid checksum but a bad body stops the start naming its line
 * and what is wrong; two processes taking over a stale store lock at the same instant cannot both
 * get it.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createKey } from '../../src/cli/keys.js';
import type { ChangeRecord } from '../../src/domain/changes.js';
import { generateApiKey } from '../../src/config/api-keys.js';
import { createJwtVerifier } from '../../src/server/auth/jwt.js';
import { readConfig } from '../../src/config/config.js';
import { dataDirPaths } from '../../src/store/memory/data-dir.js';
import { encodeLine } from '../../src/store/memory/journal.js';
import { MemoryStore, type OpenInfo } from '../../src/store/memory/memory-store.js';
import { node } from '../support/graph-fixtures.js';
import { repoPath } from '../../src/runtime/repo-root.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';
const now = () => Math.floor(Date.now() / 1000);
const dir = () => mkdtempSync(join(tmpdir(), 'diplomap-abuse-'));
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

function token(build: (jwt: SignJWT) => SignJWT): Promise<string> {
  return build(
    new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('m'),
  ).sign(new TextEncoder().encode(secret));
}

describe('JWT lifetime', () => {
  const verifier = () => createJwtVerifier({ secret, roleClaim: 'role', maxLifetimeSeconds: 3600 });

  it('refuses a token without exp', async () => {
    const verify = await verifier();
    await expect(verify(await token((t) => t.setIssuedAt()))).rejects.toThrow(/"exp" claim/);
  });

  it('refuses a token valid for longer than the maximum, from iat or from now', async () => {
    const verify = await verifier();
    await expect(
      verify(await token((t) => t.setIssuedAt().setExpirationTime(now() + 7200))),
    ).rejects.toThrow(/valid for 7200 s from its iat; this server accepts at most 3600 s/);
    await expect(verify(await token((t) => t.setExpirationTime(now() + 86_400)))).rejects.toThrow(
      /from now; this server accepts at most 3600 s \(JWT_MAX_LIFETIME\)/,
    );
  });

  it('accepts a token within the maximum', async () => {
    const verify = await verifier();
    const principal = await verify(await token((t) => t.setIssuedAt().setExpirationTime('30m')));
    expect(principal).toEqual({ id: 'jwt:m', role: 'editor' });
  });

  it('reads JWT_MAX_LIFETIME as seconds or a duration, 24 hours by default', () => {
    const config = (value?: string) =>
      readConfig({ JWT_SECRET: secret, ...(value ? { JWT_MAX_LIFETIME: value } : {}) }).auth.jwt
        ?.maxLifetimeSeconds;
    expect([config(), config('2h'), config('90m'), config('600'), config('7d')]).toEqual([
      86_400, 7_200, 5_400, 600, 604_800,
    ]);
    expect(() => config('forever')).toThrow(/JWT_MAX_LIFETIME: must be seconds or a duration/);
  });
});

describe('private files', () => {
  it('makes a loose keys file 0600 at start, with a warning, and `keys create` keeps it so', () => {
    const file = join(dir(), 'keys.yaml');
    const { record } = generateApiKey('ops', 'admin');
    writeFileSync(file, `keys:\n  - id: ${record.id}\n    role: admin\n    hash: ${record.hash}\n`);
    chmodSync(file, 0o644);
    const config = readConfig({ API_KEYS_FILE: file });
    expect(modeOf(file)).toBe('600');
    expect(config.auth.keys.map((k) => k.id)).toEqual(['ops']);
    expect(config.warnings).toEqual([
      `API_KEYS_FILE ${file} had mode 0644: set to 0600 (only this user may read it)`,
    ]);
    chmodSync(file, 0o664);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      createKey('ci', { role: 'reader', file });
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(modeOf(file)).toBe('600');
  });

  it('creates the journal and snapshots 0600, and fixes them at start with a warning', async () => {
    const dataDir = dir();
    const paths = dataDirPaths(dataDir);
    const open = (onOpen?: (info: OpenInfo) => void) =>
      MemoryStore.open({
        dataDir,
        initialData: async () => ({ nodes: [node('seed')], edges: [] }),
        compactAfter: 1,
        ...(onOpen ? { onOpen } : {}),
      });
    const store = await open();
    await store.applyChange({
      operation: 'test',
      by: 'key:t',
      summary: 'one',
      source: { source: 'source:test' },
      changes: { putNodes: [node('n1')], deleteNodes: [], putEdges: [], deleteEdges: [] },
    });
    await store.close();
    expect([modeOf(paths.journal), modeOf(paths.snapshot)]).toEqual(['600', '600']);

    chmodSync(paths.journal, 0o644);
    chmodSync(paths.snapshot, 0o640);
    let warnings: string[] = [];
    const reopened = await open((info) => (warnings = info.warnings));
    await reopened.close();
    expect([modeOf(paths.journal), modeOf(paths.snapshot)]).toEqual(['600', '600']);
    expect(warnings).toEqual([
      `${paths.snapshot} had mode 0640: set to 0600 (only this user may read it)`,
      `${paths.journal} had mode 0644: set to 0600 (only this user may read it)`,
    ]);
  });
});

describe('journal records', () => {
  it('stops the start at a record with a good checksum and a bad body, naming the line', async () => {
    const dataDir = dir();
    const good: ChangeRecord = {
      seq: 1,
      at: '2026-11-23T10:00:00.000Z',
      by: 'key:test',
      operation: 'createActor',
      summary: 'change 1',
      source: { source: 'source:test' },
      changes: { putNodes: [node('n1')], deleteNodes: [], putEdges: [], deleteEdges: [] },
      conditions: {},
      before: { nodes: [], edges: [] },
    };
    const bad = {
      ...good,
      seq: 2,
      changes: { ...good.changes, putNodes: [{ ...node('n2'), type: 'City' }] },
    } as unknown as ChangeRecord;
    writeFileSync(dataDirPaths(dataDir).journal, encodeLine(good) + encodeLine(bad));
    await expect(
      MemoryStore.open({ dataDir, initialData: async () => ({ nodes: [], edges: [] }) }),
    ).rejects.toThrow(
      /damaged at line 2: its checksum matches but the record is not a change record — changes\.putNodes\.0\.type: Invalid option/,
    );
  });
});

describe('the store lock', () => {
  it('lets exactly one of several processes take over a stale lock at the same instant', async () => {
    const dataDir = dir();
    const barrier = join(dir(), 'barrier');
    mkdirSync(barrier);
    // Left by a process that no longer runs.
    writeFileSync(dataDirPaths(dataDir).lock, '999999999\n');
    const module = repoPath('dist/src/store/memory/data-dir.js');
    const racer = resolve(import.meta.dirname, 'lock-racer.mjs');
    const racers = 6;
    const children = Array.from({ length: racers }, () =>
      spawn(process.execPath, [racer, module, dataDir, barrier, String(racers)], {
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    const outcomes = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolveLine) => {
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              if (out.includes('\n')) resolveLine(out.trim());
            });
          }),
      ),
    );
    // All answered while every racer still runs (holding what it got).
    for (const child of children) child.stdin.end();
    await Promise.all(children.map((child) => new Promise((r) => child.on('exit', r))));
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o !== 'locked'))
      expect(outcome).toMatch(/^refused: The data directory .* is in use by process \d+/);
  });
});
