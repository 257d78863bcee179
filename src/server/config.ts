/** Configuration from the environment, with defaults that work on a fresh checkout. */
import { z } from 'zod';
import { DEFAULT_LIMITS, type ApiLimits } from '../graphql/context.js';

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('diplomap-test'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  SEEDS_DIR: z.string().optional(),
  MAX_PAGE_SIZE: intFrom(DEFAULT_LIMITS.maxPageSize),
  DEFAULT_PAGE_SIZE: intFrom(DEFAULT_LIMITS.defaultPageSize),
  MAX_QUERY_DEPTH: intFrom(DEFAULT_LIMITS.maxDepth),
  MAX_QUERY_COST: intFrom(DEFAULT_LIMITS.maxCost),
  MAX_PATH_HOPS: intFrom(DEFAULT_LIMITS.maxPathHops),
  MAX_NEIGHBOURHOOD_NODES: intFrom(DEFAULT_LIMITS.maxNeighbourhoodNodes),
  MAX_NEIGHBOURHOOD_DEPTH: intFrom(DEFAULT_LIMITS.maxNeighbourhoodDepth),
  MAX_CENTRALITY_ACTORS: intFrom(DEFAULT_LIMITS.maxCentralityActors),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Set when NEO4J_URI is given: the server then uses Neo4j instead of the embedded store. */
  neo4j?: Neo4jConfig;
  seedsDir?: string;
  limits: ApiLimits;
  logLevel: string;
}

/** Reads the configuration; a bad value stops start-up with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const config: ServerConfig = {
    host: e.HOST,
    port: e.PORT,
    limits: {
      maxPageSize: e.MAX_PAGE_SIZE,
      defaultPageSize: e.DEFAULT_PAGE_SIZE,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxPathHops: e.MAX_PATH_HOPS,
      maxNeighbourhoodNodes: e.MAX_NEIGHBOURHOOD_NODES,
      maxNeighbourhoodDepth: e.MAX_NEIGHBOURHOOD_DEPTH,
      maxCentralityActors: e.MAX_CENTRALITY_ACTORS,
    },
    logLevel: e.LOG_LEVEL,
  };
  if (e.NEO4J_URI)
    config.neo4j = {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  if (e.SEEDS_DIR) config.seedsDir = e.SEEDS_DIR;
  if (config.limits.defaultPageSize > config.limits.maxPageSize) {
    throw new Error(
      `Invalid configuration: DEFAULT_PAGE_SIZE (${config.limits.defaultPageSize}) is above MAX_PAGE_SIZE (${config.limits.maxPageSize})`,
    );
  }
  return config;
}
