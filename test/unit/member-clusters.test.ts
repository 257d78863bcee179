import { describe, expect, it } from 'vitest';
import { binPoints, clusterRadius, shortCount } from '../../src/explorer/member-clusters.js';

describe('binning members into screen cells', () => {
  const points = [
    { id: 'a', x: 1, y: 1 },
    { id: 'b', x: 3, y: 5 },
    { id: 'c', x: 9, y: 9 },
    { id: 'd', x: 25, y: 2 },
  ];

  it('counts the points of each cell, at their mean, and keeps a lone point as itself', () => {
    const bins = binPoints(points, 10);
    expect(bins).toEqual([
      { x: 13 / 3, y: 5, count: 3 },
      { x: 25, y: 2, count: 1, single: points[3] },
    ]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(points.length);
  });

  it('splits clusters into smaller cells as the cells shrink (zooming in)', () => {
    const bins = binPoints(points, 6);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 1]);
    expect(binPoints(points, 1).every((b) => b.single)).toBe(true);
  });

  it('puts points left of or above the origin in their own cells', () => {
    const bins = binPoints(
      [
        { x: -1, y: 1 },
        { x: 1, y: 1 },
      ],
      10,
    );
    expect(bins.map((b) => b.count)).toEqual([1, 1]);
  });

  it('refuses a cell of no width', () => {
    expect(() => binPoints(points, 0)).toThrow(RangeError);
  });

  it('sizes and labels clusters by their count', () => {
    expect(clusterRadius(4)).toBe(10);
    expect(clusterRadius(10_000)).toBe(30);
    expect([shortCount(950), shortCount(1234), shortCount(11_973)]).toEqual(['950', '1.2k', '12k']);
  });
});
