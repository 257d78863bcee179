/**
 * graphql-ws clients for the subscription tests: a subscriber that collects what it receives
 * (results, errors, the close event), and waits for a state, never for a time.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Closed {
  code: number;
  reason: string;
}

export interface Subscriber {
  client: Client;
  results: Received[];
  /** Errors of the `error` message (a refused subscription). */
  errors: Received['errors'][];
  completed: boolean;
  closed: Closed | undefined;
  /** Resolves once `n` results have arrived (or rejects with what arrived instead). */
  waitFor(n: number): Promise<Received[]>;
  /** Resolves once the subscription ended: completed, refused or the socket closed. */
  ended(): Promise<void>;
  dispose(): Promise<void>;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

export async function until(condition: () => boolean, what: string, maxMs = 30_000) {
  const end = Date.now() + maxMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A client (no retries) on `httpUrl`'s WebSocket endpoint. */
export function connect(
  httpUrl: string,
  connectionParams: Record<string, unknown> = {},
  onClosed?: (closed: Closed) => void,
): Client {
  return createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed?.({ code, reason: String(reason) });
      },
    },
  });
}

/** Subscribes and collects; the client is its own unless one is given. */
export function subscribe(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { connectionParams?: Record<string, unknown>; client?: Client } = {},
): Subscriber {
  const subscriber: Subscriber = {
    client: undefined as unknown as Client,
    results: [],
    errors: [],
    completed: false,
    closed: undefined,
    async waitFor(n) {
      await until(
        () => subscriber.results.length >= n || subscriber.completed || !!subscriber.closed,
        `${n} results`,
      );
      if (subscriber.results.length < n)
        throw new Error(
          `ended after ${subscriber.results.length} results: ${JSON.stringify({ errors: subscriber.errors, closed: subscriber.closed, results: subscriber.results })}`,
        );
      return subscriber.results.slice(0, n);
    },
    ended: () =>
      until(() => subscriber.completed || !!subscriber.closed, 'the subscription to end'),
    async dispose() {
      await subscriber.client.dispose();
    },
  };
  subscriber.client =
    options.client ??
    connect(httpUrl, options.connectionParams, (closed) => (subscriber.closed = closed));
  subscriber.client.subscribe(
    { query, variables },
    {
      next: (result) => subscriber.results.push(result as Received),
      error: (error) => {
        if (Array.isArray(error)) subscriber.errors.push(error as Received['errors']);
        else if (!subscriber.closed && error && typeof error === 'object' && 'code' in error)
          subscriber.closed = {
            code: (error as { code: number }).code,
            reason: String((error as { reason?: string }).reason),
          };
        subscriber.completed = true;
      },
      complete: () => (subscriber.completed = true),
    },
  );
  return subscriber;
}

/** POSTs a GraphQL request; the body, with the editor's key when given. */
export async function post(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
): Promise<Received> {
  const response = await fetch(`${httpUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Received;
}
