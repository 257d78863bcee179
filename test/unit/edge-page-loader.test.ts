/** The relationship-page loader: the fields of a level are one store call, and prime the nodes. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgePageSpec } from '../../src/domain/edge-pages.js';
import { createLoaders } from '../../src/graphql/loaders.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { countingStore } from '../support/api.js';
import { at } from '../support/at.js';
import { edgePagesOf } from '../support/edge-pages.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

const PROJECTS: EdgePageSpec = { types: ['PARTICIPATES_IN'], direction: 'OUT' };
const AGREEMENTS: EdgePageSpec = { types: ['PARTY_TO'], direction: 'OUT' };

describe('the relationship-page loader', () => {
  let base: GraphStore;
  beforeAll(async () => {
    base = await seededMemoryStore();
  });

  it('asks every spec, page and key of a tick in one getEdgePages call', async () => {
    const counting = countingStore(base);
    const { edgePages } = createLoaders(counting.store);
    const asked = [
      { key: 'anci', spec: PROJECTS, page: { first: 3 } },
      { key: 'anci', spec: AGREEMENTS, page: { first: 2 } },
      { key: 'anci', spec: PROJECTS, page: { first: 0 } },
      { key: 'istat:048017', spec: PROJECTS, page: { first: 3 } },
      { key: 'anci', spec: { ...AGREEMENTS, otherTypes: [] }, page: { first: 2 } },
    ];
    const pages = await Promise.all(asked.map((item) => edgePages.load(item)));
    expect(Object.fromEntries(counting.calls)).toEqual({ getEdgePages: 1 });
    for (const [i, { key, spec, page }] of asked.entries()) {
      expect(pages[i], String(i)).toEqual(at(await edgePagesOf(base, [key], spec, page), 0));
    }
    expect(pages.map((p) => [p.totalCount, p.items.length])).toEqual([
      [12, 3],
      [11, 2],
      [12, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('primes the node loader with the other ends: nothing asks for them again', async () => {
    const counting = countingStore(base);
    const loaders = createLoaders(counting.store);
    const page = await loaders.edgePages.load({
      key: 'anci',
      spec: AGREEMENTS,
      page: { first: 4 },
    });
    const keys = page.items.map((item) => item.value.otherKey);
    expect(keys).toHaveLength(4);
    expect(await loaders.node.loadMany(keys)).toEqual(await base.getNodes(keys));
    expect(Object.fromEntries(counting.calls)).toEqual({ getEdgePages: 1 });
  });

  it('fails a field with a bad cursor alone, not the fields batched with it', async () => {
    const counting = countingStore(base);
    const { edgePages } = createLoaders(counting.store);
    const [bad, good] = await Promise.allSettled([
      edgePages.load({ key: 'anci', spec: PROJECTS, page: { first: 2, after: 'not-a-cursor' } }),
      edgePages.load({ key: 'anci', spec: AGREEMENTS, page: { first: 2 } }),
    ]);
    expect(bad.status === 'rejected' && (bad.reason as { code?: string }).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(good.status === 'fulfilled' && good.value.totalCount).toBe(11);
    expect(Object.fromEntries(counting.calls)).toEqual({ getEdgePages: 1 });
    // Only bad cursors: no call at all.
    counting.reset();
    await expect(
      createLoaders(counting.store).edgePages.load({
        key: 'anci',
        spec: PROJECTS,
        page: { first: 2, after: 'nope' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(counting.total()).toBe(0);
  });
});
