/**
 * The map: the base map (./base-map.ts) on a canvas, actors at their places and partnerships as
 * arcs (./map-paint.ts), a network's members under them (./member-layer.ts). A canvas keeps
 * thousands of actors and arcs fast; zoom with the wheel or +/−, pan by dragging or arrows
 * (./map-controls.ts).
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import { BACKGROUND, fitBaseMap, paintBaseMap, type BaseMap } from './base-map.js';
import { attachMapControls } from './map-controls.js';
import { arcDistance, arcMiddle, placePoints, type MapPoint } from './map-geometry.js';
import { paintSelection } from './map-paint.js';
import type { MemberLayer } from './member-layer.js';
import type { Selection, SelectionEdge, SelectionNode } from './selection.js';

export type Pick =
  { node: SelectionNode } | { edge: SelectionEdge } | { member: string } | undefined;

/** How near (CSS pixels) a click must be to an arc to pick it. */
const ARC_REACH = 5;

export class MapView {
  readonly canvas: HTMLCanvasElement;
  readonly projection: GeoProjection = geoNaturalEarth1();
  private selection?: Selection;
  private members?: MemberLayer;
  private points = new Map<string, MapPoint>();
  private k = 1;
  private tx = 0;
  private ty = 0;
  private width = 0;
  private height = 0;
  private highlighted?: string;
  private frame = 0;
  /** The base map, projected once per size: panning and zooming only repaint it. */
  private base?: BaseMap;

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
    attachMapControls(this.canvas, {
      zoomBy: (factor, cx, cy) => this.zoomBy(factor, cx, cy),
      panBy: (dx, dy) => {
        this.tx += dx;
        this.ty += dy;
        this.draw();
      },
      resetZoom: () => this.resetZoom(),
      click: (cx, cy) => this.click(cx, cy),
    });
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  /** The place of an actor on screen (page coordinates), or undefined when it has none. */
  screenPoint(key: string): { x: number; y: number } | undefined {
    const p = this.points.get(key);
    return p && this.onPage(p);
  }

  /** The middle of a partnership's arc on screen (page coordinates), when both ends are drawn. */
  arcPoint(key: string): { x: number; y: number } | undefined {
    const edge = this.selection?.edges.get(key);
    const a = edge && this.points.get(edge.source);
    const b = edge && this.points.get(edge.target);
    if (!a || !b) return undefined;
    return this.onPage(arcMiddle(a, b));
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

  /** Draws on the next frame (pages arrive fast; one draw per frame is enough). */
  draw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** The actor, else a lone member, else the arc, under a point of the canvas (CSS pixels). */
  pickAt(cx: number, cy: number): Pick {
    const x = (cx - this.tx) / this.k;
    const y = (cy - this.ty) / this.k;
    let best: MapPoint | undefined;
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
    bestDistance = ARC_REACH;
    for (const edge of this.selection.edges.values()) {
      const a = this.points.get(edge.source);
      const b = this.points.get(edge.target);
      if (!a || !b) continue;
      const d = arcDistance(x, y, a, b) * this.k;
      if (d < bestDistance) {
        bestDistance = d;
        bestEdge = edge;
      }
    }
    return bestEdge ? { edge: bestEdge } : undefined;
  }

  /** The current zoom, so exports draw what is on screen. */
  get transform() {
    return { k: this.k, x: this.tx, y: this.ty, width: this.width, height: this.height };
  }

  pointsOnScreen(): MapPoint[] {
    return [...this.points.values()];
  }

  /** A map point (projected, before zoom) in page coordinates. */
  private onPage(p: { x: number; y: number }): { x: number; y: number } {
    const box = this.canvas.getBoundingClientRect();
    return { x: box.left + p.x * this.k + this.tx, y: box.top + p.y * this.k + this.ty };
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
    this.base = fitBaseMap(this.projection, box.width, box.height);
    this.project();
    this.members?.project(this.projection);
    this.draw();
  }

  private project(): void {
    if (!this.selection) {
      this.points.clear();
      return;
    }
    this.points = placePoints(this.selection, this.projection);
    const label =
      `Map of ${this.points.size} actors and their partnerships` +
      ` (${this.selection.nodes.size - this.points.size} without a place are listed only).`;
    this.canvas.setAttribute('aria-label', label);
  }

  private paint(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || this.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.setTransform(ratio * this.k, 0, 0, ratio * this.k, ratio * this.tx, ratio * this.ty);
    if (!this.base) return;
    paintBaseMap(ctx, this.base, this.k);
    this.members?.paint(ctx, this.k, this.tx, this.ty, this.width, this.height);
    this.onPaint?.();
    if (this.selection) paintSelection(ctx, this.selection, this.points, this.k, this.highlighted);
  }

  /** A click on a cluster of members zooms in on it, until it splits; else it picks. */
  private click(cx: number, cy: number): void {
    const pick = this.pickAt(cx, cy);
    const cell = pick
      ? undefined
      : this.members?.pick((cx - this.tx) / this.k, (cy - this.ty) / this.k, this.k);
    if (cell && cell.count > 1) this.zoomBy(3, cx, cy);
    else this.onPick(pick);
  }

  private zoomBy(factor: number, cx = this.width / 2, cy = this.height / 2): void {
    const k = Math.min(64, Math.max(1, this.k * factor));
    this.tx = cx - ((cx - this.tx) * k) / this.k;
    this.ty = cy - ((cy - this.ty) * k) / this.k;
    this.k = k;
    this.draw();
  }
}
