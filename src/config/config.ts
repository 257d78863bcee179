/** Configuration from the environment, with defaults that work on a fresh checkout. */
import { DEFAULT_ANSWER_CACHE } from '../app/answer-cache.js';
import { z } from 'zod';
import { API_LIMITS_ENV, apiLimitsFrom, type ApiLimits } from './api-limits.js';
import { parseKeysVariable, readKeysFile, type ApiKeyRecord } from './api-keys.js';
import { DEFAULT_JWT_MAX_LIFETIME, type JwtConfig } from './jwt-settings.js';
import { envNumber } from './env-number.js';
import { RATE_LIMITS_ENV, rateLimitsFrom } from './rate-limits.js';
import { OPERATION_ENV, operationLimitsFrom, type OperationLimits } from './operation-limits.js';
import { parseTrustProxy, type ServerOptions } from './server-options.js';
import {
  SUBSCRIPTION_ENV,
  subscriptionLimitsFrom,
  type SubscriptionLimits,
} from './subscription-limits.js';

const DURATION = /^(\d+)\s*(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };
/** Seconds, or a number with s, m, h or d: `3600`, `90m`, `24h`, `7d`. */
const duration = (fallback: number) =>
  z
    .string()
    .trim()
    .regex(DURATION, 'must be seconds or a duration such as 90m, 24h, 7d')
    .transform((text) => {
      const [, amount, unit] = DURATION.exec(text)!;
      return Number(amount) * UNIT_SECONDS[unit ?? 's']!;
    })
    .refine((seconds) => seconds > 0, 'must be more than 0')
    .optional()
    .transform((seconds) => seconds ?? fallback);

const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('diplomap-test'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  SEEDS_DIR: z.string().optional(),
  DATA_DIR: z.string().default('data'),
  COMPACT_AFTER: envNumber(1_000),
  QUERY_ACCESS: z.enum(['public', 'key']).default('public'),
  API_KEYS: z.string().optional(),
  API_KEYS_FILE: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_ALGORITHM: z.enum(['HS256', 'RS256', 'ES256']).optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  JWT_ROLE_CLAIM: z.string().default('role'),
  JWT_MAX_LIFETIME: duration(DEFAULT_JWT_MAX_LIFETIME),
  ...API_LIMITS_ENV,
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  ...RATE_LIMITS_ENV,
  INTROSPECTION: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.string().default('off'),
  ANSWER_CACHE_KIB: envNumber(DEFAULT_ANSWER_CACHE.maxKiB, { min: 0 }),
  ANSWER_CACHE_MAX_AGE_MS: z.coerce.number().int().min(0).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...OPERATION_ENV,
  ...SUBSCRIPTION_ENV,
});

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface AuthSettings {
  queryAccess: 'public' | 'key';
  keys: ApiKeyRecord[];
  jwt?: JwtConfig;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Set when NEO4J_URI is given: the server then uses Neo4j instead of the embedded store. */
  neo4j?: Neo4jConfig;
  seedsDir?: string;
  /** The embedded store's data directory (journal and snapshots); absent when DATA_DIR=off. */
  dataDir?: string;
  compactAfter: number;
  auth: AuthSettings;
  limits: ApiLimits;
  /** Budgets, introspection, proxies, deadlines, the heavy-work cap: how the server faces the public. */
  server: ServerOptions & { operations: OperationLimits; subscriptions: SubscriptionLimits };
  logLevel: string;
  /** Problems fixed while reading the configuration (a keys file made private), to log. */
  warnings: string[];
}

/** Reads the configuration; a bad value stops start-up with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const warnings: string[] = [];
  const config: ServerConfig = {
    host: e.HOST,
    port: e.PORT,
    compactAfter: e.COMPACT_AFTER,
    auth: {
      queryAccess: e.QUERY_ACCESS,
      keys: [
        ...(e.API_KEYS_FILE ? readKeysFile(e.API_KEYS_FILE, (w) => warnings.push(w)) : []),
        ...(e.API_KEYS ? parseKeysVariable(e.API_KEYS) : []),
      ],
      ...(e.JWT_SECRET || e.JWT_PUBLIC_KEY
        ? {
            jwt: {
              ...(e.JWT_SECRET ? { secret: e.JWT_SECRET } : {}),
              ...(e.JWT_PUBLIC_KEY ? { publicKey: e.JWT_PUBLIC_KEY.replaceAll('\\n', '\n') } : {}),
              ...(e.JWT_ALGORITHM ? { algorithm: e.JWT_ALGORITHM } : {}),
              ...(e.JWT_ISSUER ? { issuer: e.JWT_ISSUER } : {}),
              ...(e.JWT_AUDIENCE ? { audience: e.JWT_AUDIENCE } : {}),
              roleClaim: e.JWT_ROLE_CLAIM,
              maxLifetimeSeconds: e.JWT_MAX_LIFETIME,
            },
          }
        : {}),
    },
    limits: apiLimitsFrom(e),
    server: {
      operations: operationLimitsFrom(e),
      subscriptions: subscriptionLimitsFrom(e),
      introspection: e.INTROSPECTION === 'on',
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      answerCache: {
        maxKiB: e.ANSWER_CACHE_KIB,
        ...(e.ANSWER_CACHE_MAX_AGE_MS !== undefined ? { maxAgeMs: e.ANSWER_CACHE_MAX_AGE_MS } : {}),
      },
      ...(e.RATE_LIMITS === 'on' ? { rateLimits: rateLimitsFrom(e) } : {}),
    },
    logLevel: e.LOG_LEVEL,
    warnings,
  };
  if (e.NEO4J_URI)
    config.neo4j = {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  if (e.SEEDS_DIR) config.seedsDir = e.SEEDS_DIR;
  if (e.DATA_DIR !== 'off') config.dataDir = e.DATA_DIR;
  checkBudgets(config);
  if (config.limits.defaultPageSize > config.limits.maxPageSize) {
    throw new Error(
      `Invalid configuration: DEFAULT_PAGE_SIZE (${config.limits.defaultPageSize}) is above MAX_PAGE_SIZE (${config.limits.maxPageSize})`,
    );
  }
  return config;
}

/** A budget smaller than one allowed request would refuse that request forever. */
function checkBudgets({ server, limits }: ServerConfig): void {
  const budgets = server.rateLimits;
  if (!budgets) return;
  const smallest = Math.min(budgets.anonymousPerMinute, budgets.authenticatedPerMinute);
  const largest = Math.max(limits.maxCost, budgets.exportCost);
  if (smallest < largest) {
    throw new Error(
      `Invalid configuration: RATE_LIMIT_ANONYMOUS and RATE_LIMIT_AUTHENTICATED (${smallest}) must be at least MAX_QUERY_COST and EXPORT_COST (${largest}), or no request at the limit could ever run`,
    );
  }
}
