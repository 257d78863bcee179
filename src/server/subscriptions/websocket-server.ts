/**
 * WebSockets at /graphql, on the HTTP server's port (ws in noServer mode, graphql-ws's protocol):
 * - a new connection is refused with OVERLOADED beyond MAX_WEBSOCKETS, and with RATE_LIMITED when
 *   its address already has MAX_WEBSOCKETS_PER_CLIENT connections waiting to say hello; once it
 *   has (connection_init), the same cap holds per client (key, JWT subject or address);
 * - a message over 1 MB is refused (PAYLOAD_TOO_LARGE, close 1009), and ws reads none larger
 *   than twice that;
 * - every WEBSOCKET_KEEPALIVE_MS each socket is pinged; one that has not answered the previous
 *   ping is dead and is terminated;
 * - `close()` (a shutdown) refuses new connections and closes the open ones with 1001.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { handleProtocols, type Server } from 'graphql-ws';
import proxyAddr from 'proxy-addr';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CLOSE_CODES, refuse } from './close-codes.js';
import { MAX_MESSAGE_BYTES, type SubscriptionLimits } from './subscription-limits.js';
import type { Connection } from './subscription-protocol.js';

export interface WebSocketEndpoint {
  /** Open WebSockets. */
  readonly size: number;
  /** Refuses new connections and closes the open ones; resolves once they are closed. */
  close(): Promise<void>;
}

/** After a shutdown's close frames, how long clients have to answer before their sockets are cut. */
const CLOSE_HANDSHAKE_MS = 1_000;

function text(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, chunk) => n + chunk.length, 0);
  return data.byteLength;
}

class Counts {
  private readonly counts = new Map<string, number>();
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }
  remove(key: string): void {
    const n = this.get(key) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
  }
}

export function attachWebSockets(options: {
  httpServer: http.Server;
  protocol: Server<Connection>;
  limits: SubscriptionLimits;
  /** Express's compiled `trust proxy` setting: whose X-Forwarded-For to believe. */
  trustProxy: (address: string, hop: number) => boolean;
  logger?: Logger;
}): WebSocketEndpoint {
  const { httpServer, protocol, limits, logger } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 2 * MAX_MESSAGE_BYTES,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const sockets = new Set<WebSocket>();
  const waiting = new Counts(); // by address, until connection_init is accepted
  const clients = new Counts(); // by client key, once accepted
  const alive = new WeakSet<WebSocket>();
  let closing = false;

  const upgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/graphql' || closing) {
      const status = closing ? '503 Service Unavailable' : '404 Not Found';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => opened(ws, req));
  };
  httpServer.on('upgrade', upgrade);

  function opened(socket: WebSocket, req: http.IncomingMessage): void {
    const ip = proxyAddr(req, options.trustProxy);
    const id = randomUUID();
    const started = performance.now();
    socket.on('error', (error) => {
      logger?.warn({ connection: id, err: error }, 'websocket error');
      socket.terminate();
    });
    if (sockets.size >= limits.maxConnections)
      return refuse(
        socket,
        'OVERLOADED',
        'The server holds all the connections it takes; retry later.',
      );
    if (waiting.get(ip) >= limits.maxConnectionsPerClient)
      return refuse(
        socket,
        'RATE_LIMITED',
        'Too many connections from this address (MAX_WEBSOCKETS_PER_CLIENT).',
      );

    const stop = new AbortController();
    let counted: { as: 'waiting' | 'client'; key: string } = { as: 'waiting', key: ip };
    waiting.add(ip);
    const connection: Connection = {
      socket,
      id,
      ip,
      closed: stop.signal,
      admit(client) {
        if (clients.get(client.key) >= limits.maxConnectionsPerClient) return false;
        waiting.remove(ip);
        clients.add(client.key);
        counted = { as: 'client', key: client.key };
        return true;
      },
    };
    sockets.add(socket);
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));

    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // Resolves once written: a slow reader slows its own subscriptions, no one else's.
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => {
          if (socket.readyState === socket.OPEN) socket.close(code, reason);
        },
        onMessage: (handle) =>
          socket.on('message', (data: RawData) => {
            if (byteLength(data) > MAX_MESSAGE_BYTES)
              return refuse(
                socket,
                'PAYLOAD_TOO_LARGE',
                `A message is at most ${MAX_MESSAGE_BYTES} bytes.`,
              );
            handle(text(data)).catch((error: unknown) => {
              logger?.error({ connection: id, err: error }, 'websocket message failed');
              refuse(socket, 'INTERNAL_SERVER_ERROR', 'Internal server error');
            });
          }),
      },
      connection,
    );

    socket.once('close', (code: number, reason: Buffer) => {
      sockets.delete(socket);
      if (counted.as === 'waiting') waiting.remove(counted.key);
      else clients.remove(counted.key);
      stop.abort();
      const ms = Math.round(performance.now() - started);
      logger?.info(
        { connection: id, client: connection.client?.logId ?? `ip:${ip}`, code, ms },
        'websocket closed',
      );
      closed(code, reason.toString()).catch((error: unknown) =>
        logger?.error({ connection: id, err: error }, 'closing subscriptions failed'),
      );
    });
  }

  // One timer for every socket: ping those that answered the last ping, cut those that did not.
  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, limits.keepAliveMs);
  heartbeat.unref();

  return {
    get size() {
      return sockets.size;
    },
    async close() {
      closing = true;
      clearInterval(heartbeat);
      const open = [...sockets];
      const gone = open.map(
        (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
      );
      for (const socket of open)
        socket.close(CLOSE_CODES.GOING_AWAY, 'The server is shutting down; reconnect later.');
      const cut = setTimeout(() => {
        for (const socket of open) socket.terminate();
      }, CLOSE_HANDSHAKE_MS);
      await Promise.all(gone);
      clearTimeout(cut);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
