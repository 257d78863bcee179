/**
 * What a benchmark question is (bench/questions.ts has the five): how every runner asks it —
 * Diplomap's GraphQL, the peer's GraphQL (bench/peer/type-defs.graphql), the raw-Cypher floor
 * (cypher/bench/) — and how each runner's raw answer becomes the one canonical shape compared.
 */
export type QuestionName = 'partners' | 'actorPage' | 'path' | 'neighbourhood' | 'aggregate';

/** The page size every list uses. */
export const FIRST = 10;
/** Neighbourhood size cap (Diplomap caps it at MAX_NEIGHBOURHOOD_NODES, 500). */
export const NEIGHBOURHOOD_LIMIT = 200;
export const PATHS_FIRST = 3;

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** A raw answer in; the canonical JSON-able answer out. */
type Canon = (raw: unknown) => unknown;

export interface Question {
  name: QuestionName;
  title: string;
  /** Depth of the question's shape: the bound on Diplomap's store round trips it is checked against. */
  depth: number;
  diplomap: GraphqlRequest;
  peer: GraphqlRequest;
  cypher: { file: CypherName; params: Record<string, unknown> };
  fromDiplomap: Canon;
  fromPeer: Canon;
  fromCypher: (rows: Record<string, unknown>[]) => unknown;
}

export const BENCH_CYPHER_FILES = {
  partners: 'bench/partners.cypher',
  actorPage: 'bench/actor-page.cypher',
  paths: 'bench/paths.cypher',
  neighbourhood: 'bench/neighbourhood.cypher',
  projectsByTheme: 'bench/projects-by-theme.cypher',
} as const;
export type CypherName = keyof typeof BENCH_CYPHER_FILES;

// The GraphQL answers are untyped JSON here: a wrong shape fails the equality check, loudly.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any;

export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A connection's total and its nodes' keys, the canonical shape of a nested list. */
export function keysOf(connection: Json, id: (node: Json) => string) {
  return {
    totalCount: connection.totalCount,
    keys: connection.edges.map((e: Json) => id(e.node)),
  };
}
