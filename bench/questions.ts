/**
 * The five questions of the benchmark (issue 7), each as every runner asks it (bench/question.ts
 * says how), with one canonical answer shape per question, so answers can be checked equal before
 * anything is timed. Shapes keep what all runners can say (keys, counts, order), not names or
 * provenance.
 */
import type { Landmarks } from '../src/ingest/generate/generate-graph.js';
import { actorPageQuestion } from './actor-page-question.js';
import {
  byKey,
  canon,
  FIRST,
  NEIGHBOURHOOD_LIMIT,
  PATHS_FIRST,
  type Connection,
  type Question,
} from './question.js';

// What each runner answers, as the questions' queries and bench statements (cypher/bench/) select it.
interface DiplomapPartners {
  partners: Connection<{ actor: { id: string }; partnerCount: number }>;
}
interface PeerPartners {
  partnersInCount: number;
  partnersIn: { key: string; partnerCount: number }[];
}
interface PartnersRow {
  totalCount: number;
  hits: { actor: string; partnerCount: number }[];
}
interface DiplomapPath {
  connection: { found: boolean; hops: number | null; paths: { nodes: { id: string }[] }[] };
}
interface PeerPath {
  shortestPaths: string[];
}
interface PathRow {
  hops: number | null;
  paths: string[][];
}
interface DiplomapNeighbourhood {
  neighbourhood: { nodes: { distance: number; node: { id: string } }[]; edges: { key: string }[] };
}
interface PeerNeighbourhood {
  neighbourhoodNodes: string[];
  neighbourhoodEdges: string[];
}
interface NeighbourhoodRow {
  nodes: { distance: number; key: string }[];
  edges: string[];
}
interface DiplomapDashboard {
  aggregate: { group: string; count: number }[];
}
interface PeerDashboard {
  themes: { key: string; projectCount: number }[];
}
interface DashboardRow {
  group: string;
  count: number;
}

