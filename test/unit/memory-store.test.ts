/** Writes to the embedded store: checked before anything is written, idempotent, and type changes move the node. */
import { describe, expect, it } from 'vitest';
import { DiplomapError } from '../../src/domain/errors.js';
import type { GraphData } from '../../src/domain/graph-records.js';
import { edge, node } from '../support/graph-fixtures.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const base: GraphData = {
  nodes: [node('a'), node('b'), node('net', 'Network')],
  edges: [edge('MEMBER_OF', 'a', 'net')],
};

describe('MemoryStore.upsert', () => {
  it('refuses relationships to missing nodes with BAD_USER_INPUT and writes nothing', async () => {
    const store = await MemoryStore.fromData(base);
    const before = await store.counts();
    const bad: GraphData = {
      nodes: [node('c')],
      edges: [edge('MEMBER_OF', 'c', 'ghost')],
    };
    await expect(store.upsert(bad)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { missing: ['ghost'] },
    });
    await expect(store.upsert(bad)).rejects.toBeInstanceOf(DiplomapError);
    expect(await store.counts()).toEqual(before);
    expect(await store.getNodes(['c'])).toEqual([null]);
  });

  it('is idempotent', async () => {
    const store = await MemoryStore.fromData(base);
    const before = await store.counts();
    await store.upsert(base);
    expect(await store.counts()).toEqual(before);
  });

  it('moves a node to its new type', async () => {
    const store = await MemoryStore.fromData(base);
    await store.upsert({ nodes: [node('b', 'Association')], edges: [] });
    expect((await store.counts()).nodesByType).toEqual({
      Association: 1,
      Municipality: 1,
      Network: 1,
    });
    const page = await store.findNodes(
      { types: ['Municipality', 'Municipality'], orderBy: 'KEY', direction: 'ASC' },
      { first: 10 },
    );
    expect(page.items.map((i) => i.value.key)).toEqual(['a']);
  });
});
