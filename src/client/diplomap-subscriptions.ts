/**
 * Typed subscriptions for dashboards: a graphql-ws client on a Diplomap server, and `watchChanges`,
 * which follows the change log live and, when the connection drops and comes back, resumes after
 * the last change it handed over (`after`), so nothing is missed and nothing comes twice.
 *
 *   const client = createDiplomapSubscriptions('https://diplomap.example/graphql', { apiKey });
 *   const stop = watchChanges(client, WatchChangesDocument, { touching: ['anci'] }, (change) =>
 *     console.log(change.seq, change.summary),
 *   );
 *
 * In Node 20 pass `webSocketImpl` (the `ws` package's WebSocket); browsers and Node 22 have one.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';

export interface SubscriptionClientOptions {
  /** An API key (`dpk_…`) or a JWT, sent as `authorization: Bearer …` when the socket opens. */
  apiKey?: string;
  webSocketImpl?: unknown;
  /** Reconnections before giving up (graphql-ws's `retryAttempts`; default 5). */
  retryAttempts?: number;
  on?: ClientOptions['on'];
}

/** A graphql-ws client for `url` (`ws://…/graphql` or `http://…/graphql`: the same path). */
export function createDiplomapSubscriptions(
  url: string,
  options: SubscriptionClientOptions = {},
): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    ...(options.apiKey ? { connectionParams: { authorization: `Bearer ${options.apiKey}` } } : {}),
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    ...(options.retryAttempts !== undefined ? { retryAttempts: options.retryAttempts } : {}),
    ...(options.on ? { on: options.on } : {}),
  });
}

/**
 * Calls `onChange` with each change the document's `changes` field streams. `variables.after`
 * (the seq of the last change already seen, if any) moves forward with every change, and is
 * what a reconnection resumes from. `onError` gets an answer's errors (DiplomapErrorBody[], as the
 * server formats them) or whatever the connection failed with. Returns a function that stops
 * watching.
 */
export function watchChanges<
  R extends { changes: { seq: number } },
  V extends { after?: number | null },
>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
  onChange: (change: R['changes']) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  // graphql-ws sends this same payload again on every reconnection: its cursor is kept current.
  const payload = {
    query: print(document),
    variables: { ...variables } as Record<string, unknown>,
  };
  return client.subscribe<R>(payload, {
    next: (result) => {
      if (result.errors?.length) onError(result.errors);
      const change = result.data?.changes;
      if (!change) return;
      payload.variables.after = change.seq;
      onChange(change);
    },
    error: onError,
    complete: () => undefined,
  });
}
