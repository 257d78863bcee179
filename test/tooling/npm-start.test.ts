/**
 * `npm start` and signals: SIGTERM to the npm process reaches the server, which drains, releases
 * its data directory and exits, freeing the port — no orphan left holding them. npm forwards the
 * signal to the script's shell, and Debian's dash does not pass it on, hence `exec` in the start
 * script. The build is `prestart`'s (npm test has just run it), so the run skips it with
 * --ignore-scripts, which still runs `start` itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo } from '../support/test-neo4j.js';

const FREED_WITHIN_MS = 5_000;

/** Whether any process of the group `pgid` is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function within(ms: number, condition: () => Promise<boolean> | boolean): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplomap-npm-start-'));
  let pgid: number | undefined;
  afterAll(() => {
    if (pgid !== undefined && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds in prestart and runs the server itself as the start script', () => {
    const { scripts } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.prestart).toContain('npm run build');
    expect(scripts.start).toBe('exec node dist/src/cli/main.js serve');
  });

  it('stops on SIGTERM to npm: the server drains, the port is free, no process is left', async () => {
    // Its own process group, so every process npm starts can be found afterwards.
    const npm = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: repo,
      detached: true,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', NEO4J_URI: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    pgid = npm.pid!;
    const closed = new Promise((done) => npm.once('close', done));
    // stdout (the server's JSON lines) apart from stderr (npm's own messages, which could
    // otherwise land in the middle of a JSON line); `log` has both, for messages.
    let log = '';
    let out = '';
    npm.stderr.on('data', (chunk) => (log += chunk));
    const url = await new Promise<URL>((done, fail) => {
      npm.stdout.on('data', (chunk) => {
        log += chunk;
        out += chunk;
        const line = out.split('\n').find((l) => l.includes('"Diplomap is serving"'));
        if (line) done(new URL((JSON.parse(line) as { url: string }).url));
      });
      npm.once('exit', (code) => fail(new Error(`npm start exited (${code}):\n${log}`)));
    });
    const port = Number(url.port);
    expect(await portOpen(port)).toBe(true);
    expect(existsSync(join(dataDir, 'LOCK'))).toBe(true);

    process.kill(npm.pid!, 'SIGTERM');
    expect(await within(FREED_WITHIN_MS, async () => !(await portOpen(port)))).toBe(true);
    expect(await within(FREED_WITHIN_MS, () => !groupAlive(pgid!))).toBe(true);
    await closed; // all of its output read
    const lines = out.split('\n').filter((l) => l.startsWith('{'));
    const records = lines.map((l) => JSON.parse(l) as { msg: string; signal?: string });
    expect(
      records.map((r) => r.msg),
      log,
    ).toContain('shutting down');
    expect(records.find((r) => r.msg === 'shutting down')?.signal, log).toBe('SIGTERM');
    expect(existsSync(join(dataDir, 'LOCK'))).toBe(false);
  }, 120_000);
});
