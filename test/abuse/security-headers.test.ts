/**
 * Probe: the answers' headers. `X-Powered-By: Express` was sent and no security header was.
 * Now helmet's headers are on every answer, with a content security policy that allows only
 * this server's own scripts (the playground and explorer pages load nothing else, no inline
 * script; test/browser checks they still work under it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { startAbuseServer, type AbuseServer } from './abuse-server.js';

describe('security headers', () => {
  let api: AbuseServer;
  beforeAll(async () => {
    api = await startAbuseServer(await seededMemoryStore());
  });
  afterAll(() => api.stop());

  it.each([
    ['the playground', '/', {}],
    ['the explorer', '/explore', {}],
    ['health', '/health', {}],
    ['a query', '/graphql?query=%7Bstats%7BnodeCount%7D%7D', { 'apollo-require-preflight': '1' }],
    ['an unknown route', '/nothing', {}],
  ])('%s: no X-Powered-By, helmet’s headers, a self-only policy', async (_name, path, headers) => {
    const answer = await api.request(path, { headers });
    expect(answer.headers.get('x-powered-by')).toBeNull();
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('the playground has no inline script: its start-up is a file, its examples a data block', async () => {
    const html = (await api.request('/')).text;
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts)
      expect(attributes).toMatch(/ src="\/playground\/[a-z-]+\.js"| type="application\/json"/);
    const start = await api.request('/playground/start.js');
    expect(start.status).toBe(200);
    expect(start.text).toContain("document.getElementById('examples')");
  });
});
