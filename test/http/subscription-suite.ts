/**
 * Subscriptions on a real server, the same on every store: a subscriber receives an edit made over
 * HTTP by another connection, once it is durable; a subscriber that reconnects with `after`
 * receives what it missed, then the new changes, each once; `touching` and `kinds` keep only what
 * was asked for. Each test starts from the small edit graph, freshly loaded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/graphql/context.js';
import { generateApiKey } from '../../src/server/auth/api-keys.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import type { ServerOptions } from '../../src/server/server-options.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { post, subscribe, until, type Subscriber } from '../support/subscriber.js';

export const editor = generateApiKey('ed', 'editor');

export const WATCH = `subscription Watch($after: Int, $touching: [ID!], $kinds: [NodeType!]) {
  changes(after: $after, touching: $touching, kinds: $kinds) {
    seq by operation summary writtenNodes touches source { note }
  }
}`;

const DESCRIBE = `mutation Describe($key: String!, $text: String!) {
  updateActor(key: $key, patch: { description: $text }, source: { note: "subscription test" }) {
    change { seq }
  }
}`;

/** Edits an actor over HTTP with the editor's key; the change's seq. */
export async function describeActor(url: string, key: string, text: string): Promise<number> {
  const body = await post(url, DESCRIBE, { key, text }, editor.key);
  expect(body.errors).toBeUndefined();
  return (body.data as { updateActor: { change: { seq: number } } }).updateActor.change.seq;
}

interface Change {
  seq: number;
  by: string;
  operation: string;
  writtenNodes: string[];
}

const changesOf = (s: Subscriber) => s.results.map((r) => (r.data as { changes: Change }).changes);

export function defineSubscriptionSuite(
  name: string,
  freshStore: () => Promise<GraphStore>,
  options: ServerOptions = {},
): void {
  describe(`subscriptions: ${name}`, () => {
    let store: GraphStore;
    let server: DiplomapServer;
    let url: string;
    const subscribers: Subscriber[] = [];
    const watch = (variables: Record<string, unknown>) => {
      const subscriber = subscribe(url, WATCH, variables);
      subscribers.push(subscriber);
      return subscriber;
    };

    beforeEach(async () => {
      store = await freshStore();
      server = await createServer(
        store,
        DEFAULT_LIMITS,
        undefined,
        { keys: [editor.record], queryAccess: 'public' },
        options,
      );
      url = await server.listen('127.0.0.1', 0);
    });
    afterEach(async () => {
      await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
      await server.stop();
    });

    it('streams an edit made over HTTP by another connection, with who, what and the source', async () => {
      const watcher = watch({ after: 0 });
      const seq = await describeActor(url, 'anci', 'Italian municipalities');
      const [result] = await watcher.waitFor(1);
      expect(result).toEqual({
        data: {
          changes: {
            seq,
            by: 'key:ed',
            operation: 'updateActor',
            summary: expect.any(String) as string,
            writtenNodes: ['anci'],
            touches: ['anci'],
            source: { note: 'subscription test' },
          },
        },
      });
      // What the subscriber received is what the change log holds.
      const log = await post(url, '{ changes { edges { node { seq by operation } } } }');
      expect(log.data).toEqual({
        changes: { edges: [{ node: { seq, by: 'key:ed', operation: 'updateActor' } }] },
      });
    });

    it('without `after`, streams the changes made from the moment it subscribed', async () => {
      const before = await describeActor(url, 'anci', 'before');
      const watcher = watch({});
      await until(() => server.subscriptions.feed.size === 1, 'the subscription to open');
      const after = await describeActor(url, 'acri', 'after');
      await watcher.waitFor(1);
      expect(changesOf(watcher).map((c) => c.seq)).toEqual([after]);
      expect(after).toBe(before + 1);
    });

    it('a reconnect with `after` receives what it missed, then new changes, each once', async () => {
      const first = watch({ after: 0 });
      const one = await describeActor(url, 'anci', 'one');
      await first.waitFor(1);
      await first.dispose();
      await until(() => server.subscriptions.feed.size === 0, 'the first subscription to end');

      // Missed while away.
      const two = await describeActor(url, 'acri', 'two');
      const three = await describeActor(url, 'anci', 'three');
      const again = watch({ after: one });
      await again.waitFor(2);
      const four = await describeActor(url, 'acri', 'four');
      await again.waitFor(3);
      expect(changesOf(again).map((c) => c.seq)).toEqual([two, three, four]);
    });

    it('keeps only the changes `touching` and `kinds` ask for', async () => {
      const touchingAnci = watch({ after: 0, touching: ['anci'] });
      const foundations = watch({ after: 0, kinds: ['FOUNDATION'] });
      const everything = watch({ after: 0 });
      const a = await describeActor(url, 'anci', 'a');
      const b = await describeActor(url, 'acri', 'b');
      const c = await describeActor(url, 'istat:048017', 'c');
      await everything.waitFor(3);
      await touchingAnci.waitFor(1);
      await foundations.waitFor(1);
      expect(changesOf(everything).map((x) => x.seq)).toEqual([a, b, c]);
      // Both filters have seen every change by now: a later match would follow the last one.
      const d = await describeActor(url, 'anci', 'd');
      await touchingAnci.waitFor(2);
      await everything.waitFor(4);
      expect(changesOf(touchingAnci).map((x) => x.seq)).toEqual([a, d]);
      expect(changesOf(foundations).map((x) => x.seq)).toEqual([b]);
    });

    it('a relationship counts for the kinds at its ends', async () => {
      const municipalities = watch({ after: 0, kinds: ['MUNICIPALITY'] });
      const body = await post(
        url,
        `mutation { addRelationship(input: { type: MEMBER_OF, from: "istat:048017", to: "anci" }, source: { note: "test" }) { change { seq } } }`,
        {},
        editor.key,
      );
      expect(body.errors).toBeUndefined();
      await municipalities.waitFor(1);
      expect(changesOf(municipalities)[0]).toMatchObject({
        operation: 'addRelationship',
        writtenNodes: [],
      });
    });
  });
}
