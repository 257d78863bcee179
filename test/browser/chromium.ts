/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core (test
 * tools' own browser downloads do not work on these machines). A missing browser fails the run
 * with the fix — it never skips.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium, as .ci/run does) ` +
        'or set CHROMIUM_PATH. The browser tests never skip.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
}

/** Collects the page's console errors and uncaught exceptions, which a test asserts are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

// The hooks the explorer page puts on `window` (window.diplomapExplorer), as the page declares them.
export type { ExplorerHooks } from '../../src/explorer/page-hooks.js';
