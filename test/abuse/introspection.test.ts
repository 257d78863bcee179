/**
 * Probe: introspection was on and could not be turned off. `INTROSPECTION=off` now refuses
 * `__schema` and `__type` and hides "did you mean" hints, which would reveal the schema too.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/config.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { firstError, startAbuseServer, type AbuseServer } from './abuse-server.js';

describe('introspection', () => {
  let on: AbuseServer;
  let off: AbuseServer;
  beforeAll(async () => {
    const store = await seededMemoryStore();
    on = await startAbuseServer(store, { server: readConfig({}).server });
    off = await startAbuseServer(store, { server: readConfig({ INTROSPECTION: 'off' }).server });
  });
  afterAll(async () => {
    await on.stop();
    await off.stop();
  });

  it('is on by default: the playground reads the schema', async () => {
    const answer = await on.graphql({ query: getIntrospectionQuery() });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json)).toContain('"name":"Actor"');
  });

  it.each([
    ['the full introspection query', getIntrospectionQuery()],
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Actor") { fields { name } } }'],
  ])('INTROSPECTION=off refuses %s', async (_name, query) => {
    const answer = await off.graphql({ query });
    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toContain('"Actor"');
  });

  it('INTROSPECTION=off gives no hints about field names; queries still run', async () => {
    const typo = await off.graphql({ query: '{ actr(id: "anci") { id } }' });
    expect(typo.status).toBe(400);
    expect(firstError(typo).message).not.toMatch(/did you mean/i);
    expect(firstError(await on.graphql({ query: '{ actr(id: "anci") { id } }' })).message).toMatch(
      /Did you mean "actor"/,
    );
    const real = await off.graphql({ query: '{ actor(id: "anci") { name } }' });
    expect(real.json?.data).toEqual({
      actor: { name: 'National Association of Italian Municipalities' },
    });
  });
});
