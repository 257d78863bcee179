/**
 * Screen-space grid binning for the members layer: the map's points fall into square cells of a
 * fixed size on screen, and each cell with more than one point is drawn as one circle with its
 * count. Cells are aligned to the projected plane (not the screen), so panning keeps the same
 * clusters and zooming in by a whole factor only splits them.
 */

export interface Located {
  x: number;
  y: number;
}

/** A grid cell's points: drawn at their mean position, as a cluster when `count` > 1. */
export interface Bin<T extends Located> {
  x: number;
  y: number;
  count: number;
  /** The cell's only point, when it has one (drawn as itself). */
  single?: T;
}

/**
 * Groups points (projected coordinates) into cells `cell` units wide. Linear in the points: a
 * map of cells, each summing its points' positions.
 */
export function binPoints<T extends Located>(points: readonly T[], cell: number): Bin<T>[] {
  if (!(cell > 0)) throw new RangeError(`A cell must be wider than 0; got ${cell}.`);
  const cells = new Map<string, { sx: number; sy: number; count: number; first: T }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const c = cells.get(key);
    if (c) {
      c.sx += p.x;
      c.sy += p.y;
      c.count += 1;
    } else cells.set(key, { sx: p.x, sy: p.y, count: 1, first: p });
  }
  return [...cells.values()].map((c) =>
    c.count === 1
      ? { x: c.first.x, y: c.first.y, count: 1, single: c.first }
      : { x: c.sx / c.count, y: c.sy / c.count, count: c.count },
  );
}

/** A cluster's radius on screen: by the square root of its count, between 8 and 30 px. */
export function clusterRadius(count: number): number {
  return Math.min(30, 6 + 2 * Math.sqrt(count));
}

/** A count as a cluster shows it: 950, 1.2k, 12k. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  return count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`;
}
