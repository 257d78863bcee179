/** Every example the playground offers (schema/examples.graphql) runs without errors on the seeds. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execute, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { createContext } from '../../src/graphql/context.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

const document = parse(
  readFileSync(resolve(import.meta.dirname, '../../schema/examples.graphql'), 'utf8'),
);
const operations = document.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
);

describe('playground examples', () => {
  it.each(operations.map((op) => [op.name!.value, op.operation]))(
    '%s (%s) answers without errors',
    async (name) => {
      const store = await seededMemoryStore();
      const result = await execute({
        schema: await buildDiplomapSchema(),
        document,
        operationName: name,
        contextValue: createContext(store, DEFAULT_LIMITS, { id: 'key:example', role: 'editor' }),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    },
  );
});
