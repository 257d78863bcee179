/**
 * An actor's details: clicking it on the map or in the network shows it with its sources, and
 * each source says how it supports a fact. Part of explorer.test.ts.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { repoPath } from '../../../src/runtime/repo-root.js';
import { screenshots, type ExplorerContext } from './explorer-support.js';

export function actorDetailTests(ctx: ExplorerContext): void {
  const { api } = ctx;
  let page: Page;
  const open = async (path: string) => {
    page = await ctx.open(path);
  };

  it('clicking an actor on the map or in the network shows it with its sources', async () => {
    await open('/explore?region=region%3Amediterranean&theme=theme%3Amigration');
    const { actor } = await api<{
      actor: { name: string; sources: { quote: string | null }[] };
    }>('{ actor(id: "acri") { name sources { quote } } }');
    const quotes = actor.sources.map((s) => s.quote).filter((q): q is string => Boolean(q));
    expect(quotes.length).toBeGreaterThan(0);

    const point = await page.evaluate(() => window.diplomapExplorer.mapPoint('acri'));
    if (!point) throw new Error('ACRI is not on the map');
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details h2[data-key="acri"]');
    expect(page.url()).toContain('selected=acri');
    const sources = await page.locator('#details .actor-sources').textContent();
    for (const quote of quotes) expect(sources).toContain(quote);
    expect(await page.locator('#details').textContent()).toContain('Projects');
    await page.screenshot({ path: resolve(screenshots, 'details-acri.png') });
    // docs/explorer.md's picture, refreshed on request: EXPLORER_SCREENSHOT=docs npm test.
    if (process.env.EXPLORER_SCREENSHOT === 'docs')
      await page.screenshot({ path: repoPath('docs/explorer.png') });

    await page.click('#tab-network');
    await page.evaluate(() => window.diplomapExplorer.settled());
    await page.waitForTimeout(300);
    const inNetwork = await page.evaluate(() => window.diplomapExplorer.networkPoint('anci'));
    if (!inNetwork) throw new Error('ANCI is not in the network');
    await page.mouse.click(inNetwork.x, inNetwork.y);
    await page.waitForSelector('#details h2[data-key="anci"]');
    expect(await page.locator('#details .actor-sources blockquote').count()).toBeGreaterThan(0);
  });

  it('says how each source supports a fact: Greve’s founding of Cittaslow is a reading of two passages', async () => {
    const { actor } = await api<{
      actor: {
        memberships: {
          edges: {
            node: { id: string };
            relationship: { sources: { basis: string; quote: string; readWith: string[] }[] };
          }[];
        };
      };
    }>(
      '{ actor(id: "istat:048021") { memberships { edges { node { id } relationship { sources { basis quote readWith } } } } } }',
    );
    const cittaslow = actor.memberships.edges.find((e) => e.node.id === 'cittaslow');
    const reading = cittaslow?.relationship.sources[0];
    if (!reading) throw new Error('Greve’s membership of Cittaslow has no source');
    expect(reading.basis).toBe('READING');
    expect(reading.readWith.length).toBeGreaterThan(0);

    await open('/explore?selected=istat%3A048021');
    await page.waitForSelector('#details h2[data-key="istat:048021"]');
    const shown = page.locator('#details ul.relations li.source[data-basis="READING"]');
    expect(await shown.count()).toBe(1);
    const text = await shown.textContent();
    expect(text).toContain('A reading of these passages together');
    for (const passage of [reading.quote, ...reading.readWith]) expect(text).toContain(passage);
    expect(await shown.locator('blockquote').count()).toBe(1 + reading.readWith.length);
    // The town's own sources (the ISTAT list, the article naming it) state what they say of it.
    const own = await page.$$eval('#details .actor-sources li.source', (items) =>
      items.map((item) => item.getAttribute('data-basis')),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((basis) => basis === 'STATED')).toBe(true);
    await page.screenshot({ path: resolve(screenshots, 'details-reading.png') });
  });
}
