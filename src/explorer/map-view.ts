/**
 * The map: the world's countries (world-atlas 1:50m, offline; small states such as Malta are in
 * it) projected by d3-geo onto a canvas, actors at
 * their places, partnerships as arcs coloured by kind and as wide as they are strong. A canvas
 * keeps thousands of actors and arcs fast; zoom with the wheel or +/−, pan by dragging or arrows.
 */
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { MemberLayer } from './member-layer.js';
import { ACTOR_COLOURS, EDGE_COLOURS } from './palette.js';
import { countries } from './places.js';
import type { Selection, SelectionEdge, SelectionNode } from './selection.js';

export type Pick =
  { node: SelectionNode } | { edge: SelectionEdge } | { member: string } | undefined;

interface Point {
  node: SelectionNode;
  x: number;
  y: number;
  r: number;
}

export const BACKGROUND = '#f7f9fb';
const inhabited = {
  ...countries,
  features: countries.features.filter((f) => f.properties.name !== 'Antarctica'),
};
const SEA = '#e3edf5';
const LAND = '#d9d9d4';
const BORDER = '#ffffff';

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
export function arcControl(a: { x: number; y: number }, b: { x: number; y: number }) {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  return { x: mx - (b.y - a.y) * 0.2, y: my + (b.x - a.x) * 0.2 };
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

export class MapView {
  readonly canvas: HTMLCanvasElement;
  readonly projection: GeoProjection = geoNaturalEarth1();
  private selection?: Selection;
  private members?: MemberLayer;
  private points = new Map<string, Point>();
  private k = 1;
  private tx = 0;
  private ty = 0;
  private width = 0;
  private height = 0;
  private highlighted?: string;
  private frame = 0;
  /** The base map, projected once per size: panning and zooming only repaint it. */
  private base?: { sphere: Path2D; graticule: Path2D; land: Path2D };

  /** Called after each paint (the members' status line follows the zoom). */
  onPaint?: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (pick: Pick) => void,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'view-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    container.append(this.canvas);
    this.listen();
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  /** The place of an actor on screen (page coordinates), or undefined when it has none. */
  screenPoint(key: string): { x: number; y: number } | undefined {
    const p = this.points.get(key);
    if (!p) return undefined;
    const box = this.canvas.getBoundingClientRect();
    return { x: box.left + p.x * this.k + this.tx, y: box.top + p.y * this.k + this.ty };
  }

  /** The middle of a partnership's arc on screen (page coordinates), when both ends are drawn. */
  arcPoint(key: string): { x: number; y: number } | undefined {
    const edge = this.selection?.edges.get(key);
    const a = edge && this.points.get(edge.source);
    const b = edge && this.points.get(edge.target);
    if (!a || !b) return undefined;
    const c = arcControl(a, b);
    const box = this.canvas.getBoundingClientRect();
    const x = 0.25 * a.x + 0.5 * c.x + 0.25 * b.x;
    const y = 0.25 * a.y + 0.5 * c.y + 0.25 * b.y;
    return { x: box.left + x * this.k + this.tx, y: box.top + y * this.k + this.ty };
  }

  /** Keys of the actors drawn on the map (those with a place). */
  drawnKeys(): Set<string> {
    return new Set(this.points.keys());
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
    this.project();
    this.draw();
  }

  /** A network's members, drawn under the selection (clustered at wide zoom); none to hide them. */
  setMembers(members: MemberLayer | undefined): void {
    this.members = members;
    members?.project(this.projection);
    this.draw();
  }

  highlight(key: string | undefined): void {
    this.highlighted = key;
    this.draw();
  }

  /** Brings an actor into view. */
  centreOn(key: string): void {
    const p = this.points.get(key);
    if (!p) return;
    this.k = Math.max(this.k, 3);
    this.tx = this.width / 2 - p.x * this.k;
    this.ty = this.height / 2 - p.y * this.k;
    this.draw();
  }

  /** Zooms to the actors drawn (at least the whole world, at most 8×). */
  fitToSelection(): void {
    const points = [...this.points.values()];
    if (points.length === 0 || this.width === 0) return this.resetZoom();
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const pad = 40;
    const k = Math.min(
      8,
      Math.max(1, Math.min(this.width / (x1 - x0 + pad), this.height / (y1 - y0 + pad))),
    );
    this.k = k;
    this.tx = this.width / 2 - ((x0 + x1) / 2) * k;
    this.ty = this.height / 2 - ((y0 + y1) / 2) * k;
    if (k === 1) {
      this.tx = 0;
      this.ty = 0;
    }
    this.draw();
  }

  resetZoom(): void {
    this.k = 1;
    this.tx = 0;
    this.ty = 0;
    this.draw();
  }

  private resize(): void {
    const box = this.container.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    this.width = box.width;
    this.height = box.height;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(box.width * ratio);
    this.canvas.height = Math.round(box.height * ratio);
    this.canvas.style.width = `${box.width}px`;
    this.canvas.style.height = `${box.height}px`;
    // Fit the inhabited world (no Antarctica): more room for the actors than the whole sphere.
    this.projection.fitExtent(
      [
        [8, 8],
        [box.width - 8, box.height - 8],
      ],
      inhabited,
    );
    const path = geoPath(this.projection);
    this.base = {
      sphere: new Path2D(path({ type: 'Sphere' }) ?? ''),
      graticule: new Path2D(path(geoGraticule10()) ?? ''),
      land: new Path2D(path(countries) ?? ''),
    };
    this.project();
    this.members?.project(this.projection);
    this.draw();
  }

  private project(): void {
    this.points.clear();
    if (!this.selection) return;
    // Actors placed at the same spot (a country's centre, a capital) are set around it.
    const crowd = new Map<string, number>();
    for (const node of this.selection.nodes.values()) {
      if (!node.place) continue;
      const xy = this.projection([node.place.lon, node.place.lat]);
      if (!xy) continue;
      const spot = `${xy[0].toFixed(1)},${xy[1].toFixed(1)}`;
      const n = crowd.get(spot) ?? 0;
      crowd.set(spot, n + 1);
      const angle = n * 2.4;
      const distance = n === 0 ? 0 : 5 * Math.sqrt(n);
      const r = nodeRadius(this.selection.degree(node.key));
      this.points.set(node.key, {
        node,
        x: xy[0] + distance * Math.cos(angle),
        y: xy[1] + distance * Math.sin(angle),
        r,
      });
    }
    const label =
      `Map of ${this.points.size} actors and their partnerships` +
      ` (${this.selection.nodes.size - this.points.size} without a place are listed only).`;
    this.canvas.setAttribute('aria-label', label);
  }

  /** Draws on the next frame (pages arrive fast; one draw per frame is enough). */
  draw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || this.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.setTransform(ratio * this.k, 0, 0, ratio * this.k, ratio * this.tx, ratio * this.ty);
    const base = this.base;
    if (!base) return;
    ctx.fillStyle = SEA;
    ctx.fill(base.sphere);
    ctx.strokeStyle = '#d3e0ea';
    ctx.lineWidth = 0.5 / this.k;
    ctx.stroke(base.graticule);
    ctx.fillStyle = LAND;
    ctx.fill(base.land);
    ctx.strokeStyle = BORDER;
    ctx.lineWidth = 0.6 / this.k;
    ctx.stroke(base.land);
    this.members?.paint(ctx, this.k, this.tx, this.ty, this.width, this.height);
    this.onPaint?.();
    if (!this.selection) return;

    const many = this.selection.edges.size > 1500;
    ctx.globalAlpha = many ? 0.3 : 0.75;
    for (const edge of this.selection.edges.values()) {
      const a = this.points.get(edge.source);
      const b = this.points.get(edge.target);
      if (!a || !b) continue;
      const c = arcControl(a, b);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.quadraticCurveTo(c.x, c.y, b.x, b.y);
      ctx.strokeStyle = EDGE_COLOURS[edge.kind];
      ctx.lineWidth = widthOf(edge, this.selection) / this.k;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    // Partners first, matches on top.
    const ordered = [...this.points.values()].sort(
      (p, q) => Number(p.node.match) - Number(q.node.match),
    );
    for (const p of ordered) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, p.r / this.k, 0, 2 * Math.PI);
      ctx.fillStyle = p.node.match ? ACTOR_COLOURS[p.node.kind] : '#ffffff';
      ctx.fill();
      ctx.strokeStyle = p.node.match ? '#ffffff' : ACTOR_COLOURS[p.node.kind];
      ctx.lineWidth = 1.2 / this.k;
      ctx.stroke();
    }
    const matches = ordered.filter((p) => p.node.match);
    if (matches.length <= 40 || this.k >= 4)
      this.labels(ctx, matches.length <= 40 ? matches : ordered);
    const high = this.highlighted ? this.points.get(this.highlighted) : undefined;
    if (high) {
      ctx.beginPath();
      ctx.arc(high.x, high.y, (high.r + 4) / this.k, 0, 2 * Math.PI);
      ctx.strokeStyle = '#111111';
      ctx.lineWidth = 2.5 / this.k;
      ctx.stroke();
      this.labels(ctx, [high]);
    }
  }

  private labels(ctx: CanvasRenderingContext2D, points: Point[]): void {
    ctx.font = `${12 / this.k}px system-ui, sans-serif`;
    ctx.lineWidth = 3 / this.k;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#111111';
    for (const p of points.slice(0, 400)) {
      const x = p.x + (p.r + 3) / this.k;
      const y = p.y + 4 / this.k;
      ctx.strokeText(p.node.name, x, y);
      ctx.fillText(p.node.name, x, y);
    }
  }

  /** The actor, else the arc, under a point of the canvas (CSS pixels). */
  pickAt(cx: number, cy: number): Pick {
    const x = (cx - this.tx) / this.k;
    const y = (cy - this.ty) / this.k;
    let best: Point | undefined;
    let bestDistance = Infinity;
    for (const p of this.points.values()) {
      const d = Math.hypot(p.x - x, p.y - y) * this.k;
      if (d <= p.r + 3 && d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    if (best) return { node: best.node };
    const member = this.members?.pick(x, y, this.k);
    if (member?.single) return { member: member.single.member.key };
    if (!this.selection) return undefined;
    let bestEdge: SelectionEdge | undefined;
    bestDistance = 5;
    for (const edge of this.selection.edges.values()) {
      const a = this.points.get(edge.source);
      const b = this.points.get(edge.target);
      if (!a || !b) continue;
      const c = arcControl(a, b);
      // The arc as 24 chords; the distance to the nearest chord decides.
      let px = a.x;
      let py = a.y;
      for (let i = 1; i <= 24; i++) {
        const t = i / 24;
        const u = 1 - t;
        const qx = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
        const qy = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
        const d = segmentDistance(x, y, px, py, qx, qy) * this.k;
        if (d < bestDistance) {
          bestDistance = d;
          bestEdge = edge;
        }
        px = qx;
        py = qy;
      }
    }
    return bestEdge ? { edge: bestEdge } : undefined;
  }

  /** The current zoom, so exports draw what is on screen. */
  get transform() {
    return { k: this.k, x: this.tx, y: this.ty, width: this.width, height: this.height };
  }

  pointsOnScreen(): Point[] {
    return [...this.points.values()];
  }

  private zoomBy(factor: number, cx = this.width / 2, cy = this.height / 2): void {
    const k = Math.min(64, Math.max(1, this.k * factor));
    this.tx = cx - ((cx - this.tx) * k) / this.k;
    this.ty = cy - ((cy - this.ty) * k) / this.k;
    this.k = k;
    this.draw();
  }

  private listen(): void {
    const canvas = this.canvas;
    let drag: { x: number; y: number; moved: boolean } | undefined;
    canvas.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const box = canvas.getBoundingClientRect();
        this.zoomBy(
          Math.exp(-event.deltaY * 0.002),
          event.clientX - box.left,
          event.clientY - box.top,
        );
      },
      { passive: false },
    );
    canvas.addEventListener('pointerdown', (event) => {
      drag = { x: event.clientX, y: event.clientY, moved: false };
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true;
      this.tx += dx;
      this.ty += dy;
      drag.x = event.clientX;
      drag.y = event.clientY;
      this.draw();
    });
    canvas.addEventListener('pointerup', (event) => {
      const moved = drag?.moved;
      drag = undefined;
      if (moved) return;
      const box = canvas.getBoundingClientRect();
      const [cx, cy] = [event.clientX - box.left, event.clientY - box.top];
      const pick = this.pickAt(cx, cy);
      // A click on a cluster of members zooms in on it, until it splits.
      const cell = pick
        ? undefined
        : this.members?.pick((cx - this.tx) / this.k, (cy - this.ty) / this.k, this.k);
      if (cell && cell.count > 1) this.zoomBy(3, cx, cy);
      else this.onPick(pick);
    });
    canvas.addEventListener('keydown', (event) => {
      const step = 60;
      const moves: Record<string, () => void> = {
        '+': () => this.zoomBy(1.5),
        '=': () => this.zoomBy(1.5),
        '-': () => this.zoomBy(1 / 1.5),
        '0': () => this.resetZoom(),
        ArrowLeft: () => ((this.tx += step), this.draw()),
        ArrowRight: () => ((this.tx -= step), this.draw()),
        ArrowUp: () => ((this.ty += step), this.draw()),
        ArrowDown: () => ((this.ty -= step), this.draw()),
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      }
    });
  }
}
