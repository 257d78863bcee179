/** `diplomap serve` as a process, the way `npm start` runs it: it serves, then drains on SIGTERM. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = resolve(import.meta.dirname, '../../dist/src/cli/main.js');

describe('diplomap serve (the built CLI)', () => {
  it('loads the seeds, answers over HTTP and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [main, 'serve'], {
      env: { ...process.env, PORT: '0', NEO4J_URI: '', LOG_LEVEL: 'info', DATA_DIR: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no serving line in time:\n${out}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.includes('"Diplomap is serving"'));
        if (line) {
          clearTimeout(timer);
          resolveUrl((JSON.parse(line) as { url: string }).url);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
    });
    const health = (await (await fetch(`${url}/health`)).json()) as { ok: boolean; nodes: number };
    expect(health.ok).toBe(true);
    expect(health.nodes).toBeGreaterThan(18_000);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "anci") { name } }' }),
    });
    expect(await response.json()).toEqual({
      data: { actor: { name: 'National Association of Italian Municipalities' } },
    });
    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
