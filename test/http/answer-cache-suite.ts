/**
 * The answer cache on a real server, the same on every store: a question asked again is answered
 * from the cache, and an edit made over HTTP changes the next answer at once (a new generation).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { ServerOptions } from '../../src/config/server-options.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { post } from '../support/subscriber.js';
import { editor } from './subscription-suite.js';

export const PARTNERS_OF_ANCI = `{
  partners(of: "anci") { totalCount edges { node { actor { id } } } }
}`;

export const ADD_PARTICIPANT = `mutation Join($from: String!) {
  addRelationship(
    input: { type: PARTICIPATES_IN, from: $from, to: "project:matching-fund" }
    source: { note: "answer cache test" }
  ) { change { seq } }
}`;

/**
 * The keys of ANCI's partners, as the server answers now. Asked with a key: its longer deadline
 * leaves room for Neo4j's first planning of the query on a busy machine.
 */
export async function partnersOfAnci(url: string): Promise<string[]> {
  const body = await post(url, PARTNERS_OF_ANCI, {}, editor.key);
  expect(body.errors).toBeUndefined();
  const partners = (body.data as { partners: { edges: { node: { actor: { id: string } } }[] } })
    .partners;
  return partners.edges.map((e) => e.node.actor.id);
}

export async function joinMatchingFund(url: string, key: string): Promise<void> {
  const body = await post(url, ADD_PARTICIPANT, { from: key }, editor.key);
  expect(body.errors).toBeUndefined();
}

export function defineAnswerCacheSuite(
  name: string,
  freshStore: () => Promise<GraphStore>,
  options: ServerOptions = {},
): void {
  describe(`answer cache: ${name}`, () => {
    let server: DiplomapServer;
    let url: string;

    beforeEach(async () => {
      server = await createServer(
        await freshStore(),
        DEFAULT_LIMITS,
        undefined,
        { keys: [editor.record], queryAccess: 'public' },
        options,
      );
      url = await server.listen('127.0.0.1', 0);
    });
    afterEach(async () => {
      await server.stop();
    });

    it('answers a question asked again from the cache', async () => {
      expect(await partnersOfAnci(url)).toEqual(['acri']);
      const before = server.answers.stats();
      expect(await partnersOfAnci(url)).toEqual(['acri']);
      const after = server.answers.stats();
      expect(after.hits).toBeGreaterThan(before.hits);
      expect(after.misses).toBe(before.misses);
    });

    it('answers from the new graph right after an edit', async () => {
      expect(await partnersOfAnci(url)).toEqual(['acri']);
      const generation = server.answers.stats().generation;
      await joinMatchingFund(url, 'istat:048017');
      expect(server.answers.stats().generation).toBeGreaterThan(generation);
      expect(await partnersOfAnci(url)).toEqual(['acri', 'istat:048017']);
    });

    it('keeps nothing when turned off', async () => {
      await server.stop();
      server = await createServer(
        await freshStore(),
        DEFAULT_LIMITS,
        undefined,
        { keys: [editor.record], queryAccess: 'public' },
        {
          ...options,
          answerCache: { maxKiB: 0 },
        },
      );
      url = await server.listen('127.0.0.1', 0);
      expect(await partnersOfAnci(url)).toEqual(['acri']);
      expect(await partnersOfAnci(url)).toEqual(['acri']);
      expect(server.answers.stats()).toMatchObject({ entries: 0, hits: 0 });
    });
  });
}
