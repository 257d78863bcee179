/**
 * GraphML (Cytoscape, yEd). graphology-graphml only parses, so the writer is ours, on xml-writer
 * (the writer graphology-gexf uses; it escapes text and attributes), checked by parsing the
 * output back with graphology-graphml.
 */
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import XMLWriter from 'xml-writer';
import type { GraphData } from '../domain/graph-records.js';
import {
  edgeColumns,
  edgeFromColumns,
  nodeColumns,
  nodeFromColumns,
  scalarPropColumns,
  type Columns,
} from './record-columns.js';

type Domain = 'node' | 'edge';

export function toGraphml(data: GraphData): string {
  const nodeRows = data.nodes.map((n) => ({
    id: n.key,
    columns: { ...scalarPropColumns(n.props), ...nodeColumns(n) },
  }));
  const edgeRows = data.edges.map((e) => ({
    id: e.key,
    source: e.from,
    target: e.to,
    columns: { ...scalarPropColumns(e.props), ...edgeColumns(e) },
  }));
  const xml = new XMLWriter(true);
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml').writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  const keyIds = new Map<string, string>();
  const declare = (domain: Domain, rows: { columns: Columns }[]) => {
    for (const [name, type] of columnTypes(rows)) {
      const id = `${domain === 'node' ? 'n' : 'e'}${keyIds.size}`;
      keyIds.set(`${domain}:${name}`, id);
      xml
        .startElement('key')
        .writeAttribute('id', id)
        .writeAttribute('for', domain)
        .writeAttribute('attr.name', name)
        .writeAttribute('attr.type', type)
        .endElement();
    }
  };
  declare('node', nodeRows);
  declare('edge', edgeRows);
  xml
    .startElement('graph')
    .writeAttribute('id', 'diplomap')
    .writeAttribute('edgedefault', 'directed');
  const writeData = (domain: Domain, columns: Columns) => {
    for (const [name, value] of Object.entries(columns))
      xml
        .startElement('data')
        .writeAttribute('key', keyIds.get(`${domain}:${name}`)!)
        .text(String(value))
        .endElement();
  };
  for (const row of nodeRows) {
    xml.startElement('node').writeAttribute('id', row.id);
    writeData('node', row.columns);
    xml.endElement();
  }
  for (const row of edgeRows) {
    xml
      .startElement('edge')
      .writeAttribute('id', row.id)
      .writeAttribute('source', row.source)
      .writeAttribute('target', row.target);
    writeData('edge', row.columns);
    xml.endElement();
  }
  xml.endDocument();
  return xml.toString();
}

/** GraphML types per column: numbers as double, booleans as boolean, anything mixed as string. */
function columnTypes(rows: { columns: Columns }[]): Map<string, 'string' | 'double' | 'boolean'> {
  const types = new Map<string, 'string' | 'double' | 'boolean'>();
  for (const { columns } of rows) {
    for (const [name, value] of Object.entries(columns)) {
      const type =
        typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : 'string');
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function fromGraphml(text: string): GraphData {
  const graph = parse(Graph.MultiDirectedGraph, text);
  return {
    nodes: graph.mapNodes((key, attributes) => nodeFromColumns(attributes, `GraphML node ${key}`)),
    edges: graph.mapEdges((key, attributes) => edgeFromColumns(attributes, `GraphML edge ${key}`)),
  };
}
