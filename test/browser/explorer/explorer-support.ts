/**
 * What the parts of the explorer test (explorer.test.ts) share: the site and the page the running
 * test opened, where screenshots and downloads go, and the expected answers asked from the API.
 */
import type { Page } from 'playwright-core';
import { repoPath } from '../../../src/runtime/repo-root.js';
import { explorerReady, SCREENSHOTS, type BrowserSite } from '../browser-site.js';

export const screenshots = SCREENSHOTS;
export const downloads = repoPath('test-results/downloads');

/** The site (one for the file) and the page the running test opened, with its errors. */
export interface ExplorerSession {
  site: BrowserSite;
  page: Page;
  errors: string[];
}

/** An actor of the selection as the page lists it, with where it is drawn. */
export interface ListedActor {
  key: string;
  name: string;
  match: boolean;
  onMap: boolean;
  inNetwork: boolean;
}

export interface ExplorerContext {
  /** Opens `path` in a new page, once the explorer is ready; the running test's page. */
  open: (path: string) => Promise<Page>;
  /** Waits until the explorer has loaded its selection again. */
  ready: () => Promise<void>;
  api: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** The actors that answer, and every partner of theirs, as the API gives them. */
  expectedSelection: (args: string) => Promise<{ matches: string[]; all: string[] }>;
  /** The selection as the page lists it, with where each actor is drawn. */
  listed: () => Promise<ListedActor[]>;
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

/** The helpers over `session`, whose page is the one the running test opened last. */
export function explorerContext(session: ExplorerSession): ExplorerContext {
  const ready = () => explorerReady(session.page);
  const api = <T>(query: string, variables?: Record<string, unknown>) =>
    session.site.api<T>(query, variables);

  async function open(path: string): Promise<Page> {
    ({ page: session.page, errors: session.errors } = await session.site.newPage({
      acceptDownloads: true,
    }));
    await session.page.goto(`${session.site.url}${path}`);
    await ready();
    return session.page;
  }

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

  async function listed(): Promise<ListedActor[]> {
    return session.page.$$eval('#selection-list button.actor', (buttons) =>
      buttons.map((b) => ({
        key: b.getAttribute('data-key') ?? '',
        name: b.textContent ?? '',
        match: b.getAttribute('data-match') === 'true',
        onMap: b.getAttribute('data-on-map') === 'true',
        inNetwork: b.getAttribute('data-in-network') === 'true',
      })),
    );
  }

  return { open, ready, api, expectedSelection, listed };
}
