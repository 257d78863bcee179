/**
 * The playground (/) in real headless Chromium under the server's content security policy: it
 * loads only this server's files, GraphiQL starts with the examples as tabs, reads the schema
 * and runs the first example — with no console errors (a blocked script would log one).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { collectErrors, launchChromium } from './chromium.js';

describe('playground in the browser', () => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    store = await seededMemoryStore();
    server = await createServer(store, DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  it('starts GraphiQL with the examples and runs one, loading nothing from elsewhere', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    await page.goto(`${url}/`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThan(5);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain(
      'MediterraneanMigrationPartners',
    );
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('"totalCount": 2'),
      null,
      { timeout: 60_000 },
    );
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
