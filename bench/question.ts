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

/**
 * A canonical-answer function over a runner's raw answer, given as the shape `A` that the runner's
 * own query selects (declared next to each question). The answer is JSON a server or a statement
 * shaped from the question's own text, so it is taken as `A` here, in this one place, unchecked: a
 * wrong shape throws, or fails the equality check of the answers, loudly.
 */
export function canon<A>(from: (answer: A) => unknown): Canon {
  return (raw) => from(raw as A);
}

/** A GraphQL connection as the questions select it: the total and the page's nodes. */
export interface Connection<N> {
  totalCount: number;
  edges: { node: N }[];
}

/** A list a Cypher statement returns with its total: the first keys and how many there are. */
export interface KeyList {
  totalCount: number;
  keys: string[];
}

export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A connection's total and its nodes' keys, the canonical shape of a nested list. */
export function keysOf<N>(connection: Connection<N>, id: (node: N) => string): KeyList {
  return {
    totalCount: connection.totalCount,
    keys: connection.edges.map((e) => id(e.node)),
  };
}
