/**
 * Money in the explorer, in headless Chromium, on the seeded embedded store with the real IATI
 * files imported: an actor's funding panel says what the API says it paid and received, and to
 * whom; funding flows join the network with their width by amount, and a flow's panel lists its
 * transactions with their quotes. Expected values are asked from the same API.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importRealIatiFiles, seededStore } from '../io/io-fixtures.js';
import { explorerReady, SCREENSHOTS, startBrowserSite, type BrowserSite } from './browser-site.js';

const screenshots = SCREENSHOTS;
const TEARFUND = 'iati-org:GB-CHC-265464:tearfund';

describe('money in the explorer', () => {
  let site: BrowserSite;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const store = await seededStore();
    await importRealIatiFiles(store);
    site = await startBrowserSite(store, { explorer: true });
  });
  afterAll(() => site?.close());
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page?.close();
  });

  async function open(path: string): Promise<void> {
    ({ page, errors } = await site.newPage());
    await page.goto(`${site.url}${path}`);
    await explorerReady(page);
  }

  const api = <T>(query: string) => site.api<T>(query);

  const euros = (amount: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(Number(amount));

  it('shows an actor’s funding panel: what it paid and to whom, as the API adds it up', async () => {
    const expected = await api<{
      actor: { fundingGiven: { totalCount: number; totals: { converted: { amount: string } } } };
      funding: {
        edges: {
          node: { to: { name: string } | null; totals: { converted: { amount: string } } };
        }[];
      };
    }>(`{ actor(id: "${TEARFUND}") { fundingGiven(first: 0) { totalCount totals(currency: EUR) { converted { amount } } } }
          funding(from: "${TEARFUND}") { edges { node { to { name } totals(currency: EUR) { converted { amount } } } } } }`);
    expect(expected.actor.fundingGiven.totalCount).toBe(6);
    await open(
      `/explore?focus=${encodeURIComponent(TEARFUND)}&selected=${encodeURIComponent(TEARFUND)}`,
    );
    const panel = page.locator('#details-body section.funding[data-state="ready"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.locator('dd[data-funding="given"]').textContent()).toBe(
      `${euros(expected.actor.fundingGiven.totals.converted.amount)} in 6 transactions`,
    );
    expect(await panel.locator('dd[data-funding="received"]').textContent()).toBe(
      '€0.00 in 0 transactions',
    );
    const flows = await panel.locator('ul li').allTextContents();
    expect(flows).toEqual(
      expected.funding.edges.map(
        (e) =>
          `${e.node.to?.name ?? 'not stated'}: ${euros(e.node.totals.converted.amount)} in 2 transactions, 2012`,
      ),
    );
    // A recipient's name selects it.
    await panel.locator('button.link', { hasText: 'Heal Africa' }).click();
    await page.waitForURL(/selected=iati-org%3Aheal-africa/);
    await page.locator('#details-body section.funding[data-state="ready"]').waitFor();
    expect(await page.locator('#details-body dd[data-funding="received"]').textContent()).toMatch(
      /in 2 transactions$/,
    );
    await page.screenshot({ path: resolve(screenshots, 'explorer-funding-panel.png') });
  });

  it('draws funding flows with their width by amount, and a flow’s panel quotes its transactions', async () => {
    await open(`/explore?focus=${encodeURIComponent(TEARFUND)}&flows=1&view=network`);
    await page.evaluate(() => window.diplomapExplorer.settled());
    expect(await page.locator('#status').textContent()).toContain('Funding flows: 2 drawn of 3');
    const heal = await page.evaluate(() =>
      window.diplomapExplorer.networkEdge(
        'flow:iati-org:GB-CHC-265464:tearfund>iati-org:heal-africa',
      ),
    );
    const ppssp = await page.evaluate(() =>
      window.diplomapExplorer.networkEdge('flow:iati-org:GB-CHC-265464:tearfund>iati-org:ppssp'),
    );
    expect(heal?.kind).toBe('FUNDING');
    // PPSSP got more than Heal Africa (the API's euros): its flow is the widest, 8 px.
    expect(ppssp?.size).toBeCloseTo(8, 5);
    expect(heal!.size).toBeLessThan(ppssp!.size);
    await page.goto(
      `${site.url}/explore?focus=${encodeURIComponent(TEARFUND)}&flows=1&selected=${encodeURIComponent('flow:iati-org:GB-CHC-265464:tearfund>iati-org:heal-africa')}`,
    );
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    const items = page.locator('#details-body ul.relations > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    expect(await page.locator('#details-body blockquote').first().textContent()).toMatch(
      /^“<transaction><transaction-type code="D"\/>/,
    );
  });
});
