/**
 * Probes on the export routes: a mistyped parameter, file, kind or key is a 400 naming the allowed
 * values (not a silent whole-graph export), on both stores; exports beyond the cap wait in a
 * bounded queue and beyond it are refused with 503, a code and Retry-After; a client that goes
 * away stops the export's work and frees its turn.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromGexf } from '../../src/export/gexf.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';

const stores: [string, () => Promise<GraphStore>][] = [
  ['embedded store', () => MemoryStore.fromData(editFixture())],
  [
    'Neo4j',
    async () => {
      const { Neo4jStore } = await import('../../src/store/neo4j/neo4j-store.js');
      const store = await Neo4jStore.connect(inject('neo4j'));
      await store.clearAll();
      await store.upsert(editFixture());
      return store;
    },
  ],
];

async function serve(store: GraphStore, limits = DEFAULT_LIMITS) {
  const server = await createServer(store, limits);
  return { server, url: await server.listen('127.0.0.1', 0) };
}

describe.each(stores)('export parameters: %s', (_name, open) => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  beforeAll(async () => {
    store = await open();
    ({ server, url } = await serve(store));
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  const refusal = async (path: string) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return ((await response.json()) as { error: Record<string, unknown> }).error;
  };

  it('refuses an unknown parameter (a typo of kinds) instead of exporting the whole graph', async () => {
    expect(await refusal('/export/graph.gexf?kind=Association')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Unknown parameter: kind. Allowed: region, theme, kinds.',
      argument: 'kind',
      allowed: ['region', 'theme', 'kinds'],
      requestId: expect.any(String),
    });
  });

  it('refuses an unknown file or format', async () => {
    const error = await refusal('/export/graph.xml');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'file' });
    expect(error.allowed).toEqual([
      '/export/graph.gexf',
      '/export/graph.graphml',
      '/export/graph.csv',
      '/export/nodes.csv',
      '/export/edges.csv',
    ]);
  });

  it('refuses an unknown kind, region or theme, listing the allowed ones', async () => {
    expect(await refusal('/export/nodes.csv?kinds=Municipality,City')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'kinds',
      allowed: expect.arrayContaining(['Municipality', 'Association', 'Project']),
    });
    expect(await refusal('/export/nodes.csv?region=region:mediteranean')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'region',
      allowed: ['region:mediterranean'],
    });
    const theme = await refusal('/export/graph.graphml?theme=theme:migrants');
    expect(theme).toMatchObject({ argument: 'theme' });
    expect(theme.allowed).toEqual([
      'theme:governance',
      'theme:migration',
      ...Array.from({ length: 17 }, (_, i) => `sdg:${i + 1}`),
    ]);
  });

  it('still exports a correctly named slice', async () => {
    const response = await fetch(`${url}/export/graph.gexf?kinds=Association,Foundation`);
    expect(response.status).toBe(200);
    const data = fromGexf(await response.text());
    expect(data.nodes.map((n) => n.key).sort()).toContain('anci');
  });
});

/** A store whose filtered node reads wait at a gate, to hold exports in flight; counts reads. */
function gatedStore(store: GraphStore) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let entered!: () => void;
  const firstEntry = new Promise<void>((resolve) => (entered = resolve));
  const calls = { findNodes: 0, reads: 0 };
  const reads = new Set(['findNodes', 'getNodes', 'getEdges']);
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !reads.has(property)) return value;
      return async (...args: unknown[]) => {
        calls.reads++;
        if (property === 'findNodes') {
          calls.findNodes++;
          entered();
          await gate;
        }
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, entered: () => firstEntry, open: () => open() };
}

describe('export fairness', () => {
  it('runs at most the cap at once, queues a bounded number, refuses the rest with 503', async () => {
    const gated = gatedStore(await MemoryStore.fromData(editFixture()));
    const { server, url } = await serve(gated.store, {
      ...DEFAULT_LIMITS,
      maxConcurrentExports: 1,
      maxQueuedExports: 1,
    });
    try {
      const running = fetch(`${url}/export/graph.gexf`);
      await gated.entered();
      const queued = fetch(`${url}/export/graph.graphml`);
      // The queued one has not started: only the running export has read the store.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const refused = await fetch(`${url}/export/nodes.csv`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect(await refused.json()).toEqual({
        error: {
          code: 'OVERLOADED',
          message: 'The export queue is full (1 being built, 1 waiting): try again in 10 s.',
          requestId: expect.any(String),
        },
      });
      expect(gated.calls.findNodes).toBe(1);
      gated.open();
      const [first, second] = await Promise.all([running, queued]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(fromGexf(await first.text()).nodes).toHaveLength(editFixture().nodes.length);
      expect(await second.text()).toContain('<graphml');
      // /health never waited for the exports.
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('stops the work of a client that goes away, and frees its turn', async () => {
    const gated = gatedStore(await MemoryStore.fromData(editFixture()));
    const { server, url } = await serve(gated.store, {
      ...DEFAULT_LIMITS,
      maxConcurrentExports: 1,
      maxQueuedExports: 0,
    });
    try {
      const client = new AbortController();
      const gone = fetch(`${url}/export/graph.gexf`, { signal: client.signal }).catch(
        (error: Error) => error.name,
      );
      await gated.entered();
      client.abort();
      expect(await gone).toBe('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const readsWhenGone = gated.calls.reads;
      gated.open();
      // The turn is freed once the read in flight returns; the export reads nothing more.
      let next: Response | undefined;
      for (let i = 0; i < 50 && next?.status !== 200; i++) {
        next = await fetch(`${url}/export/nodes.csv`);
        if (next.status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(next?.status).toBe(200);
      // Only the CSV nodes export has read since: the small graph is one page, read once with
      // the filters (for the columns) and once by key (to write). The GEXF read nothing more.
      expect(gated.calls.reads).toBe(readsWhenGone + 2);
    } finally {
      await server.stop();
    }
  });
});
