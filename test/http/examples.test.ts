/**
 * Every example the playground offers (schema/examples.graphql) runs without errors on the seeds;
 * a subscription example receives an edit made after it subscribed.
 */
import { readFileSync } from 'node:fs';
import {
  execute,
  Kind,
  OperationTypeNode,
  parse,
  subscribe,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../src/app/change-feed.js';
import { Curator } from '../../src/edit/curator.js';
import type { Principal } from '../../src/edit/principal.js';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { createContext } from '../../src/graphql/context.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { repoPath } from '../../src/runtime/repo-root.js';

const document = parse(readFileSync(repoPath('schema/examples.graphql'), 'utf8'));
const operations = document.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const editor: Principal = { id: 'key:example', role: 'editor' };

describe('playground examples', () => {
  it.each(operations.map((op) => [op.name!.value, op.operation]))(
    '%s (%s) answers without errors',
    async (name, operation) => {
      const store = await seededMemoryStore();
      const schema = await buildDiplomapSchema();
      if (operation === OperationTypeNode.SUBSCRIPTION) {
        const feed = new ChangeFeed(store, { pollMs: 0, readTimeoutMs: 5_000 });
        const stream = await subscribe({
          schema,
          document,
          operationName: name,
          contextValue: { ...createContext(store, DEFAULT_LIMITS, editor), changeFeed: feed },
        });
        if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream.errors));
        const edit = new Curator(feed.watching(store)).updateNode(
          'actor',
          'anci',
          { description: 'An example edit' },
          { note: 'examples test' },
          editor,
        );
        const { value } = (await stream.next()) as { value: ExecutionResult };
        await edit;
        await stream.return?.();
        expect(value.errors).toBeUndefined();
        expect(value.data).toMatchObject({ changes: { operation: 'updateActor' } });
        return;
      }
      const result = await execute({
        schema,
        document,
        operationName: name,
        contextValue: createContext(store, DEFAULT_LIMITS, editor),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    },
  );
});
