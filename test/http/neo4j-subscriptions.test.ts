/**
 * Subscriptions on Neo4j: the shared suite, and two Diplomap processes on one database — an edit
 * made through the second (the built `diplomap serve`, a child process) reaches a subscriber of
 * the first, and the other way round: the change log in the database is the source.
 */
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { neo4jEditStores } from '../support/neo4j-edit-stores.js';
import { startServe, type ServeProcess } from '../support/serve-process.js';
import { subscribe, type Subscriber } from '../support/subscriber.js';
import { defineSubscriptionSuite, describeActor, editor, WATCH } from './subscription-suite.js';

const stores = neo4jEditStores();
const freshStore = () => stores.fresh();

// A short poll keeps the tests quick; what it proves does not depend on the interval.
defineSubscriptionSuite('Neo4j', freshStore, { subscriptions: { changePollMs: 100 } });

describe('subscriptions across Diplomap processes sharing one Neo4j', () => {
  let server: DiplomapServer | undefined;
  let other: ServeProcess | undefined;
  const subscribers: Subscriber[] = [];

  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
    await server?.stop();
    if (other && other.child.exitCode === null) {
      other.child.kill('SIGTERM');
      await other.exited;
    }
  });

  it('an edit made through one process reaches the subscribers of the other', async () => {
    const store = await freshStore();
    server = await createServer(
      store,
      DEFAULT_LIMITS,
      undefined,
      { keys: [editor.record], queryAccess: 'public' },
      { subscriptions: { changePollMs: 100 } },
    );
    const first = await server.listen('127.0.0.1', 0);
    const target = inject('neo4j');
    other = await startServe({
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      API_KEYS: `${editor.record.id}:${editor.record.role}:${editor.record.hash.replace(/^sha256:/, '')}`,
      CHANGE_POLL_MS: '100',
      RATE_LIMITS: 'off',
    });
    const second = other.url;

    const onFirst = subscribe(first, WATCH, { after: 0 });
    const onSecond = subscribe(second, WATCH, { after: 0 });
    subscribers.push(onFirst, onSecond);

    const viaSecond = await describeActor(second, 'anci', 'written through the second process');
    const viaFirst = await describeActor(first, 'acri', 'written through the first process');
    const seqs = (s: Subscriber) =>
      s.results.map((r) => (r.data as { changes: { seq: number; by: string } }).changes);
    await onFirst.waitFor(2);
    await onSecond.waitFor(2);
    const expected = [
      { seq: viaSecond, by: 'key:ed' },
      { seq: viaFirst, by: 'key:ed' },
    ];
    expect(seqs(onFirst)).toMatchObject(expected);
    expect(seqs(onSecond)).toMatchObject(expected);
    expect(viaFirst).toBe(viaSecond + 1);
  });
});

afterAll(() => stores.closeAll());
