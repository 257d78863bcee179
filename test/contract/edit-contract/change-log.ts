/**
 * The change log: oldest first, filtered by author, node and time, and paged. Part of the edit
 * contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import type { Principal } from '../../../src/edit/principal.js';
import {
  ChangesDocument,
  CreateActorDocument,
  UpdateActorDocument,
} from '../../generated/graphql.js';
import { alice, doc, reader, tick, type EditContext } from './edit-support.js';

export function changeLogTests(ctx: EditContext): void {
  const { as, errorOf } = ctx;

  it('lists changes oldest first, filtered and paged', async () => {
    const bob: Principal = { id: 'key:bob', role: 'editor' };
    await as(alice).query(CreateActorDocument, {
      input: { kind: 'NETWORK', name: 'One' },
      source: doc,
    });
    await tick(); // so the three changes have distinct times
    await as(bob).query(CreateActorDocument, {
      input: { kind: 'NETWORK', name: 'Two' },
      source: doc,
    });
    await tick();
    await as(alice).query(UpdateActorDocument, {
      key: 'one',
      patch: { name: 'One!' },
      source: doc,
    });

    const firstPage = await as(reader).query(ChangesDocument, { first: 2 });
    expect(firstPage.changes.totalCount).toBe(3);
    expect(firstPage.changes.pageInfo.hasNextPage).toBe(true);
    expect(firstPage.changes.edges.map((e) => [e.node.seq, e.node.by])).toEqual([
      [1, 'key:alice'],
      [2, 'key:bob'],
    ]);
    const rest = await as(reader).query(ChangesDocument, {
      first: 2,
      after: firstPage.changes.pageInfo.endCursor,
    });
    expect(rest.changes.edges.map((e) => e.node.operation)).toEqual(['updateActor']);
    expect(rest.changes.pageInfo.hasNextPage).toBe(false);

    const byAlice = await as(reader).query(ChangesDocument, { by: 'key:alice' });
    expect(byAlice.changes.edges.map((e) => e.node.seq)).toEqual([1, 3]);
    const touchingTwo = await as(reader).query(ChangesDocument, { touching: 'two' });
    expect(touchingTwo.changes.edges.map((e) => e.node.seq)).toEqual([2]);

    const at = firstPage.changes.edges[1]!.node.at;
    const since = await as(reader).query(ChangesDocument, { since: at });
    expect(since.changes.edges.map((e) => e.node.seq)).toEqual([2, 3]);
    const future = await as(reader).query(ChangesDocument, { since: '2999-01-01' });
    expect(future.changes.totalCount).toBe(0);
    const bad = await errorOf(as(reader).run(ChangesDocument, { since: 'yesterday' }));
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });
}
