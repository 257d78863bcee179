/**
 * Probe: variables that do not fit the operation (a string for an Int, a missing required one).
 * The cost check coerced them itself and failed with a 500 that was never logged; now the answer
 * is 400 BAD_USER_INPUT naming the variable, and the access log records the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { firstError, LEAKS, startAbuseServer, type AbuseServer } from './abuse-server.js';

describe('variables that do not coerce', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(await seededMemoryStore());
  });
  afterAll(() => api.stop());

  it.each([
    [
      'a string for an Int',
      { query: 'query($n: Int) { actors(first: $n) { totalCount } }', variables: { n: 'abc' } },
      /Variable "\$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"/,
    ],
    [
      'a missing required variable',
      { query: 'query($id: ID!) { actor(id: $id) { name } }' },
      /Variable "\$id" of required type "ID!" was not provided/,
    ],
  ])('%s: 400 BAD_USER_INPUT, logged', async (_name, body, message) => {
    const answer = await api.graphql(body);
    expect(answer.status).toBe(400);
    const error = firstError(answer);
    expect(error.message).toMatch(message);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.text).not.toMatch(LEAKS);
    const requestId = answer.headers.get('x-request-id');
    expect(api.accessLines().filter((line) => line.requestId === requestId)).toEqual([
      expect.objectContaining({ status: 400, code: 'BAD_USER_INPUT', path: '/graphql' }),
    ]);
  });
});
