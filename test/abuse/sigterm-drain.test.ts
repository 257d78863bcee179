/**
 * Probe: `diplomap serve` (the built CLI, a child process) receives SIGTERM in the middle of
 * heavy work. It drains and exits within a bound (SHUTDOWN_GRACE_MS, then the running request is
 * stopped), and a second signal exits at once. Today's main never handled the signal: the heavy
 * request held the event loop, and the handler ignored a second signal.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../support/serve-process.js';
import { subscribe } from '../support/subscriber.js';
import { describeActor, editor } from '../http/subscription-suite.js';
import { aliases } from './abuse-support.js';

/** The exit code, or 'still running' if the process has not ended within `ms`. */
function exitWithin(serve: ServeProcess, ms: number): Promise<number | string | null> {
  return Promise.race([serve.exited, sleep(ms, 'still running')]);
}

/** Sends a heavy request (20 × communities) and returns once the server is busy with it. */
async function startHeavyWork(serve: ServeProcess): Promise<{ pending: () => boolean }> {
  let done = false;
  fetch(`${serve.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: aliases(20, (i) => `communities(first: ${i + 1}) { count }`) }),
  })
    .then((response) => response.text())
    .catch(() => undefined)
    .finally(() => (done = true));
  await sleep(500);
  return { pending: () => !done };
}

describe('SIGTERM during heavy work', () => {
  let serve: ServeProcess | undefined;
  afterEach(() => {
    if (serve && serve.child.exitCode === null && serve.child.signalCode === null)
      serve.child.kill('SIGKILL');
  });

  it('drains for the grace period, stops the heavy request and exits', async () => {
    serve = await startServe({
      DATA_DIR: 'off',
      NODE_ENV: 'production',
      REQUEST_TIMEOUT_MS: '600000',
      SHUTDOWN_GRACE_MS: '1000',
      MAX_QUERY_COST: '100000000',
      RATE_LIMITS: 'off',
    });
    const heavy = await startHeavyWork(serve);
    expect(heavy.pending()).toBe(true);
    serve.child.kill('SIGTERM');
    expect(await exitWithin(serve, 20_000)).toBe(0);
  });

  it('a second signal exits at once', async () => {
    serve = await startServe({
      DATA_DIR: 'off',
      NODE_ENV: 'production',
      REQUEST_TIMEOUT_MS: '600000',
      SHUTDOWN_GRACE_MS: '600000',
      MAX_QUERY_COST: '100000000',
      RATE_LIMITS: 'off',
    });
    const heavy = await startHeavyWork(serve);
    serve.child.kill('SIGTERM');
    // Still draining (the grace period is long), until the second signal.
    expect(await exitWithin(serve, 1_000)).toBe('still running');
    expect(heavy.pending()).toBe(true);
    serve.child.kill('SIGTERM');
    expect(await exitWithin(serve, 10_000)).toBe(143);
  });

  it('closes subscriptions with 1001 first, then exits', async () => {
    const key = editor.record;
    serve = await startServe({
      DATA_DIR: 'off',
      RATE_LIMITS: 'off',
      SHUTDOWN_GRACE_MS: '600000',
      API_KEYS: `${key.id}:${key.role}:${key.hash.replace(/^sha256:/, '')}`,
    });
    const watcher = subscribe(serve.url, 'subscription { changes(after: 0) { seq } }');
    await describeActor(serve.url, 'anci', 'before the shutdown');
    await watcher.waitFor(1); // the subscription is live
    serve.child.kill('SIGTERM');
    await watcher.ended();
    expect(watcher.closed?.code).toBe(1001);
    // No request in flight: the long grace period does not hold the exit.
    expect(await exitWithin(serve, 20_000)).toBe(0);
  });
});
