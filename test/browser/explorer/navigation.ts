/**
 * Getting around: the keyboard, and a URL that restores the view, the selected actor and the tab
 * (and the back button). Part of explorer.test.ts.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshots, type ExplorerContext } from './explorer-support.js';

export function navigationTests(ctx: ExplorerContext): void {
  const { expectedSelection, listed, ready } = ctx;
  let page: Page;
  const open = async (path: string) => {
    page = await ctx.open(path);
  };

  it('works from the keyboard: the list opens details, the map zooms with +', async () => {
    await open('/explore?region=region%3Amediterranean&theme=theme%3Amigration');
    await page.locator('#selection-list button[data-key="anci"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details h2[data-key="anci"]');
    expect(await page.getAttribute('#selection-list button[data-key="anci"]', 'aria-pressed')).toBe(
      'true',
    );

    const before = await page.evaluate(() => window.diplomapExplorer.mapPoint('ambf'));
    await page.locator('#map canvas').focus();
    await page.keyboard.press('+');
    const after = await page.evaluate(() => window.diplomapExplorer.mapPoint('ambf'));
    expect(after).not.toEqual(before);
    expect(await page.getAttribute('#map canvas', 'aria-label')).toMatch(/^Map of \d+ actors/);

    await page.locator('#tab-map').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-network', 'aria-selected')).toBe('true');
  });

  it('a URL with filters restores the view, the selected actor and the tab', async () => {
    await open(
      '/explore?focus=anci&kinds=GOVERNMENT&asOf=2010&view=network&selected=br-ministry-of-cities',
    );
    const expected = await expectedSelection('of: "anci", kinds: [GOVERNMENT], asOf: "2010"');
    const items = await listed();
    expect(
      items
        .filter((i) => i.match)
        .map((i) => i.key)
        .sort(),
    ).toEqual(expected.matches);
    expect(expected.matches).toContain('dgcs');
    expect(expected.matches).not.toContain('daras');
    expect(await page.inputValue('#asOf')).toBe('2010');
    expect(await page.isChecked('#kind-GOVERNMENT')).toBe(true);
    expect(await page.getAttribute('#tab-network', 'aria-selected')).toBe('true');
    expect(await page.locator('#focus-name').textContent()).toBe(
      'National Association of Italian Municipalities',
    );
    await page.waitForSelector('#details h2[data-key="br-ministry-of-cities"]');
    await page.screenshot({ path: resolve(screenshots, 'restored-network.png') });

    // The back button returns to the previous view.
    await page.click('#headline');
    await ready();
    await page.goBack();
    await ready();
    expect(await page.inputValue('#asOf')).toBe('2010');
  });
}
