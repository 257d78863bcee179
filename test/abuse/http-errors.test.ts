/**
 * Probes at the HTTP level, with NODE_ENV unset (Express then shows stack traces): malformed
 * JSON and bodies over the limit answered HTML pages with stack traces and file paths. Now every
 * client error is JSON with a code, and unknown routes are a JSON 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { firstError, LEAKS, startAbuseServer, type AbuseServer } from './abuse-server.js';

describe('HTTP errors, NODE_ENV unset', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    const saved = process.env.NODE_ENV;
    delete process.env.NODE_ENV; // Express reads it when the app is made
    try {
      api = await startAbuseServer(await seededMemoryStore());
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
  afterAll(() => api.stop());

  const isJsonError = (answer: { headers: Headers; text: string }) => {
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.text).not.toMatch(LEAKS);
  };

  it('malformed JSON: 400 BAD_REQUEST as JSON, no stack trace', async () => {
    const answer = await api.graphql('{"query": "{ stats { nodeCount }');
    expect(answer.status).toBe(400);
    isJsonError(answer);
    expect(firstError(answer)).toMatchObject({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST', requestId: answer.headers.get('x-request-id') },
    });
  });

  it('a body over 1 MB: 413 PAYLOAD_TOO_LARGE as JSON', async () => {
    const answer = await api.graphql({
      query: `{ stats { nodeCount } } # ${'x'.repeat(1_100_000)}`,
    });
    expect(answer.status).toBe(413);
    isJsonError(answer);
    expect(firstError(answer).extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: 1_048_576,
    });
  });

  it('an unknown route: 404 as JSON; the pages stay HTML', async () => {
    const answer = await api.request('/nothing/here');
    expect(answer.status).toBe(404);
    isJsonError(answer);
    expect(answer.json).toMatchObject({
      error: { code: 'NOT_FOUND', message: 'Nothing at GET /nothing/here.' },
    });
    expect((await api.request('/playground/nope.js')).json).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const page = await api.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('a POST that is not JSON, and a GET without a query: 400 as JSON', async () => {
    const text = await api.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ stats { nodeCount } }',
    });
    expect(text.status).toBe(400);
    isJsonError(text);
    expect(firstError(text).extensions.code).toBe('BAD_REQUEST');
    const get = await api.request('/graphql');
    expect(get.status).toBe(400);
    isJsonError(get);
    expect(firstError(get).extensions.code).toBe('BAD_REQUEST');
  });
});
