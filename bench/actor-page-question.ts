/**
 * The actor-page question: one busy actor with its projects and their participants, agreements
 * and their parties, networks and their member counts, and partners — nested lists, three deep.
 */
import type { Landmarks } from '../src/ingest/generate/generate-graph.js';
import {
  byKey,
  canon,
  FIRST,
  keysOf,
  type Connection,
  type KeyList,
  type Question,
} from './question.js';

// What each runner answers, as the queries below and cypher/bench/actor-page.cypher select it.
interface DiplomapActorPage {
  actor: {
    id: string;
    name: string;
    projects: {
      totalCount: number;
      edges: {
        relationship: { role: string | null };
        node: { id: string; participants: Connection<{ id: string }> };
      }[];
    };
    agreements: Connection<{ id: string; parties: Connection<{ id: string }> }>;
    memberships: Connection<{ id: string; members: { totalCount: number } }>;
  };
  partners: Connection<{ actor: { id: string } }>;
}
interface PeerActorPage {
  actors: {
    key: string;
    name: string;
    projectsConnection: {
      totalCount: number;
      edges: {
        properties: { role: string | null };
        node: { key: string; participantsConnection: Connection<{ key: string }> };
      }[];
    };
    agreementsConnection: Connection<{
      key: string;
      partiesConnection: Connection<{ key: string }>;
    }>;
    membershipsConnection: Connection<{ key: string; membersConnection: { totalCount: number } }>;
    partnerCount: number;
    partners: { key: string }[];
  }[];
}
interface ActorPageRow {
  key: string;
  name: string;
  projects: {
    totalCount: number;
    edges: { key: string; role: string | null; participants: KeyList }[];
  };
  agreements: { totalCount: number; edges: { key: string; parties: KeyList }[] };
  memberships: { totalCount: number; edges: { key: string; members: number }[] };
  partners: KeyList;
}

export function actorPageQuestion(l: Landmarks): Question {
  return {
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
    fromDiplomap: canon((d: DiplomapActorPage) => ({
      key: d.actor.id,
      name: d.actor.name,
      projects: {
        totalCount: d.actor.projects.totalCount,
        edges: d.actor.projects.edges.map((e) => ({
          key: e.node.id,
          role: e.relationship.role,
          participants: keysOf(e.node.participants, (n) => n.id),
        })),
      },
      agreements: {
        totalCount: d.actor.agreements.totalCount,
        edges: d.actor.agreements.edges.map((e) => ({
          key: e.node.id,
          parties: keysOf(e.node.parties, (n) => n.id),
        })),
      },
      memberships: {
        totalCount: d.actor.memberships.totalCount,
        edges: d.actor.memberships.edges.map((e) => ({
          key: e.node.id,
          members: e.node.members.totalCount,
        })),
      },
      partners: {
        totalCount: d.partners.totalCount,
        keys: d.partners.edges.map((e) => e.node.actor.id),
      },
    })),
    fromPeer: canon((d: PeerActorPage) => {
      const [a] = d.actors;
      if (!a) throw new Error('The peer found no actor for the actor page.');
      return {
        key: a.key,
        name: a.name,
        projects: {
          totalCount: a.projectsConnection.totalCount,
          edges: a.projectsConnection.edges.map((e) => ({
            key: e.node.key,
            role: e.properties.role,
            participants: keysOf(e.node.participantsConnection, (n) => n.key),
          })),
        },
        agreements: {
          totalCount: a.agreementsConnection.totalCount,
          edges: a.agreementsConnection.edges.map((e) => ({
            key: e.node.key,
            parties: keysOf(e.node.partiesConnection, (n) => n.key),
          })),
        },
        memberships: {
          totalCount: a.membershipsConnection.totalCount,
          edges: a.membershipsConnection.edges.map((e) => ({
            key: e.node.key,
            members: e.node.membersConnection.totalCount,
          })),
        },
        partners: { totalCount: a.partnerCount, keys: a.partners.map((p) => p.key) },
      };
    }),
    fromCypher: canon(([r]: ActorPageRow[]) => {
      if (!r) throw new Error('The actor-page statement returned no row.');
      const sorted = <T extends { key: string }>(list: T[]) =>
        [...list].sort((x, y) => byKey(x.key, y.key));
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
    }),
  };
}
