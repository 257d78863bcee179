/**
 * Downloading the view as SVG, PNG and GEXF, from the map and from the network. Part of
 * explorer.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { downloads, type ExplorerContext } from './explorer-support.js';

export function downloadTests(ctx: ExplorerContext): void {
  let page: Page;
  const open = async (path: string) => {
    page = await ctx.open(path);
  };

  it('downloads the view as SVG, PNG and GEXF', async () => {
    await open('/explore?region=region%3Amediterranean&theme=theme%3Amigration');
    const save = async (button: string, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = resolve(downloads, name);
      await download.saveAs(path);
      return readFileSync(path);
    };
    const svg = (await save('#export-svg', 'map.svg')).toString('utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('<title>ACRI</title>');
    const png = await save('#export-png', 'map.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const gexf = (await save('#export-gexf', 'selection.gexf')).toString('utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('id="anci"');
    expect(gexf).toContain('id="acri"');

    await page.click('#tab-network');
    await page.evaluate(() => window.diplomapExplorer.settled());
    const networkSvg = (await save('#export-svg', 'network.svg')).toString('utf8');
    expect(networkSvg).toMatch(/^<svg /);
    expect(networkSvg).toContain('<title>ACRI</title>');
    expect(networkSvg).toContain('<line ');
  });
}
