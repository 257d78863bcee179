/**
 * The explorer (/explore) in real headless Chromium against the seeded embedded store: it loads
 * without errors, the headline button shows the API's answer on the map and in the network,
 * clicking an actor shows its sources, a URL restores a view, and the downloads work.
 * Expected answers are asked from the same API, so the page is checked against it, not against
 * copies. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { startBrowserSite } from './browser-site.js';
import { actorDetailTests } from './explorer/actor-details.js';
import { downloadTests } from './explorer/downloads.js';
import { downloads, explorerContext, type ExplorerSession } from './explorer/explorer-support.js';
import { firstViewTests } from './explorer/first-view.js';
import { navigationTests } from './explorer/navigation.js';
import { partnershipTests } from './explorer/partnerships.js';

describe('explorer in the browser', () => {
  // One site and one browser for the file; each test opens its page (ctx.open), closed after it.
  const session = {} as ExplorerSession;
  const ctx = explorerContext(session);

  beforeAll(async () => {
    mkdirSync(downloads, { recursive: true });
    session.site = await startBrowserSite(await seededMemoryStore(), { explorer: true });
  });
  afterAll(() => session.site?.close());
  afterEach(async () => {
    expect(session.errors).toEqual([]);
    await session.page?.close();
  });

  firstViewTests(ctx);
  actorDetailTests(ctx);
  navigationTests(ctx);
  partnershipTests(ctx);
  downloadTests(ctx);
});
