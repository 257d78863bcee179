/**
 * The explorer updates live: with ANCI's partners on screen, an edit to ANCI made by another
 * client (an editor's HTTP mutation) reaches the page over its WebSocket subscription — the page
 * says "Updated", reloads the view and the details show the new description — with no console
 * error (a WebSocket the content security policy refused would be one).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/graphql/context.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { describeActor, editor } from '../http/subscription-suite.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { post, until } from '../support/subscriber.js';
import { collectErrors, launchChromium } from './chromium.js';

const root = resolve(import.meta.dirname, '../..');

describe('explorer: live updates', () => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    execFileSync('node', [resolve(root, 'scripts/build-explorer.mjs')], { stdio: 'inherit' });
    store = await seededMemoryStore();
    server = await createServer(store, DEFAULT_LIMITS, undefined, {
      keys: [editor.record],
      queryAccess: 'public',
    });
    url = await server.listen('127.0.0.1', 0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  it(
    'an edit to an actor on screen shows up without reloading the page',
    { timeout: 120_000 },
    async () => {
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${url}/explore?focus=anci&selected=anci`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, {
        timeout: 90_000,
      });
      await page.locator('#details-body h2[data-key="anci"]').waitFor();
      await until(() => server.subscriptions.feed.size === 1, 'the page to subscribe');
      expect(await page.locator('#live').isHidden()).toBe(true);

      const seq = await describeActor(url, 'anci', 'Described while the explorer was open.');
      const note = page.locator('#live');
      await note.waitFor({ state: 'visible' });
      expect(await note.textContent()).toMatch(
        new RegExp(`^Updated just now: .*\\(change ${seq}, by key:ed\\)\\.$`),
      );
      await page
        .locator('#details-body p', { hasText: 'Described while the explorer was open.' })
        .waitFor();
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
      // The page did not navigate: the same document redrew itself.
      expect(page.url()).toBe(`${url}/explore?focus=anci&selected=anci`);
      expect(errors).toEqual([]);
    },
  );

  it('an edit to something not on screen leaves the view alone', async () => {
    // Every text the note shows from now on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { liveNotes: string[] }).liveNotes = seen;
      const note = document.getElementById('live')!;
      new MutationObserver(() => seen.push(note.textContent ?? '')).observe(note, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const created = await post(
      url,
      'mutation { createActor(input: { kind: NETWORK, name: "Not on screen" }, source: { note: "live test" }) { change { seq } } }',
      {},
      editor.key,
    );
    expect(created.errors).toBeUndefined();
    const seq = await describeActor(url, 'anci', 'On screen again.');
    await page.locator('#live', { hasText: `(change ${seq}, by key:ed)` }).waitFor();
    // Changes arrive in order: had the first one redrawn the view, its note would come first.
    const notes = await page.evaluate(
      () => (window as unknown as { liveNotes: string[] }).liveNotes,
    );
    expect(notes.filter((text) => text !== '')).toEqual([
      expect.stringContaining(`(change ${seq}, by key:ed)`) as string,
    ]);
  });
});
