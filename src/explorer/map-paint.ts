/**
 * The selection painted on the map's canvas: partnerships as arcs coloured by kind and as wide as
 * they are strong (flows by amount), actors as circles (matches filled, partners hollow), names
 * beside the matches when few enough or zoomed in, and a ring around the highlighted actor.
 */
import { arcControl, widthOf, type MapPoint } from './map-geometry.js';
import { ACTOR_COLOURS, EDGE_COLOURS } from './palette.js';
import type { Selection } from './selection.js';

/** Paints on a context already transformed to the map at zoom k. */
export function paintSelection(
  ctx: CanvasRenderingContext2D,
  selection: Selection,
  points: Map<string, MapPoint>,
  k: number,
  highlighted: string | undefined,
): void {
  const many = selection.edges.size > 1500;
  ctx.globalAlpha = many ? 0.3 : 0.75;
  for (const edge of selection.edges.values()) {
    const a = points.get(edge.source);
    const b = points.get(edge.target);
    if (!a || !b) continue;
    const c = arcControl(a, b);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.quadraticCurveTo(c.x, c.y, b.x, b.y);
    ctx.strokeStyle = EDGE_COLOURS[edge.kind];
    ctx.lineWidth = widthOf(edge, selection) / k;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  // Partners first, matches on top.
  const ordered = [...points.values()].sort((p, q) => Number(p.node.match) - Number(q.node.match));
  for (const p of ordered) {
    ctx.beginPath();
    ctx.arc(p.x, p.y, p.r / k, 0, 2 * Math.PI);
    ctx.fillStyle = p.node.match ? ACTOR_COLOURS[p.node.kind] : '#ffffff';
    ctx.fill();
    ctx.strokeStyle = p.node.match ? '#ffffff' : ACTOR_COLOURS[p.node.kind];
    ctx.lineWidth = 1.2 / k;
    ctx.stroke();
  }
  const matches = ordered.filter((p) => p.node.match);
  if (matches.length <= 40 || k >= 4) paintLabels(ctx, matches.length <= 40 ? matches : ordered, k);
  const high = highlighted ? points.get(highlighted) : undefined;
  if (high) {
    ctx.beginPath();
    ctx.arc(high.x, high.y, (high.r + 4) / k, 0, 2 * Math.PI);
    ctx.strokeStyle = '#111111';
    ctx.lineWidth = 2.5 / k;
    ctx.stroke();
    paintLabels(ctx, [high], k);
  }
}

function paintLabels(ctx: CanvasRenderingContext2D, points: MapPoint[], k: number): void {
  ctx.font = `${12 / k}px system-ui, sans-serif`;
  ctx.lineWidth = 3 / k;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#111111';
  for (const p of points.slice(0, 400)) {
    const x = p.x + (p.r + 3) / k;
    const y = p.y + 4 / k;
    ctx.strokeText(p.node.name, x, y);
    ctx.fillText(p.node.name, x, y);
  }
}
