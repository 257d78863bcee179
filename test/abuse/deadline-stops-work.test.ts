/**
 * Probe: a heavy request past its deadline. It answers TIMEOUT (HTTP 504) naming the limit, and
 * stops using CPU: the embedded store's loop stops at its next slice (no graph work after the
 * answer), an algorithm running in a worker thread has its thread terminated, and nothing is left
 * running or queued.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { once } from 'node:events';
import { UndirectedGraph } from 'graphology';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { timedOut } from '../../src/domain/errors.js';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { Semantics } from '../../src/domain/semantics/evaluator.js';
import { TimeSlices } from '../../src/store/memory/time-slices.js';
import { HeavyWork } from '../../src/app/network/heavy-work.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { post, serveStore, until, type Served } from './abuse-support.js';

describe('a heavy request past its deadline (embedded store)', () => {
  let store: GraphStore;
  let served: Served;
  beforeAll(async () => {
    store = await seededMemoryStore();
    // Its partnership index is built (seededMemoryStore): what is counted is the request's work.
    served = await serveStore(store, { requestTimeoutMs: 150 });
  });
  afterAll(async () => {
    await served.stop();
    await store.close();
  });
  afterEach(() => vi.restoreAllMocks());

  for (const [name, query] of [
    ['communities', '{ communities { count } }'],
    ['centrality', '{ centrality(measure: CLOSENESS) { score } }'],
  ] as const) {
    it(`${name}: answers 504 TIMEOUT naming the limit, and the work stops`, async () => {
      // The store's loops ask their slice at every step (time-slices.ts): a count of graph work.
      const graphWork = vi.spyOn(TimeSlices.prototype, 'due');
      const { status, body } = await post(served.url, query);
      expect(status).toBe(504);
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('time limit of 150 ms'),
        extensions: { code: 'TIMEOUT', limitMs: 150 },
      });
      const atAnswer = graphWork.mock.calls.length;
      expect(atAnswer).toBeGreaterThan(0); // the projection had started
      // Many turns of the event loop later, the projection has not gone on.
      for (let i = 0; i < 20; i++) await sleep(5);
      expect(graphWork.mock.calls.length).toBe(atAnswer);
      expect(served.server.heavyWork.stats()).toMatchObject({ active: 0, queued: 0 });
    });
  }

  it("the store's loop stops at the abort, between two slices", async () => {
    const hits = await store.findPartners({}, { first: WHOLE_LIST });
    const keys = hits.items.map((item) => item.value.actorKey);
    const graphWork = vi.spyOn(Semantics.prototype, 'partnerships');
    const controller = new AbortController();
    const reason = timedOut(1);
    const call = store.getPartnerships(keys, {}, { first: WHOLE_LIST }, controller);
    await until(() => graphWork.mock.calls.length > 0, 'the loop started');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
    const atAbort = graphWork.mock.calls.length;
    for (let i = 0; i < 20; i++) await sleep(5);
    expect(graphWork.mock.calls.length).toBe(atAbort);
    // It stopped early: far from every partnership of every actor.
    expect(atAbort).toBeLessThan(keys.length);
  });

  it('an algorithm in a worker thread past its deadline: its thread is terminated', async () => {
    // A ring of 3,000 actors each linked to its 10 next: closeness takes seconds on it.
    const network = new UndirectedGraph();
    for (let i = 0; i < 3_000; i++) network.addNode(`a${i}`);
    for (let i = 0; i < 3_000; i++)
      for (let k = 1; k <= 10; k++) network.addEdge(`a${i}`, `a${(i + k) % 3_000}`, { weight: 1 });
    const heavy = new HeavyWork({ concurrency: 1, queue: 0, retryAfterSeconds: 1 });
    try {
      const controller = new AbortController();
      const started = once(heavy.events, 'taskStart');
      const job = heavy.run((compute) => compute.centrality(network, 'CLOSENESS', 1e6), controller);
      const [thread] = (await started) as [number];
      const exited = once(heavy.events, 'workerExit');
      const reason = timedOut(1);
      controller.abort(reason);
      await expect(job).rejects.toBe(reason);
      expect(await exited).toEqual([thread]);
      expect(heavy.stats()).toMatchObject({ active: 0, queued: 0 });
      expect(heavy.stats().threads).not.toContain(thread);
    } finally {
      await heavy.close();
    }
  });
});