export function questions(l: Landmarks): Question[] {
  return [
    {
      name: 'partners',
      title: `partners in ${l.region} working on ${l.theme}`,
      depth: 3,
      diplomap: {
        query: `query Partners($region: ID!, $theme: ID!, $first: Int!) {
          partners(inRegion: $region, workingOn: $theme, first: $first) {
            totalCount edges { node { actor { id name } partnerCount } }
          }
        }`,
        variables: { region: l.region, theme: l.theme, first: FIRST },
      },
      peer: {
        query: `query Partners($region: String!, $theme: String!, $first: Int!) {
          partnersInCount(region: $region, topic: $theme)
          partnersIn(region: $region, topic: $theme, first: $first) { key name partnerCount }
        }`,
        variables: { region: l.region, theme: l.theme, first: FIRST },
      },
      cypher: { file: 'partners', params: { region: l.region, topic: l.theme, first: FIRST } },
      fromDiplomap: canon((d: DiplomapPartners) => ({
        totalCount: d.partners.totalCount,
        hits: d.partners.edges.map((e) => ({
          actor: e.node.actor.id,
          partnerCount: e.node.partnerCount,
        })),
      })),
      fromPeer: canon((d: PeerPartners) => ({
        totalCount: d.partnersInCount,
        hits: d.partnersIn.map((a) => ({ actor: a.key, partnerCount: a.partnerCount })),
      })),
      fromCypher: canon(([row]: PartnersRow[]) => ({
        totalCount: row?.totalCount ?? 0,
        hits: (row?.hits ?? []).sort((a, b) => byKey(a.actor, b.actor)),
      })),
    },
    actorPageQuestion(l),
    {
      name: 'path',
      title: `shortest paths ${l.pathFrom} → ${l.pathTo} through projects, agreements, twinnings (≤ 4 hops)`,
      depth: 4,
      diplomap: {
        query: `query Path($from: ID!, $to: ID!, $first: Int!) {
          connection(from: $from, to: $to, via: [PARTICIPATES_IN, PARTY_TO, TWINNED_WITH], maxHops: 4, first: $first) {
            found hops paths { nodes { id } }
          }
        }`,
        variables: { from: l.pathFrom, to: l.pathTo, first: PATHS_FIRST },
      },
      peer: {
        query: `query Path($from: String!, $to: String!, $first: Int!) {
          shortestPaths(from: $from, to: $to, first: $first)
        }`,
        variables: { from: l.pathFrom, to: l.pathTo, first: PATHS_FIRST },
      },
      cypher: { file: 'paths', params: { from: l.pathFrom, to: l.pathTo, first: PATHS_FIRST } },
      fromDiplomap: canon((d: DiplomapPath) => ({
        hops: d.connection.found ? d.connection.hops : null,
        paths: d.connection.paths.map((p) => p.nodes.map((n) => n.id)),
      })),
      fromPeer: canon((d: PeerPath) => {
        const paths = d.shortestPaths.map((p) => p.split('>'));
        const [shortest] = paths;
        return { hops: shortest ? shortest.length - 1 : null, paths };
      }),
      fromCypher: canon(([row]: PathRow[]) => ({
        hops: row?.hops ?? null,
        paths: row?.paths ?? [],
      })),
    },
    {
      name: 'neighbourhood',
      title: `neighbourhood of ${l.busyActor}, depth 2, at most ${NEIGHBOURHOOD_LIMIT} nodes`,
      depth: 3,
      diplomap: {
        query: `query Neighbourhood($of: ID!, $limit: Int!) {
          neighbourhood(of: [$of], depth: 2, limit: $limit) {
            truncated nodes { distance node { id } } edges { key }
          }
        }`,
        variables: { of: l.busyActor, limit: NEIGHBOURHOOD_LIMIT },
      },
      peer: {
        query: `query Neighbourhood($key: String!, $limit: Int!) {
          neighbourhoodNodes(key: $key, limit: $limit)
          neighbourhoodEdges(key: $key, limit: $limit)
        }`,
        variables: { key: l.busyActor, limit: NEIGHBOURHOOD_LIMIT },
      },
      cypher: { file: 'neighbourhood', params: { key: l.busyActor, limit: NEIGHBOURHOOD_LIMIT } },
      fromDiplomap: canon((d: DiplomapNeighbourhood) => ({
        nodes: d.neighbourhood.nodes.map((n) => `${n.distance}:${n.node.id}`),
        edges: d.neighbourhood.edges.map((e) => e.key),
      })),
      fromPeer: canon((d: PeerNeighbourhood) => ({
        nodes: sortNeighbours(d.neighbourhoodNodes),
        edges: [...d.neighbourhoodEdges].sort(byKey),
      })),
      fromCypher: canon(([row]: NeighbourhoodRow[]) => {
        if (!row) throw new Error('The neighbourhood statement returned no row.');
        return {
          nodes: row.nodes.map((n) => `${n.distance}:${n.key}`),
          edges: row.edges,
        };
      }),
    },
    {
      name: 'aggregate',
      title: 'dashboard: projects per theme (with aligned SDGs and their targets)',
      depth: 2,
      diplomap: {
        query: `query Dashboard {
          aggregate(subject: PROJECT, groupBy: THEME) { group count }
        }`,
        variables: {},
      },
      peer: {
        query: `query Dashboard {
          themes { key projectCount }
        }`,
        variables: {},
      },
      cypher: { file: 'projectsByTheme', params: {} },
      fromDiplomap: canon((d: DiplomapDashboard) =>
        d.aggregate.map((b) => ({ group: b.group, count: b.count })),
      ),
      fromPeer: canon((d: PeerDashboard) =>
        d.themes
          .filter((t) => t.projectCount > 0)
          .map((t) => ({ group: t.key, count: t.projectCount }))
          .sort((a, b) => b.count - a.count || byKey(a.group, b.group)),
      ),
      fromCypher: canon((rows: DashboardRow[]) =>
        rows.map((r) => ({ group: r.group, count: r.count })),
      ),
    },
  ];
}

/** "distance:key" entries by distance, then key. */
function sortNeighbours(entries: string[]): string[] {
  const parsed = entries.map((e) => {
    const i = e.indexOf(':');
    return { d: Number(e.slice(0, i)), key: e.slice(i + 1), e };
  });
  return parsed.sort((a, b) => a.d - b.d || byKey(a.key, b.key)).map((x) => x.e);
}
