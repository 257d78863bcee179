/**
 * Downloads of the current view: SVG (drawn from the same selection and zoom as the screen),
 * PNG (that SVG rasterised, so both look alike) and GEXF (graphology-gexf, for Gephi).
 */
import { geoGraticule10, geoPath } from 'd3-geo';
import type Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import { BACKGROUND } from './base-map.js';
import { arcControl, widthOf } from './map-geometry.js';
import type { MapView } from './map-view.js';
import type { EdgeAttributes, NetworkView, NodeAttributes } from './network-view.js';
import { ACTOR_COLOURS, EDGE_COLOURS } from './palette.js';
import { countries } from './places.js';
import type { Selection } from './selection.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    ...body,
    `<text x="10" y="${height - 10}" font-size="11" fill="#333">${escape(title)}</text>`,
    '</svg>',
  ].join('\n');
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function mapSvg(view: MapView, selection: Selection, title: string): string {
  const { k, x, y, width, height } = view.transform;
  const path = geoPath(view.projection);
  const body = [
    `<g transform="translate(${r2(x)},${r2(y)}) scale(${r2(k)})">`,
    `<path d="${path({ type: 'Sphere' })}" fill="#e3edf5"/>`,
    `<path d="${path(geoGraticule10())}" fill="none" stroke="#d3e0ea" stroke-width="${0.5 / k}"/>`,
    `<path d="${path(countries)}" fill="#d9d9d4" stroke="#fff" stroke-width="${0.6 / k}"/>`,
  ];
  const points = new Map(view.pointsOnScreen().map((p) => [p.node.key, p]));
  const opacity = selection.edges.size > 1500 ? 0.3 : 0.75;
  for (const edge of selection.edges.values()) {
    const a = points.get(edge.source);
    const b = points.get(edge.target);
    if (!a || !b) continue;
    const c = arcControl(a, b);
    body.push(
      `<path d="M${r2(a.x)},${r2(a.y)}Q${r2(c.x)},${r2(c.y)} ${r2(b.x)},${r2(b.y)}" fill="none" stroke="${EDGE_COLOURS[edge.kind]}" stroke-opacity="${opacity}" stroke-width="${r2(widthOf(edge, selection) / k)}"/>`,
    );
  }
  const ordered = [...points.values()].sort((p, q) => Number(p.node.match) - Number(q.node.match));
  for (const p of ordered) {
    const colour = ACTOR_COLOURS[p.node.kind];
    body.push(
      `<circle cx="${r2(p.x)}" cy="${r2(p.y)}" r="${r2(p.r / k)}" fill="${p.node.match ? colour : '#fff'}" stroke="${p.node.match ? '#fff' : colour}" stroke-width="${r2(1.2 / k)}"><title>${escape(p.node.name)}</title></circle>`,
    );
  }
  const matches = ordered.filter((p) => p.node.match);
  if (matches.length <= 40) {
    for (const p of matches) {
      body.push(
        `<text x="${r2(p.x + (p.r + 3) / k)}" y="${r2(p.y + 4 / k)}" font-size="${r2(12 / k)}" fill="#111" stroke="#fff" stroke-width="${r2(3 / k)}" paint-order="stroke">${escape(p.node.name)}</text>`,
      );
    }
  }
  body.push('</g>');
  return svgDocument(width, height, title, body);
}

export function networkSvg(view: NetworkView, title: string): string {
  const sigma = view.sigma;
  const graph = view.graph;
  if (!sigma || !graph) return svgDocument(400, 100, title, []);
  const { width, height } = sigma.getDimensions();
  const at = (key: string) => {
    const data = sigma.getNodeDisplayData(key);
    return data ? { ...sigma.framedGraphToViewport(data), size: data.size } : undefined;
  };
  const body: string[] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    const a = at(source);
    const b = at(target);
    if (!a || !b) return;
    body.push(
      `<line x1="${r2(a.x)}" y1="${r2(a.y)}" x2="${r2(b.x)}" y2="${r2(b.y)}" stroke="${attributes.color}" stroke-opacity="0.6" stroke-width="${r2(attributes.size)}"/>`,
    );
  });
  const labelled = graph.order <= 60;
  graph.forEachNode((key, attributes) => {
    const p = at(key);
    if (!p) return;
    body.push(
      `<circle cx="${r2(p.x)}" cy="${r2(p.y)}" r="${r2(p.size)}" fill="${attributes.color}" fill-opacity="${attributes.match ? 1 : 0.55}"><title>${escape(attributes.label)}</title></circle>`,
    );
    if (labelled && attributes.match) {
      body.push(
        `<text x="${r2(p.x + p.size + 3)}" y="${r2(p.y + 4)}" font-size="12" fill="#111">${escape(attributes.label)}</text>`,
      );
    }
  });
  return svgDocument(width, height, title, body);
}

export function gexf(graph: Graph<NodeAttributes, EdgeAttributes>): string {
  return write(graph, { pretty: true });
}

export function download(name: string, type: string, content: string | Blob): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises an SVG document at twice its size (sharp on high-density screens). */
export async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0);
    return await new Promise((done, fail) =>
      canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
