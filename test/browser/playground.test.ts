/**
 * The playground (/) in real headless Chromium under the server's content security policy: it
 * loads only this server's files, GraphiQL starts with the examples as tabs, reads the schema
 * and runs the first example, and the subscription example streams an edit over the same origin's
 * WebSocket — with no console errors (a blocked script or connection would log one).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeActor, editor } from '../http/subscription-suite.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { startBrowserSite, type BrowserSite } from './browser-site.js';

describe('playground in the browser', () => {
  let site: BrowserSite;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    site = await startBrowserSite(await seededMemoryStore(), {
      auth: { keys: [editor.record], queryAccess: 'public' },
    });
    url = site.url;
  });
  afterAll(() => site?.close());

  it('starts GraphiQL with the examples and runs one, loading nothing from elsewhere', async () => {
    const opened = await site.newPage({ viewport: { width: 1280, height: 800 } });
    page = opened.page;
    const errors = opened.errors;
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

  it('runs the subscription example over WebSocket and shows a change as it is made', async () => {
    const opened = await site.newPage({ viewport: { width: 1280, height: 800 } });
    page = opened.page;
    const errors = opened.errors;
    await page.goto(`${url}/`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page.locator('.graphiql-tab', { hasText: 'WatchChanges' }).click();
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('subscription');
    // GraphiQL runs the operation under the cursor: put it in this tab's operation. It learns the
    // operation's name a moment after the tab switch; a click before that runs the last tab's name
    // ("Unknown operation named …"), and a user clicks again, as this does.
    await page.locator('.graphiql-query-editor .CodeMirror-code').click();
    const resultText = async () => (await page.locator('.result-window').textContent()) ?? '';
    let staleRuns = 0;
    for (let attempt = 1; site.server.subscriptions.feed.size === 0; attempt += 1) {
      await page.locator('.graphiql-execute-button').click();
      // As long as the page's other waits: a loaded machine slows GraphiQL and the socket alike.
      // Only the first click can be stale: its answer came after GraphiQL learnt the name.
      const end = Date.now() + 60_000;
      let stale = false;
      while (site.server.subscriptions.feed.size === 0 && !stale) {
        if (Date.now() > end) throw new Error('never happened: the playground to subscribe');
        stale = attempt === 1 && (await resultText()).includes('Unknown operation named');
        await new Promise((r) => setTimeout(r, 50));
      }
      if (stale) staleRuns += 1;
    }
    const seq = await describeActor(url, 'anci', 'Seen in the playground');
    await page.waitForFunction(
      (n) => document.querySelector('.result-window')?.textContent?.includes(`"seq": ${n}`),
      seq,
      { timeout: 60_000 },
    );
    expect(await page.locator('.result-window').innerText()).toContain('"by": "key:ed"');
    // A stale run is refused (400), which the browser logs; nothing else may be.
    const refused =
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(errors.filter((e) => e !== refused)).toEqual([]);
    expect(errors.length).toBe(staleRuns);
    await page.close();
  });
});
