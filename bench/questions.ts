/**
 * The five questions of the benchmark (issue 7), each as every runner asks it — Diplomap's GraphQL,
 * the peer's GraphQL (bench/peer/type-defs.graphql), the raw-Cypher floor (cypher/bench/) — and
 * one canonical answer shape per question, so answers can be checked equal before anything is
 * timed. Shapes keep what all runners can say (keys, counts, order), not names or provenance.
 */
import type { Landmarks } from '../src/ingest/generate/generate-graph.js';

export type QuestionName = 'partners' | 'actorPage' | 'path' | 'neighbourhood' | 'aggregate';

/** The page size every list uses. */
export const FIRST = 10;
/** Neighbourhood size cap (Diplomap caps it at MAX_NEIGHBOURHOOD_NODES, 500). */
export const NEIGHBOURHOOD_LIMIT = 200;
export const PATHS_FIRST = 3;

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** A raw answer in; the canonical JSON-able answer out. */
type Canon = (raw: unknown) => unknown;

export interface Question {
  name: QuestionName;
  title: string;
  /** Depth of the question's shape: the bound on Diplomap's store round trips it is checked against. */
  depth: number;
  diplomap: GraphqlRequest;
  peer: GraphqlRequest;
  cypher: { file: CypherName; params: Record<string, unknown> };
  fromDiplomap: Canon;
  fromPeer: Canon;
  fromCypher: (rows: Record<string, unknown>[]) => unknown;
}

export const BENCH_CYPHER_FILES = {
  partners: 'bench/partners.cypher',
  actorPage: 'bench/actor-page.cypher',
  paths: 'bench/paths.cypher',
  neighbourhood: 'bench/neighbourhood.cypher',
  projectsByTheme: 'bench/projects-by-theme.cypher',
} as const;
export type CypherName = keyof typeof BENCH_CYPHER_FILES;

