/**
 * The worker-thread side of HeavyWork (heavy-work.ts): centrality and Louvain communities on a
 * partnership network, off the event loop. A task past its request's deadline is not asked to
 * stop: its thread is terminated.
 */
import { parentPort, threadId } from 'node:worker_threads';
import {
  centrality,
  communities,
  type CentralityMeasure,
  type CentralityScore,
  type Community,
} from './partnership-network.js';
import { networkGraph, type CompactNetwork } from './compact-network.js';

export type NetworkTask =
  | { kind: 'centrality'; network: CompactNetwork; measure: CentralityMeasure; maxNodes: number }
  | { kind: 'communities'; network: CompactNetwork; seed?: number };

export type NetworkTaskResult =
  CentralityScore[] | { communities: Community[]; modularity: number };

/** Tells the pool that this thread is running a task (HeavyWork emits 'taskStart'). */
export const TASK_START = 'diplomap:taskStart';

export default function runNetworkTask(task: NetworkTask): NetworkTaskResult {
  parentPort?.postMessage({ [TASK_START]: threadId });
  const graph = networkGraph(task.network);
  return task.kind === 'centrality'
    ? centrality(graph, task.measure, task.maxNodes)
    : communities(graph, task.seed);
}
