/** What the benchmark is asked to do, and what it measures at each scale (bench/run-scale.ts). */
import type { Landmarks } from '../src/ingest/generate/generate-graph.js';
import type { BulkLoadReport } from '../src/store/neo4j/bulk-import.js';
import type { Latency, Throughput } from './measure.js';
import type { QuestionName } from './question.js';
import type { Neo4jTarget, RunnerId } from './runners.js';

export interface BenchOptions {
  scales: number[];
  seed: number;
  neo4j: Neo4jTarget;
  latencyMs: number;
  latencyMaxSamples: number;
  warmup: number;
  throughputMs: number;
  /** Throughput is skipped when p50 × concurrency exceeds this. */
  maxBacklogMs: number;
  concurrency: number;
  batchSize: number;
  writeConcurrency: number;
  /**
   * How the emptied database is loaded: `bulk` (neo4j-admin import, default from the command
   * line; needs the server's home, `neo4jHome`) or `transactional` (clearAll + Neo4jStore.upsert).
   */
  load?: 'bulk' | 'transactional';
  /** The home folder of the Neo4j at `neo4j.uri` (NEO4J_HOME_DIR of scripts/neo4j/neo4j.sh). */
  neo4jHome?: string;
  /** After the questions, upsert every record again through the seed path and report its rate. */
  topUp?: boolean;
  memoryMaxActors: number;
  /** Keep the database when it already holds exactly this graph's node and relationship counts. */
  reuseLoaded?: boolean;
  serverHeapMb: number;
  log?: (line: string) => void;
  /** MAX_QUERY_COST of Diplomap's servers (at 1M actors the default refuses some questions). */
  maxQueryCost?: number;
}

export interface Measurement {
  runner: RunnerId;
  label: string;
  latency: Latency;
  /** Absent when it was skipped: see `skipped`. */
  throughput?: Throughput;
  skipped?: string;
  roundTripsPerRequest: number;
  /** Diplomap: per GraphStore method, calls and milliseconds per request at concurrency 1. */
  storeCalls?: Record<string, { calls: number; ms: number }>;
  peakRssMb?: number;
  peakHeapMb?: number;
}

export interface QuestionResult {
  name: QuestionName;
  title: string;
  depth: number;
  /** Per runner: whether its answer equals raw Cypher's (the reference). */
  agrees: Partial<Record<RunnerId, boolean>>;
  answers: Partial<Record<RunnerId, unknown>>;
  measurements: Measurement[];
}

export interface ScaleResult {
  actors: number;
  seed: number;
  nodes: number;
  relationships: number;
  landmarks: Landmarks;
  generateMs: number;
  /** Absent when an already loaded database was reused (--reuse-loaded). */
  load?: {
    method: 'bulk' | 'transactional';
    /** The whole load: for bulk, from the graph in memory to a Neo4j that answers with its indexes online. */
    seconds: number;
    relationshipsPerSecond: number;
    /** bulk: the phases (neo4j-admin import alone, stop/start, schema, …). */
    bulk?: BulkLoadReport;
    batchSize: number;
    writeConcurrency: number;
  };
  /**
   * The partnership index rebuilt after the load (`diplomap index`), before the questions; `reused`
   * when the load was reused and its index was complete (nothing written since it was built).
   */
  index?: { seconds: number; actorsPerSecond: number } | 'reused';
  /** The seed path on the loaded database: every record upserted again (`diplomap seed` top-up). */
  topUp?: {
    seconds: number;
    relationshipsPerSecond: number;
    batchSize: number;
    writeConcurrency: number;
  };
  embedded?: { startMs: number; indexMs?: number; heapMb: number; rssMb: number };
  questions: QuestionResult[];
}