// The GraphQL answers are untyped JSON here: a wrong shape fails the equality check, loudly.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
      fromDiplomap: (d: Json) => ({
        totalCount: d.partners.totalCount,
        hits: d.partners.edges.map((e: Json) => ({
          actor: e.node.actor.id,
          partnerCount: e.node.partnerCount,
        })),
      }),
      fromPeer: (d: Json) => ({
        totalCount: d.partnersInCount,
        hits: d.partnersIn.map((a: Json) => ({ actor: a.key, partnerCount: a.partnerCount })),
      }),
      fromCypher: ([row]) => ({
        totalCount: row?.totalCount ?? 0,
        hits: ((row?.hits ?? []) as Json[]).sort((a, b) => byKey(a.actor, b.actor)),
      }),
    },
    {
      name: 'actorPage',
      title: `actor page of ${l.busyActor} (projects → participants, agreements → parties, networks → members, partners)`,
      depth: 3,
      diplomap: {
        query: `query ActorPage($id: ID!, $first: Int!) {
          actor(id: $id) {
            id name
            projects(first: $first) { totalCount edges { relationship { role } node { id
              participants(first: $first) { totalCount edges { node { id } } } } } }
            agreements(first: $first) { totalCount edges { node { id
              parties(first: $first) { totalCount edges { node { id } } } } } }
            memberships(first: $first) { totalCount edges { node { id
              members(first: 0) { totalCount } } } }
          }
          partners(of: $id, first: $first) { totalCount edges { node { actor { id } } } }
        }`,
        variables: { id: l.busyActor, first: FIRST },
      },
      peer: {
        query: `query ActorPage($id: String!, $first: Int!) {
          actors(where: { key: { eq: $id } }) {
            key name
            projectsConnection(first: $first, sort: [{ node: { key: ASC } }]) { totalCount edges {
              properties { role } node { key
              participantsConnection(first: $first, sort: [{ node: { key: ASC } }]) { totalCount edges { node { key } } } } } }
            agreementsConnection(first: $first, sort: [{ node: { key: ASC } }]) { totalCount edges { node { key
              partiesConnection(first: $first, sort: [{ node: { key: ASC } }]) { totalCount edges { node { key } } } } } }
            membershipsConnection(first: $first, sort: [{ node: { key: ASC } }]) { totalCount edges { node { key
              membersConnection { totalCount } } } }
            partnerCount
            partners(first: $first) { key }
          }
        }`,
        variables: { id: l.busyActor, first: FIRST },
      },
      cypher: { file: 'actorPage', params: { key: l.busyActor, first: FIRST } },
      fromDiplomap: (d: Json) => ({
        key: d.actor.id,
        name: d.actor.name,
        projects: {
          totalCount: d.actor.projects.totalCount,
          edges: d.actor.projects.edges.map((e: Json) => ({
            key: e.node.id,
            role: e.relationship.role,
            participants: keysOf(e.node.participants, (n: Json) => n.id),
          })),
        },
        agreements: {
          totalCount: d.actor.agreements.totalCount,
          edges: d.actor.agreements.edges.map((e: Json) => ({
            key: e.node.id,
            parties: keysOf(e.node.parties, (n: Json) => n.id),
          })),
        },
        memberships: {
          totalCount: d.actor.memberships.totalCount,
          edges: d.actor.memberships.edges.map((e: Json) => ({
            key: e.node.id,
            members: e.node.members.totalCount,
          })),
        },
        partners: {
          totalCount: d.partners.totalCount,
          keys: d.partners.edges.map((e: Json) => e.node.actor.id),
        },
      }),
      fromPeer: (d: Json) => {
        const a = d.actors[0];
        return {
          key: a.key,
          name: a.name,
          projects: {
            totalCount: a.projectsConnection.totalCount,
            edges: a.projectsConnection.edges.map((e: Json) => ({
              key: e.node.key,
              role: e.properties.role,
              participants: keysOf(e.node.participantsConnection, (n: Json) => n.key),
            })),
          },
          agreements: {
            totalCount: a.agreementsConnection.totalCount,
            edges: a.agreementsConnection.edges.map((e: Json) => ({
              key: e.node.key,
              parties: keysOf(e.node.partiesConnection, (n: Json) => n.key),
            })),
          },
          memberships: {
            totalCount: a.membershipsConnection.totalCount,
            edges: a.membershipsConnection.edges.map((e: Json) => ({
              key: e.node.key,
              members: e.node.membersConnection.totalCount,
            })),
          },
          partners: { totalCount: a.partnerCount, keys: a.partners.map((p: Json) => p.key) },
        };
      },
      fromCypher: ([row]) => {
        const r = row as Json;
        const sorted = (list: Json[]) => [...list].sort((x, y) => byKey(x.key, y.key));
        return {
          key: r.key,
          name: r.name,
          projects: { totalCount: r.projects.totalCount, edges: sorted(r.projects.edges) },
          agreements: { totalCount: r.agreements.totalCount, edges: sorted(r.agreements.edges) },
          memberships: {
            totalCount: r.memberships.totalCount,
            edges: sorted(r.memberships.edges),
          },
          partners: r.partners,
        };
      },
    },
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
      fromDiplomap: (d: Json) => ({
        hops: d.connection.found ? d.connection.hops : null,
        paths: d.connection.paths.map((p: Json) => p.nodes.map((n: Json) => n.id)),
      }),
      fromPeer: (d: Json) => {
        const paths = (d.shortestPaths as string[]).map((p) => p.split('>'));
        return { hops: paths.length === 0 ? null : paths[0].length - 1, paths };
      },
      fromCypher: ([row]) => ({ hops: row?.hops ?? null, paths: row?.paths ?? [] }),
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
      fromDiplomap: (d: Json) => ({
        nodes: d.neighbourhood.nodes.map((n: Json) => `${n.distance}:${n.node.id}`),
        edges: d.neighbourhood.edges.map((e: Json) => e.key),
      }),
      fromPeer: (d: Json) => ({
        nodes: sortNeighbours(d.neighbourhoodNodes),
        edges: [...d.neighbourhoodEdges].sort(byKey),
      }),
      fromCypher: ([row]) => ({
        nodes: (row.nodes as Json[]).map((n) => `${n.distance}:${n.key}`),
        edges: row.edges,
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
      fromDiplomap: (d: Json) => d.aggregate.map((b: Json) => ({ group: b.group, count: b.count })),
      fromPeer: (d: Json) =>
        (d.themes as Json[])
          .filter((t) => t.projectCount > 0)
          .map((t) => ({ group: t.key, count: t.projectCount }))
          .sort((a, b) => b.count - a.count || byKey(a.group, b.group)),
      fromCypher: (rows) => rows.map((r) => ({ group: r.group, count: r.count })),
    },
  ];
}

function keysOf(connection: Json, id: (node: Json) => string) {
  return {
    totalCount: connection.totalCount,
    keys: connection.edges.map((e: Json) => id(e.node)),
  };
}

/** "distance:key" entries by distance, then key. */
function sortNeighbours(entries: string[]): string[] {
  const parsed = entries.map((e) => {
    const i = e.indexOf(':');
    return { d: Number(e.slice(0, i)), key: e.slice(i + 1), e };
  });
  return parsed.sort((a, b) => a.d - b.d || byKey(a.key, b.key)).map((x) => x.e);
}
