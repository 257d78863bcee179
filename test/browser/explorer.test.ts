/**
 * The explorer (/explore) in real headless Chromium against the seeded embedded store: it loads
 * without errors, the headline button shows the API's answer on the map and in the network,
 * clicking an actor shows its sources, a URL restores a view, and the downloads work.
 * Expected answers are asked from the same API, so the page is checked against it, not against
 * copies. Screenshots go to test-results/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { at } from '../support/at.js';
import { collectErrors, launchChromium } from './chromium.js';

const root = resolve(import.meta.dirname, '../..');
const screenshots = resolve(root, 'test-results/screenshots');
const downloads = resolve(root, 'test-results/downloads');

describe('explorer in the browser', () => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // The bundle the server serves: built here too, so the file runs on its own.
    execFileSync('node', [resolve(root, 'scripts/build-explorer.mjs')], { stdio: 'inherit' });
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(downloads, { recursive: true });
    store = await seededMemoryStore();
    server = await createServer(store, DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  async function open(path: string): Promise<void> {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    errors = collectErrors(page);
    await page.goto(`${url}${path}`);
    await ready();
  }
  async function ready(): Promise<void> {
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, {
      timeout: 90_000,
    });
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
  }
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page?.close();
  });

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  type PartnersAnswer = {
    partners: {
      edges: {
        node: {
          actor: { id: string };
          partnerships: { edges: { node: { partner: { id: string } } }[] };
        };
      }[];
    };
  };
  /** The actors that answer, and every partner of theirs, as the API gives them. */
  async function expectedSelection(args: string): Promise<{ matches: string[]; all: string[] }> {
    const { partners } = await api<PartnersAnswer>(
      `{ partners(${args}, first: 10) { edges { node { actor { id }
         partnerships(first: 100) { edges { node { partner { id } } } } } } } }`,
    );
    const matches = partners.edges.map((e) => e.node.actor.id);
    const all = new Set(matches);
    for (const e of partners.edges)
      for (const p of e.node.partnerships.edges) all.add(p.node.partner.id);
    return { matches: matches.sort(), all: [...all].sort() };
  }

  /** The selection as the page lists it, with where each actor is drawn. */
  async function listed() {
    return page.$$eval('#selection-list button.actor', (buttons) =>
      buttons.map((b) => ({
        key: b.getAttribute('data-key') ?? '',
        name: b.textContent ?? '',
        match: b.getAttribute('data-match') === 'true',
        onMap: b.getAttribute('data-on-map') === 'true',
        inNetwork: b.getAttribute('data-in-network') === 'true',
      })),
    );
  }

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
      await page.screenshot({ path: resolve(root, 'docs/explorer.png') });

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
    const reading = at(cittaslow?.relationship.sources ?? [], 0);
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
});
