/**
 * The set-up every browser test shares: the explorer bundle built (so a file runs on its own), a
 * server on loopback over the given store, headless Chromium, pages that collect their errors,
 * and the same server's GraphQL API to ask the expected answers from.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { repoPath } from '../../src/runtime/repo-root.js';
import type { AuthConfig } from '../../src/server/auth/authenticator.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { collectErrors, launchChromium } from './chromium.js';

export const SCREENSHOTS = repoPath('test-results/screenshots');

export interface BrowserSite {
  store: GraphStore;
  server: DiplomapServer;
  url: string;
  browser: Browser;
  /** A new page (1440 × 900 unless told) and the errors it logs, which a test asserts are none. */
  newPage(options?: Parameters<Browser['newPage']>[0]): Promise<{ page: Page; errors: string[] }>;
  /** Asks the server's GraphQL API; an answer with errors fails the test. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Closes the browser, stops the server and closes the store. */
  close(): Promise<void>;
}

export async function startBrowserSite(
  store: GraphStore,
  options: { explorer?: boolean; auth?: AuthConfig } = {},
): Promise<BrowserSite> {
  if (options.explorer) {
    // The bundle the server serves: built here too, so the file runs on its own.
    execFileSync('node', [repoPath('scripts/build-explorer.mjs')], { stdio: 'inherit' });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }
  const server = await createServer(store, DEFAULT_LIMITS, undefined, options.auth);
  const url = await server.listen('127.0.0.1', 0);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    store,
    server,
    url,
    browser,
    async newPage(pageOptions = {}) {
      const page = await browser.newPage({
        viewport: { width: 1440, height: 900 },
        ...pageOptions,
      });
      return { page, errors: collectErrors(page) };
    },
    async api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    },
    async close() {
      await browser.close();
      await server.stop();
      await store.close();
    },
  };
}

/** Waits until the explorer has loaded its selection, and checks it did so without an error. */
export async function explorerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, {
    timeout: 90_000,
  });
  expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
}
