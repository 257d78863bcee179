/**
 * Probe: fragments that spread each other. graphql-depth-limit overflowed the stack on them
 * (a 500); now graphql-js's NoFragmentCyclesRule refuses them with a validation error, and the
 * document rules, run on the cycle directly, do not recurse forever either.
 */
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { documentRules } from '../../src/graphql/document-limits.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { firstError, LEAKS, startAbuseServer, type AbuseServer } from './abuse-server.js';

const CYCLE = `query Cycle { actor(id: "anci") { ...A } }
fragment A on Actor { name municipality { ...B } }
fragment B on Actor { name municipality { ...A } }`;
const SELF = 'query Self { ...S } fragment S on Query { stats { nodeCount } ...S }';

describe('a fragment cycle', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(await seededMemoryStore());
  });
  afterAll(() => api.stop());

  it.each([
    ['two fragments', CYCLE, 'Cannot spread fragment "A" within itself via "B".'],
    ['a fragment spreading itself', SELF, 'Cannot spread fragment "S" within itself.'],
  ])('%s: 400 GRAPHQL_VALIDATION_FAILED, not a 500', async (_name, query, message) => {
    const answer = await api.graphql({ query });
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatchObject({
      message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(answer.text).not.toMatch(LEAKS);
  });

  it('does not overflow the document rules when they meet it unshielded', async () => {
    const schema = await buildDiplomapSchema();
    for (const query of [CYCLE, SELF])
      expect(validate(schema, parse(query), documentRules(DEFAULT_LIMITS))).toEqual([]);
  });
});
