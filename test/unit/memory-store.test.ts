/** Writes to the embedded store: checked before anything is written, idempotent, and type changes move the node. */
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/domain/changes.js';
import { DiplomapError } from '../../src/domain/errors.js';
import type { GraphData } from '../../src/domain/graph-records.js';
import { WHOLE_LIST } from '../../src/domain/pagination.js';
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

describe('MemoryStore hubs', () => {
  // A project with more participants than the reader's hub line (graph-reader.ts): its
  // relationship lists are kept between writes, so every kind of write must drop them.
  const members = Array.from({ length: 100 }, (_, i) => `m${String(i).padStart(3, '0')}`);
  const hub: GraphData = {
    nodes: [node('p', 'Project'), ...members.map((m) => node(m))],
    edges: members.map((m) => edge('PARTICIPATES_IN', m, 'p')),
  };
  const change = (changes: Partial<ChangeSet>) => ({
    operation: 'test',
    by: 'test',
    source: { source: 'source:test' },
    summary: 'test',
    changes: { putNodes: [], deleteNodes: [], putEdges: [], deleteEdges: [], ...changes },
  });
  const partnersOf = async (store: MemoryStore, of: string) =>
    (await store.findPartners({ of }, { first: WHOLE_LIST })).items.map((i) => i.value.actorKey);

  it("answers from the hub's relationships as they are after each write", async () => {
    const store = await MemoryStore.fromData(hub);
    expect(await partnersOf(store, 'm000')).toEqual(members.slice(1));
    await store.applyChange(change({ deleteEdges: [edge('PARTICIPATES_IN', 'm001', 'p').key] }));
    expect(await partnersOf(store, 'm000')).toEqual(members.slice(2));
    await store.applyChange(
      change({ putNodes: [node('n')], putEdges: [edge('PARTICIPATES_IN', 'n', 'p')] }),
    );
    expect(await partnersOf(store, 'm000')).toEqual([...members.slice(2), 'n']);
    await store.applyChange(change({ deleteNodes: ['m002'] }));
    expect(await partnersOf(store, 'm000')).toEqual([...members.slice(3), 'n']);
    await store.upsert({ nodes: [node('o')], edges: [edge('PARTICIPATES_IN', 'o', 'p')] });
    expect(await partnersOf(store, 'm000')).toEqual([...members.slice(3), 'n', 'o']);
    // The headline from the index agrees: every participant left has partners (m001 has none now, m002 is gone).
    const all = await store.findPartners({}, { first: WHOLE_LIST });
    expect(all.totalCount).toBe(members.length - 2 + 2);
  });
});
