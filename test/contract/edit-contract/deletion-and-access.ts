/**
 * Who may edit: deleting is for admins, and anonymous callers and readers write nothing. Part of
 * the edit contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import { CreateActorDocument, DeleteNodeDocument } from '../../generated/graphql.js';
import { alice, doc, reader, root, type EditContext } from './edit-support.js';

export function deletionAndAccessTests(ctx: EditContext): void {
  const { as, errorOf, changeCount, nodeExists } = ctx;

  it('deletes a node with its relationships, for admins only', async () => {
    const forbidden = await errorOf(
      as(alice).run(DeleteNodeDocument, { key: 'project:matching-fund', source: doc }),
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    expect(await nodeExists('project:matching-fund')).toBe(true);

    const { deleteNode } = await as(root).query(DeleteNodeDocument, {
      key: 'project:matching-fund',
      source: { source: 'source:doc', note: 'a duplicate' },
    });
    expect(deleteNode).toMatchObject({
      by: 'key:root',
      operation: 'deleteProject',
      deletedNodes: ['project:matching-fund'],
      deletedRelationships: [
        'PARTICIPATES_IN:acri->project:matching-fund',
        'PARTICIPATES_IN:anci->project:matching-fund',
      ],
    });
    expect(await nodeExists('project:matching-fund')).toBe(false);
    const reference = await errorOf(
      as(root).run(DeleteNodeDocument, { key: 'country:IT', source: doc }),
    );
    expect(reference.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await errorOf(as(root).run(DeleteNodeDocument, { key: 'nobody', source: doc }));
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses anonymous callers and readers, writing nothing', async () => {
    const variables = { input: { kind: 'NETWORK' as const, name: 'Ghost' }, source: doc };
    expect((await errorOf(as().run(CreateActorDocument, variables))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await errorOf(as(reader).run(CreateActorDocument, variables))).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await nodeExists('ghost')).toBe(false);
    expect(await changeCount()).toBe(0);
  });
}
