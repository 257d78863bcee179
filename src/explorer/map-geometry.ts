/**
 * The map's geometry, apart from any canvas: how big an actor and how wide an edge is drawn,
 * where each actor of a selection sits once projected, and how near a point is to an arc.
 */
import type { GeoProjection } from 'd3-geo';
import type { Selection, SelectionEdge, SelectionNode } from './selection.js';

/** An actor where the map draws it (projected, before zoom), with its radius. */
export interface MapPoint {
  node: SelectionNode;
  x: number;
  y: number;
  r: number;
}

interface XY {
  x: number;
  y: number;
}

export function nodeRadius(degree: number): number {
  return 2 + Math.min(10, Math.sqrt(degree));
}

export function edgeWidth(strength: number): number {
  return 0.6 + Math.min(4, strength * 0.9);
}

/** A funding flow's width: by the square root of its amount, the largest flow 8 px wide. */
export function flowWidth(euros: number, largest: number): number {
  return 0.8 + 7.2 * Math.sqrt(Math.max(0, euros) / Math.max(largest, 1));
}

/** How wide an edge of the selection is drawn: by strength, or (flows) by amount. */
export function widthOf(edge: SelectionEdge, selection: Selection): number {
  return edge.funding
    ? flowWidth(edge.funding.euros, selection.maxFlow)
    : edgeWidth(edge.via.length);
}

/** The control point of an arc between two projected points: bowed to the left of a→b. */
export function arcControl(a: XY, b: XY): XY {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  return { x: mx - (b.y - a.y) * 0.2, y: my + (b.x - a.x) * 0.2 };
}

/** The middle of the arc from a to b (its quadratic curve at t = ½). */
export function arcMiddle(a: XY, b: XY): XY {
  const c = arcControl(a, b);
  return { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
}

/** Distance from (x, y) to the arc from a to b, taken as 24 chords: the nearest chord decides. */
export function arcDistance(x: number, y: number, a: XY, b: XY): number {
  const c = arcControl(a, b);
  let nearest = Infinity;
  let px = a.x;
  let py = a.y;
  for (let i = 1; i <= 24; i++) {
    const t = i / 24;
    const u = 1 - t;
    const qx = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
    const qy = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
    nearest = Math.min(nearest, segmentDistance(x, y, px, py, qx, qy));
    px = qx;
    py = qy;
  }
  return nearest;
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Where each placed actor of the selection is drawn, by key; actors with no place are left out. */
export function placePoints(
  selection: Selection,
  projection: GeoProjection,
): Map<string, MapPoint> {
  const points = new Map<string, MapPoint>();
  // Actors placed at the same spot (a country's centre, a capital) are set around it.
  const crowd = new Map<string, number>();
  for (const node of selection.nodes.values()) {
    if (!node.place) continue;
    const xy = projection([node.place.lon, node.place.lat]);
    if (!xy) continue;
    const spot = `${xy[0].toFixed(1)},${xy[1].toFixed(1)}`;
    const n = crowd.get(spot) ?? 0;
    crowd.set(spot, n + 1);
    const angle = n * 2.4;
    const distance = n === 0 ? 0 : 5 * Math.sqrt(n);
    const r = nodeRadius(selection.degree(node.key));
    points.set(node.key, {
      node,
      x: xy[0] + distance * Math.cos(angle),
      y: xy[1] + distance * Math.sin(angle),
      r,
    });
  }
  return points;
}
