/**
 * A network's members on the explorer's map, in headless Chromium against the seeded embedded
 * store: the Covenant of Mayors' signatories load page by page, the page counts exactly the
 * members the API counts (and those it cannot place), draws them as clusters at wide zoom, and
 * splits the clusters as the map zooms in. Expected answers are asked from the same API.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { SCREENSHOTS, startBrowserSite, type BrowserSite } from './browser-site.js';

const screenshots = SCREENSHOTS;
const NETWORK = 'covenant-of-mayors';

interface MembersPage {
  actors: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        lat: number | null;
        lon: number | null;
        municipality: { lat: number | null; lon: number | null } | null;
      };
    }[];
  };
}

describe('a network’s members on the explorer map', () => {
  let site: BrowserSite;

  beforeAll(async () => {
    site = await startBrowserSite(await seededMemoryStore(), { explorer: true });
  });
  afterAll(() => site?.close());

  /** The API's count of the members, and of those with no coordinates of their own or seat's. */
  async function expected(): Promise<{ total: number; seen: number; unplaced: number }> {
    let after: string | null = null;
    let seen = 0;
    let unplaced = 0;
    let total: number;
    do {
      const { actors }: MembersPage = await site.api<MembersPage>(
        `query ($after: String) { actors(filter: { memberOf: "${NETWORK}" }, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { lat lon municipality { lat lon } } } } }`,
        { after },
      );
      total = actors.totalCount;
      for (const { node } of actors.edges) {
        seen += 1;
        const own = node.lat !== null && node.lon !== null;
        const seat = node.municipality?.lat != null && node.municipality.lon != null;
        if (!own && !seat) unplaced += 1;
      }
      after = actors.pageInfo.hasNextPage ? actors.pageInfo.endCursor : null;
    } while (after);
    return { total, seen, unplaced };
  }

  const members = (page: Page) => page.evaluate(() => window.diplomapExplorer.members());

  it('loads every member, counts them exactly, clusters them wide and splits them zoomed in', async () => {
    const api = await expected();
    expect(api.total).toBeGreaterThan(10_000);
    expect(api.seen).toBe(api.total);

    const { page, errors } = await site.newPage();
    // The control: the network's details offer its members on the map.
    await page.goto(`${site.url}/explore?selected=${NETWORK}`);
    await page.click('#show-members', { timeout: 90_000 });
    expect(new URL(page.url()).searchParams.get('members')).toBe(NETWORK);
    await page.waitForFunction(() => document.body.dataset.members !== 'loading', null, {
      timeout: 120_000,
    });
    expect(await page.evaluate(() => document.body.dataset.members)).toBe('ready');
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, {
      timeout: 90_000,
    });

    // The whole world (0 resets the zoom the selection fitted).
    await page.focus('#map canvas');
    await page.keyboard.press('0');
    await page.waitForFunction(() => window.diplomapExplorer.members()?.zoom === 1);
    const wide = await members(page);
    expect(wide).toMatchObject({
      network: NETWORK,
      total: api.total,
      loaded: api.total,
      unplaced: api.unplaced,
      zoom: 1,
    });
    expect(wide!.clusters).toBeGreaterThan(0);
    // Clusters stand for many members: far fewer marks than members.
    expect(wide!.clusters + wide!.points).toBeLessThan((api.total - api.unplaced) / 10);
    const status = (await page.textContent('#members-status')) ?? '';
    expect(status).toContain(`${api.total.toLocaleString('en')} members of Covenant of Mayors`);
    expect(status).toContain(
      `${wide!.clusters.toLocaleString('en')} clusters and ${wide!.points.toLocaleString('en')} single members drawn`,
    );
    if (api.unplaced > 0)
      expect(status).toContain(`${api.unplaced.toLocaleString('en')} without coordinates`);
    await page.screenshot({ path: resolve(screenshots, 'members-wide.png') });

    // Zooming in (the + key, 1.5× each) splits the clusters into smaller ones and single members.
    for (let i = 0; i < 5; i++) await page.keyboard.press('+');
    await page.waitForFunction(() => (window.diplomapExplorer.members()?.zoom ?? 1) > 7);
    const close = await members(page);
    expect(close!.clusters + close!.points).toBeGreaterThan(wide!.clusters + wide!.points);
    expect(close!.points).toBeGreaterThan(wide!.points);
    await page.screenshot({ path: resolve(screenshots, 'members-zoomed.png') });

    // Hiding them clears the layer and the URL.
    await page.click('#hide-members');
    expect(await members(page)).toBeUndefined();
    expect(new URL(page.url()).searchParams.get('members')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
