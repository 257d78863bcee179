/**
 * A generated graph on disk: NDJSON, one `{"node": …}` or `{"edge": …}` per line, nodes first.
 * Lines rather than one JSON document, because a 1M-actor graph is larger than the longest string
 * V8 can build.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { GraphData, GraphEdge, GraphNode } from '../../domain/graph-records.js';

export async function writeGraphFile(path: string, data: GraphData): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  for (const node of data.nodes) await write(`${JSON.stringify({ node })}\n`);
  for (const edge of data.edges) await write(`${JSON.stringify({ edge })}\n`);
  out.end();
  await once(out, 'finish');
}

export async function readGraphFile(path: string): Promise<GraphData> {
  const data: GraphData = { nodes: [], edges: [] };
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { node?: GraphNode; edge?: GraphEdge };
    if (record.node) data.nodes.push(record.node);
    else if (record.edge) data.edges.push(record.edge);
  }
  return data;
}
