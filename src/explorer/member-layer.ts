/**
 * A network's members on the map (all of them: the Covenant of Mayors has about 12,000), loaded
 * page by page and drawn on the map's canvas under the selection. At wide zoom they are binned
 * into screen cells (./member-clusters.ts) drawn as circles with their count; zoomed in, the cells
 * shrink until each member stands alone. Members with no coordinates of their own or of their
 * seat are counted but not drawn (a country's centre would pile thousands on one spot).
 */
import type { GeoProjection } from 'd3-geo';
import { binPoints, clusterRadius, shortCount, type Bin } from './member-clusters.js';
import type { ExplorerMembersQuery } from './generated/graphql.js';
import type { MembersDrawn } from './page-hooks.js';

type MemberPage = ExplorerMembersQuery['actors'];

export interface Member {
  key: string;
  name: string;
  lon: number;
  lat: number;
}

interface MemberPoint {
  member: Member;
  x: number;
  y: number;
}

/** A cell's width on screen (CSS pixels). */
const CELL = 48;
const MEMBER_COLOUR = '#2a7f62';

export class MemberLayer {
  total = 0;
  readonly placed: Member[] = [];
  unplaced = 0;
  private points: MemberPoint[] = [];
  private bins?: { cell: number; bins: Bin<MemberPoint>[] };
  drawn: MembersDrawn = { zoom: 1, clusters: 0, points: 0 };

  constructor(
    readonly network: string,
    public networkName: string,
  ) {}

  get loaded(): number {
    return this.placed.length + this.unplaced;
  }

  addPage(page: MemberPage, projection: GeoProjection): void {
    this.total = page.totalCount;
    for (const { node } of page.edges) {
      const seat = node.municipality;
      const at =
        node.lat !== null && node.lon !== null
          ? { lat: node.lat, lon: node.lon }
          : seat && seat.lat !== null && seat.lon !== null
            ? { lat: seat.lat, lon: seat.lon }
            : undefined;
      if (!at) {
        this.unplaced += 1;
        continue;
      }
      const member = { key: node.id, name: node.name, ...at };
      this.placed.push(member);
      this.add(member, projection);
    }
    this.bins = undefined;
  }

  /** Projects every member again (the map was resized). */
  project(projection: GeoProjection): void {
    this.points = [];
    for (const member of this.placed) this.add(member, projection);
    this.bins = undefined;
  }

  private add(member: Member, projection: GeoProjection): void {
    const xy = projection([member.lon, member.lat]);
    if (xy) this.points.push({ member, x: xy[0], y: xy[1] });
  }

  /** The cells at zoom k, kept while only panning. */
  private binsAt(k: number): Bin<MemberPoint>[] {
    const cell = CELL / k;
    if (this.bins?.cell !== cell) this.bins = { cell, bins: binPoints(this.points, cell) };
    return this.bins.bins;
  }

  /**
   * Draws the cells in view onto a context already transformed to the map (zoom k, offset tx,
   * ty; the view `width` × `height` CSS pixels). Cells off screen are skipped.
   */
  paint(ctx: CanvasRenderingContext2D, k: number, tx: number, ty: number, w: number, h: number) {
    const bins = this.binsAt(k);
    const x0 = -tx / k;
    const y0 = -ty / k;
    const x1 = (w - tx) / k;
    const y1 = (h - ty) / k;
    const margin = 30 / k;
    let clusters = 0;
    let points = 0;
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = '#ffffff';
    ctx.fillStyle = MEMBER_COLOUR;
    // Single members first, in one path: thousands of arcs, one fill.
    ctx.beginPath();
    for (const bin of bins) {
      if (bin.count !== 1) continue;
      points += 1;
      if (bin.x < x0 - margin || bin.x > x1 + margin || bin.y < y0 - margin || bin.y > y1 + margin)
        continue;
      ctx.moveTo(bin.x + 3 / k, bin.y);
      ctx.arc(bin.x, bin.y, 3 / k, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${11 / k}px system-ui, sans-serif`;
    for (const bin of bins) {
      if (bin.count === 1) continue;
      clusters += 1;
      if (bin.x < x0 - margin || bin.x > x1 + margin || bin.y < y0 - margin || bin.y > y1 + margin)
        continue;
      ctx.beginPath();
      ctx.arc(bin.x, bin.y, clusterRadius(bin.count) / k, 0, 2 * Math.PI);
      ctx.globalAlpha = 0.8;
      ctx.fillStyle = MEMBER_COLOUR;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(shortCount(bin.count), bin.x, bin.y);
    }
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
    this.drawn = { zoom: k, clusters, points };
  }

  /** The cell under a point of the map (projected coordinates) at zoom k. */
  pick(x: number, y: number, k: number): Bin<MemberPoint> | undefined {
    let best: Bin<MemberPoint> | undefined;
    let bestDistance = Infinity;
    for (const bin of this.binsAt(k)) {
      const d = Math.hypot(bin.x - x, bin.y - y) * k;
      const r = bin.count === 1 ? 6 : clusterRadius(bin.count);
      if (d <= r && d < bestDistance) {
        best = bin;
        bestDistance = d;
      }
    }
    return best;
  }

  /** What the page says about the layer. */
  describe(loading: boolean): string {
    const n = (x: number) => x.toLocaleString('en');
    const head = loading
      ? `Loading members of ${this.networkName}… ${n(this.loaded)} of ${n(this.total)}`
      : `${n(this.total)} members of ${this.networkName}`;
    const drawn = `${n(this.drawn.clusters)} clusters and ${n(this.drawn.points)} single members drawn`;
    const unplaced =
      this.unplaced > 0 ? `; ${n(this.unplaced)} without coordinates (not on the map)` : '';
    return `${head}: ${drawn}${unplaced}.`;
  }
}
