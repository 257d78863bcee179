/**
 * Where an actor starts in the network layout: at its place on the map (west left, north up), so
 * layouts settle fast and read like the map; actors with no place start scattered.
 */
import type { GeoProjection } from 'd3-geo';
import type { SelectionNode } from './selection.js';

export function initialPosition(node: SelectionNode, projection: GeoProjection): [number, number] {
  // A deterministic offset from the key, so layouts repeat and actors sharing a place part.
  let hash = 0;
  for (const c of node.key) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  const jitter: [number, number] = [
    (hash & 0xffff) / 65535 - 0.5,
    ((hash >>> 16) & 0xffff) / 65535 - 0.5,
  ];
  if (node.place) {
    const xy = projection([node.place.lon, node.place.lat]);
    // Actors at their country's centre share it: spread them wider, the layout does the rest.
    const spread = node.place.by === 'country' ? 40 : 4;
    if (xy) return [xy[0] + spread * jitter[0], -xy[1] + spread * jitter[1]];
  }
  return [1000 * jitter[0], 1000 * jitter[1]];
}
