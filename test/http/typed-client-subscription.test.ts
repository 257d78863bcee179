/**
 * The typed client's subscription example (src/client/diplomap-subscriptions.ts with the
 * WatchChanges document of schema/examples.graphql): it follows the change log and, when its
 * connection drops, reconnects and resumes after the last change it handed over — the changes
 * made meanwhile arrive once each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createDiplomapSubscriptions,
  watchChanges,
} from '../../src/client/diplomap-subscriptions.js';
import { WatchChangesDocument } from '../../src/client/generated/graphql.js';
import { DEFAULT_LIMITS } from '../../src/graphql/context.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { until } from '../support/subscriber.js';
import { describeActor, editor } from './subscription-suite.js';

describe('typed client: watchChanges', () => {
  let server: DiplomapServer;
  let url: string;
  beforeEach(async () => {
    const store = await MemoryStore.fromData(editFixture());
    server = await createServer(store, DEFAULT_LIMITS, undefined, {
      keys: [editor.record],
      queryAccess: 'key',
    });
    url = await server.listen('127.0.0.1', 0);
  });
  afterEach(() => server.stop());

  it('resumes after the last change it received when the connection drops', async () => {
    let socket: WebSocket | undefined;
    const client = createDiplomapSubscriptions(`${url}/graphql`, {
      apiKey: editor.key,
      webSocketImpl: WebSocket,
      on: { connected: (s) => (socket = s as WebSocket) },
    });
    const seen: { seq: number; by: string; touches: string[] }[] = [];
    const errors: unknown[] = [];
    const stop = watchChanges(
      client,
      WatchChangesDocument,
      { after: 0 },
      (change) => seen.push(change),
      (error) => errors.push(error),
    );
    const one = await describeActor(url, 'anci', 'one');
    await until(() => seen.length === 1, 'the first change');

    socket!.terminate(); // the connection drops; the client reconnects by itself
    const two = await describeActor(url, 'acri', 'two');
    const three = await describeActor(url, 'anci', 'three');
    await until(() => seen.length === 3, 'the changes made while away');
    const four = await describeActor(url, 'acri', 'four');
    await until(() => seen.length === 4, 'a new change');

    expect(seen.map((c) => c.seq)).toEqual([one, two, three, four]);
    expect(seen[0]).toMatchObject({ by: 'key:ed', touches: ['anci'] });
    expect(errors).toEqual([]);
    stop();
    await client.dispose();
  });
});
