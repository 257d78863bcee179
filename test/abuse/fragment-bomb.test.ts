/**
 * Probe: a ~1.6 KB document of 40 fragments, each spreading the previous one twice (2^40
 * selections when expanded). It froze the process (graphql-depth-limit expanded it); now it is
 * refused before anything runs, and every rule that looks at it does so without expanding it.
 */
import { parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { graphSizeOf } from '../../src/graphql/cost/graph-size.js';
import { measureCost } from '../../src/graphql/cost/measure-cost.js';
import { documentRules } from '../../src/graphql/document-limits.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import {
  fragmentBomb,
  firstError,
  LEAKS,
  startAbuseServer,
  type AbuseServer,
} from './abuse-server.js';

describe('a fragment bomb (2^40 selections when expanded)', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(await seededMemoryStore());
  });
  afterAll(() => api.stop());

  it('is refused with GRAPHQL_VALIDATION_FAILED, as JSON, and the server still answers', async () => {
    const bomb = fragmentBomb(40);
    expect(bomb.length).toBeLessThan(2_000);
    const answer = await api.graphql({ query: bomb });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(firstError(answer).extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'MAX_QUERY_SELECTIONS',
      maximum: DEFAULT_LIMITS.maxSelections,
    });
    expect(answer.text).not.toMatch(LEAKS);
    const health = await api.request('/health');
    expect(health.status).toBe(200);
  });

  it('is measured by the depth, alias and directive rules without expanding it', async () => {
    const schema = await buildDiplomapSchema();
    // The rules alone, not shielded by the selections limit: each answers at once.
    const errors = validate(schema, parse(fragmentBomb(40)), [
      ...specifiedRules,
      ...documentRules(DEFAULT_LIMITS),
    ]);
    expect(errors).toEqual([]);
    const aliased = parse(fragmentBomb(40).replace('stats {', 'a: stats {'));
    expect(validate(schema, aliased, documentRules(DEFAULT_LIMITS)).map((e) => e.message)).toEqual([
      `Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found ${2 ** 40}.`,
    ]);
  });

  it('stops the cost estimate after MAX_QUERY_SELECTIONS selections, whatever the document', async () => {
    const schema = await buildDiplomapSchema();
    const size = graphSizeOf({ nodesByType: { Municipality: 10 }, relationshipsByType: {} });
    expect(() =>
      measureCost(schema, parse(fragmentBomb(40)), 'Bomb', {}, { limits: DEFAULT_LIMITS, size }),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    );
  });
});
