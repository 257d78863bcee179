/**
 * The partnership network in a form that crosses to a worker thread cheaply: actor keys and the
 * links as typed arrays of indexes, in the graph's own order. Rebuilt in that order, the graph
 * iterates exactly as the original, so Louvain and the centralities give the same numbers.
 */
import { UndirectedGraph } from 'graphology';

export interface CompactNetwork {
  keys: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

export function compactNetwork(graph: UndirectedGraph): CompactNetwork {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[i] = index.get(source)!;
    targets[i] = index.get(target)!;
    weights[i] = (attributes as { weight: number }).weight;
    i++;
  });
  return { keys, sources, targets, weights };
}

export function networkGraph(network: CompactNetwork): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const key of network.keys) graph.addNode(key);
  // The three arrays have one entry per link and hold indexes into `keys` (compactNetwork).
  for (let i = 0; i < network.sources.length; i++)
    graph.addEdge(network.keys[network.sources[i]!]!, network.keys[network.targets[i]!]!, {
      weight: network.weights[i],
    });
  return graph;
}
