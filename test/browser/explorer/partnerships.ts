/**
 * A partnership's details, from the URL or from an arc clicked on the map: why the two are
 * partners, with the passages. Part of explorer.test.ts.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshots, type ExplorerContext } from './explorer-support.js';

export function partnershipTests(ctx: ExplorerContext): void {
  let page: Page;
  const open = async (path: string) => {
    page = await ctx.open(path);
  };

  it('a partnership in the URL shows why it exists, with the passages', async () => {
    await open(
      '/explore?region=region%3Amediterranean&theme=theme%3Amigration&selected=acri%7Canci',
    );
    await page.waitForSelector('#details h2[data-edge="acri|anci"]');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('Foundations for Africa - Burkina Faso');
    expect(text).toContain(
      'This project starts from the agreement between ANCI and ACRI "Foundations for Africa - Burkina Faso"',
    );
    await page.screenshot({ path: resolve(screenshots, 'partnership.png') });
  });

  it('clicking an arc on the map shows why the two are partners', async () => {
    await open('/explore?region=region%3Amediterranean&theme=theme%3Amigration');
    const arc = await page.evaluate(() => window.diplomapExplorer.mapArcPoint('ambf|anci'));
    if (!arc) throw new Error('No ANCI–AMBF arc on the map');
    await page.mouse.click(arc.x, arc.y);
    await page.waitForSelector('#details h2[data-edge="ambf|anci"]');
    expect(page.url()).toContain('selected=ambf%7Canci');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('Matching Fund ANCI – Foundations for Africa Burkina Faso');
    expect(await page.locator('#details blockquote').count()).toBeGreaterThan(0);
  });
}
