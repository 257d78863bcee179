/** The keys the benchmark asks about, chosen from the generated graph so they exist at every scale. */
import type { GraphData } from '../../domain/graph-records.js';

export interface Landmarks {
  /** The municipality with the most project participations: the actor page. */
  busyActor: string;
  /** Two actors joined by a chain of projects, agreements and twinnings (the path question). */
  pathFrom: string;
  pathTo: string;
  /** The headline region and theme. */
  region: string;
  theme: string;
}

/** The relationship types of the path question: collaboration, not shared places or topics. */
export const PATH_TYPES = ['PARTICIPATES_IN', 'PARTY_TO', 'TWINNED_WITH'] as const;
export const PATH_MAX_HOPS = 4;

/** The actor page's actor, and a path pair several collaboration hops apart. */
export function chooseLandmarks(
  data: GraphData,
  municipalities: string[],
  participations: Map<string, number>,
): Landmarks {
  let busyActor = municipalities[0];
  if (busyActor === undefined) throw new Error('synthetic graph: no municipalities');
  for (const m of municipalities) {
    if ((participations.get(m) ?? 0) > (participations.get(busyActor) ?? 0)) busyActor = m;
  }
  // Breadth-first over the path question's types from a mid-sized city; the other end is the
  // farthest actor within PATH_MAX_HOPS (two collaborations away), smallest key first.
  const adjacency = collaborationAdjacency(data);
  const pathFrom =
    municipalities.find(
      (m, i) => i >= municipalities.length / 3 && (participations.get(m) ?? 0) >= 1,
    ) ?? busyActor;
  const distance = new Map([[pathFrom, 0]]);
  let frontier = [pathFrom];
  let pathTo = pathFrom;
  for (let level = 1; level <= PATH_MAX_HOPS && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency.get(node) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        next.push(other);
      }
    }
    const [nearest] = next.filter((k) => k.startsWith('gen:')).sort();
    if (nearest !== undefined) pathTo = nearest;
    frontier = next;
  }
  return { busyActor, pathFrom, pathTo, region: 'region:mediterranean', theme: 'theme:migration' };
}

/** Neighbours by the path question's relationship types, either way. */
function collaborationAdjacency(data: GraphData): Map<string, string[]> {
  const types: ReadonlySet<string> = new Set(PATH_TYPES);
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    let list = adjacency.get(a);
    if (!list) adjacency.set(a, (list = []));
    list.push(b);
  };
  for (const e of data.edges) {
    if (!types.has(e.type)) continue;
    link(e.from, e.to);
    link(e.to, e.from);
  }
  return adjacency;
}
