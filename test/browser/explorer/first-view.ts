/**
 * The first view: the page loads without errors and draws the map, and the headline question is
 * answered in one click, on the map and in the network. Part of explorer.test.ts.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshots, type ExplorerContext } from './explorer-support.js';

export function firstViewTests(ctx: ExplorerContext): void {
  const { api, expectedSelection, listed, ready } = ctx;
  let page: Page;
  const open = async (path: string) => {
    page = await ctx.open(path);
  };

  it('loads with no console errors and draws the map', { timeout: 120_000 }, async () => {
    await open('/explore');
    expect(await page.title()).toBe('Diplomap — explorer');
    expect(await page.locator('#map canvas').count()).toBe(1);
    expect(await page.locator('#status').textContent()).toMatch(/actors match/);
    const items = await listed();
    expect(items.length).toBeGreaterThan(100);
    expect(items.filter((i) => i.onMap).length).toBeGreaterThan(100);
    await page.screenshot({ path: resolve(screenshots, 'explorer-default.png') });
  });

  it('answers the headline question in one click, on the map and in the network', async () => {
    await open('/explore?limit=100');
    await page.click('#headline');
    await page.waitForURL(/region=region%3Amediterranean/);
    await ready();
    expect(page.url()).toContain('theme=theme%3Amigration');

    const expected = await expectedSelection(
      'inRegion: "region:mediterranean", workingOn: "theme:migration"',
    );
    expect(expected.matches).toEqual(['acri', 'anci']);
    const items = await listed();
    expect(
      items
        .filter((i) => i.match)
        .map((i) => i.key)
        .sort(),
    ).toEqual(expected.matches);
    expect(items.map((i) => i.key).sort()).toEqual(expected.all);
    expect(items.find((i) => i.key === 'acri')?.name).toBe('ACRI');
    // Every actor is in the network; on the map, all but those the data gives no place at all
    // (no coordinates, no seat, no country: the UN agencies).
    expect(items.every((i) => i.inNetwork)).toBe(true);
    const { nodes } = await api<{
      nodes: { id: string; lat: number | null; country: unknown; municipality: unknown }[];
    }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { id lat country { id } municipality { id } } } }',
      {
        ids: expected.all,
      },
    );
    const placeless = nodes
      .filter((n) => n.lat === null && !n.country && !n.municipality)
      .map((n) => n.id)
      .sort();
    expect(
      items
        .filter((i) => !i.onMap)
        .map((i) => i.key)
        .sort(),
    ).toEqual(placeless);
    const note = await page.locator('#unplaced').textContent();
    for (const item of items.filter((i) => !i.onMap)) expect(note).toContain(item.name);
    await page.screenshot({ path: resolve(screenshots, 'headline-map.png') });

    await page.click('#tab-network');
    expect(page.url()).toContain('view=network');
    await page.evaluate(() => window.diplomapExplorer.settled());
    const point = await page.evaluate(() => window.diplomapExplorer.networkPoint('anci'));
    expect(point).toBeDefined();
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(screenshots, 'headline-network.png') });
  });
}
