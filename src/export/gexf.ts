/**
 * GEXF 1.3 (Gephi), written piece by piece in the layout graphology-gexf writes, and read back
 * with graphology-gexf's parser. Node labels are names, edge labels and kinds relationship types.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { GraphData } from '../domain/graph-records.js';
import type { ColumnModel } from './column-model.js';
import { writeAll, type ColumnModels, type ExportWriter } from './export-writer.js';
import { edgeRow, nodeRow, recordsOfGraph, type Columns } from './record-columns.js';
import { xmlAttribute as a } from './xml-text.js';

export function gexfWriter(models: ColumnModels): ExportWriter {
  const nodeNames = models.nodes.names();
  const edgeNames = models.edges.names();
  return {
    needs: { nodes: true, edges: true },
    head: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
      '  <meta/>\n  <graph defaultedgetype="directed">\n' +
      declare('node', models.nodes, nodeNames) +
      declare('edge', models.edges, edgeNames) +
      '    <nodes>\n',
    nodes: (nodes) =>
      nodes
        .map(
          (node) =>
            `      <node id="${a(node.key)}" label="${a(node.name)}">` +
            `${values(nodeRow(node), nodeNames)}</node>\n`,
        )
        .join(''),
    middle: () => '    </nodes>\n    <edges>\n',
    edges: (edges) =>
      edges
        .map(
          (edge) =>
            `      <edge id="${a(edge.key)}" source="${a(edge.from)}" target="${a(edge.to)}" ` +
            `kind="${a(edge.type)}" label="${a(edge.type)}">${values(edgeRow(edge), edgeNames)}</edge>\n`,
        )
        .join(''),
    tail: () => '    </edges>\n  </graph>\n</gexf>\n',
  };
}

function declare(domain: 'node' | 'edge', model: ColumnModel, names: string[]): string {
  const attributes = names.map(
    (name) => `      <attribute id="${a(name)}" title="${a(name)}" type="${model.kind(name)}"/>\n`,
  );
  return `    <attributes class="${domain}">\n${attributes.join('')}    </attributes>\n`;
}

/** Declared columns only (a column added since the first reading is left out); empty texts too. */
function values(columns: Columns, names: string[]): string {
  let out = '<attvalues>';
  for (const name of names) {
    const value = columns[name];
    if (value === undefined || value === '' || Number.isNaN(value)) continue;
    out += `<attvalue for="${a(name)}" value="${a(value)}"/>`;
  }
  return `${out}</attvalues>`;
}

export function toGexf(data: GraphData): string {
  return writeAll(data, gexfWriter);
}

export function fromGexf(text: string): GraphData {
  const graph = parse(Graph.MultiDirectedGraph, text);
  return recordsOfGraph(graph, 'GEXF');
}
