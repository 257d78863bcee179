/**
 * The base map under the actors: the world's countries (world-atlas 1:50m, offline; small states
 * such as Malta are in it), the sea and a graticule, projected by d3-geo once per size so that
 * panning and zooming only repaint them.
 */
import { geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { countries } from './places.js';

export const BACKGROUND = '#f7f9fb';
const SEA = '#e3edf5';
const GRATICULE = '#d3e0ea';
const LAND = '#d9d9d4';
const BORDER = '#ffffff';

const inhabited = {
  ...countries,
  features: countries.features.filter((f) => f.properties.name !== 'Antarctica'),
};

export interface BaseMap {
  sphere: Path2D;
  graticule: Path2D;
  land: Path2D;
}

/** Fits the projection to a canvas of this size and draws the base map's paths with it. */
export function fitBaseMap(projection: GeoProjection, width: number, height: number): BaseMap {
  // Fit the inhabited world (no Antarctica): more room for the actors than the whole sphere.
  projection.fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    inhabited,
  );
  const path = geoPath(projection);
  return {
    sphere: new Path2D(path({ type: 'Sphere' }) ?? ''),
    graticule: new Path2D(path(geoGraticule10()) ?? ''),
    land: new Path2D(path(countries) ?? ''),
  };
}

/** Paints the base map on a context already transformed to the map at zoom k. */
export function paintBaseMap(ctx: CanvasRenderingContext2D, base: BaseMap, k: number): void {
  ctx.fillStyle = SEA;
  ctx.fill(base.sphere);
  ctx.strokeStyle = GRATICULE;
  ctx.lineWidth = 0.5 / k;
  ctx.stroke(base.graticule);
  ctx.fillStyle = LAND;
  ctx.fill(base.land);
  ctx.strokeStyle = BORDER;
  ctx.lineWidth = 0.6 / k;
  ctx.stroke(base.land);
}
