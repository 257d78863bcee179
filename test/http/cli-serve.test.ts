/** `diplomap serve` as a process, the way `npm start` runs it: it serves, then drains on SIGTERM. */
import { describe, expect, it } from 'vitest';
import { startServe } from '../support/serve-process.js';

describe('diplomap serve (the built CLI)', () => {
  it('loads the seeds, answers over HTTP and exits cleanly on SIGTERM', async () => {
    // NODE_ENV as in production: Apollo's own signal handlers must not cut the shutdown short.
    const { url, child, exited } = await startServe({ DATA_DIR: 'off', NODE_ENV: 'production' });
    const health = (await (await fetch(`${url}/health`)).json()) as { ok: boolean; nodes: number };
    expect(health.ok).toBe(true);
    expect(health.nodes).toBeGreaterThan(18_000);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "anci") { name } }' }),
    });
    // With the defaults of `diplomap serve`: priced, and charged to this client's budget.
    expect(await response.json()).toEqual({
      data: { actor: { name: 'National Association of Italian Municipalities' } },
      extensions: {
        cost: {
          requested: 2,
          maximum: 200_000,
          budget: { perMinute: 2_000_000, remaining: 1_999_998, resetSeconds: expect.any(Number) },
        },
      },
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
