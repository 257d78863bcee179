/**
 * The edit contract: every mutation, its success and each refusal, and the change log, run the
 * same on every store. Each test starts from the small graph of edit-contract/edit-support.ts,
 * freshly loaded; the parts (edit-contract/*.ts) add their tests to this one describe.
 */
import { beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { actorCreationTests } from './edit-contract/actor-creation.js';
import { changeLogTests } from './edit-contract/change-log.js';
import { changeSourceTests } from './edit-contract/change-sources.js';
import { deletionAndAccessTests } from './edit-contract/deletion-and-access.js';
import { editContext } from './edit-contract/edit-support.js';
import { nodeUpdateTests } from './edit-contract/node-updates.js';
import { relationshipEditTests } from './edit-contract/relationship-edits.js';

export { editFixture } from './edit-contract/edit-support.js';

export function defineEditSuite(name: string, freshStore: () => Promise<GraphStore>): void {
  describe(`edit contract: ${name}`, () => {
    let store: GraphStore;
    const ctx = editContext(() => store);

    beforeEach(async () => {
      store = await freshStore();
    });

    actorCreationTests(ctx);
    changeSourceTests(ctx);
    nodeUpdateTests(ctx);
    relationshipEditTests(ctx);
    deletionAndAccessTests(ctx);
    changeLogTests(ctx);
  });
}
