/**
 * GraphML (Cytoscape, yEd), written piece by piece; graphology-graphml only parses, and reading
 * the output back with it is how the tests check the writer. Numbers are declared `double`,
 * booleans `boolean`, anything else or mixed `string`.
 */
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { GraphData } from '../domain/graph-records.js';
import type { ColumnModel } from './column-model.js';
import { writeAll, type ColumnModels, type ExportWriter } from './export-writer.js';
import { edgeRow, nodeRow, recordsOfGraph, type Columns } from './record-columns.js';
import { xmlAttribute as a, xmlContent } from './xml-text.js';

type Domain = 'node' | 'edge';

export function graphmlWriter(models: ColumnModels): ExportWriter {
  const keyIds = new Map<string, string>();
  let keys = '';
  const declare = (domain: Domain, model: ColumnModel) => {
    for (const name of model.names()) {
      const id = `${domain === 'node' ? 'n' : 'e'}${keyIds.size}`;
      keyIds.set(`${domain}:${name}`, id);
      keys += `  <key id="${id}" for="${domain}" attr.name="${a(name)}" attr.type="${graphmlType(model, name)}"/>\n`;
    }
  };
  declare('node', models.nodes);
  declare('edge', models.edges);
  const data = (domain: Domain, columns: Columns) => {
    let out = '';
    for (const [name, value] of Object.entries(columns)) {
      const id = keyIds.get(`${domain}:${name}`);
      // A column added since the first reading was not declared: it is left out.
      if (id !== undefined) out += `<data key="${id}">${xmlContent(value)}</data>`;
    }
    return out;
  };
  return {
    needs: { nodes: true, edges: true },
    head: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      keys +
      '  <graph id="diplomap" edgedefault="directed">\n',
    nodes: (nodes) =>
      nodes
        .map((node) => `    <node id="${a(node.key)}">${data('node', nodeRow(node))}</node>\n`)
        .join(''),
    middle: () => '',
    edges: (edges) =>
      edges
        .map(
          (edge) =>
            `    <edge id="${a(edge.key)}" source="${a(edge.from)}" target="${a(edge.to)}">` +
            `${data('edge', edgeRow(edge))}</edge>\n`,
        )
        .join(''),
    tail: () => '  </graph>\n</graphml>\n',
  };
}

function graphmlType(model: ColumnModel, name: string): 'string' | 'double' | 'boolean' {
  const kind = model.kind(name);
  return kind === 'string' || kind === 'boolean' ? kind : 'double';
}

export function toGraphml(data: GraphData): string {
  return writeAll(data, graphmlWriter);
}

export function fromGraphml(text: string): GraphData {
  const graph = parse(Graph.MultiDirectedGraph, text);
  return recordsOfGraph(graph, 'GraphML');
}
