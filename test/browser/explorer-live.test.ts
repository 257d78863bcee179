/**
 * The explorer updates live: with ANCI's partners on screen, an edit to ANCI made by another
 * client (an editor's HTTP mutation) reaches the page over its WebSocket subscription — the page
 * says "Updated", reloads the view and the details show the new description — with no console
 * error (a WebSocket the content security policy refused would be one).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeActor, editor } from '../http/subscription-suite.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { post, until } from '../support/subscriber.js';
import { startBrowserSite, type BrowserSite } from './browser-site.js';

describe('explorer: live updates', () => {
  let site: BrowserSite;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    site = await startBrowserSite(await seededMemoryStore(), {
      explorer: true,
      auth: { keys: [editor.record], queryAccess: 'public' },
    });
    url = site.url;
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it(
    'an edit to an actor on screen shows up without reloading the page',
    { timeout: 120_000 },
    async () => {
      const opened = await site.newPage();
      page = opened.page;
      const errors = opened.errors;
      await page.goto(`${url}/explore?focus=anci&selected=anci`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, {
        timeout: 90_000,
      });
      await page.locator('#details-body h2[data-key="anci"]').waitFor();
      await until(() => site.server.subscriptions.feed.size === 1, 'the page to subscribe');
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
