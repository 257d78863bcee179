/** The /explore route: the page and its bundle, an allow-list of assets, and a 503 saying how to build. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerRouter } from '../../src/server/explorer.js';

describe('explorer route', () => {
  let dir: string;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'explorer-'));
    const app = express();
    app.use(explorerRouter(dir));
    server = http.createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with the fix until the bundle is built', async () => {
    const response = await fetch(`${url}/explore`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:explorer');
  });

  it('serves the page and only the bundle’s files', async () => {
    writeFileSync(join(dir, 'explorer.js'), 'export {};');
    writeFileSync(join(dir, 'explorer.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    const page = await fetch(`${url}/explore`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/explore/assets/explorer.js">');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)/);
    const script = await fetch(`${url}/explore/assets/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${url}/explore/assets/secret.txt`)).status).toBe(404);
    expect((await fetch(`${url}/explore/assets/..%2Fsecret.txt`)).status).toBe(404);
  });
});
