/**
 * The real HTTP server on a loopback port for the abuse probes, with its log captured: requests
 * are sent raw (any body, any header) and answers read as the attacker would see them.
 */
import { pino } from 'pino';
import { DEFAULT_LIMITS, type ApiLimits } from '../../src/config/api-limits.js';
import {
  READ_ONLY_AUTH,
  createServer,
  type DiplomapServer,
} from '../../src/server/create-server.js';
import type { AuthConfig } from '../../src/server/auth/authenticator.js';
import type { ServerOptions } from '../../src/config/server-options.js';
import type { GraphStore } from '../../src/store/graph-store.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON; undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
}

export interface AbuseServer {
  url: string;
  server: DiplomapServer;
  log: LogLine[];
  /** POSTs a GraphQL request (an object is sent as JSON, a string as is). */
  graphql(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  request(path: string, init?: RequestInit): Promise<Answer>;
  /** The access-log lines (msg "request"). */
  accessLines(): LogLine[];
  stop(): Promise<void>;
}

export async function startAbuseServer(
  store: GraphStore,
  options: { limits?: Partial<ApiLimits>; server?: ServerOptions; auth?: AuthConfig } = {},
): Promise<AbuseServer> {
  const log: LogLine[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void log.push(JSON.parse(line) as LogLine) },
  );
  const server = await createServer(
    store,
    { ...DEFAULT_LIMITS, ...options.limits },
    logger,
    options.auth ?? READ_ONLY_AUTH,
    options.server ?? {},
  );
  const url = await server.listen('127.0.0.1', 0);

  const request = async (path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(`${url}${path}`, init);
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  return {
    url,
    server,
    log,
    request,
    graphql: (body, headers = {}) =>
      request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    accessLines: () => log.filter((line) => line.msg === 'request'),
    stop: () => server.stop(),
  };
}

/** The first error of a GraphQL answer. */
export function firstError(answer: Answer): {
  message: string;
  extensions: Record<string, unknown>;
} {
  const errors = answer.json?.errors as
    { message: string; extensions: Record<string, unknown> }[] | undefined;
  const [first] = errors ?? [];
  if (!first) throw new Error(`No errors in: ${answer.text.slice(0, 500)}`);
  return first;
}

/** Fragments each spreading the previous one twice: 2^depth selections when expanded. */
export function fragmentBomb(depth: number): string {
  const lines = [
    'query Bomb { ...F' + depth + ' }',
    'fragment F0 on Query { stats { nodeCount } }',
  ];
  for (let i = 1; i <= depth; i++)
    lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return lines.join('\n');
}

/** No stack trace, no file path, no HTML: what a client may never see. */
export const LEAKS = /<html|<pre|stacktrace|\bat [^\s]+ \(|\/work\/|node_modules|\.ts:\d+/i;
