/**
 * The actor page (the benchmark's question, bench/actor-page-question.ts): an actor's projects and
 * their participants, agreements and their parties, networks and their member counts, and its
 * partners — exact answers, in a number of store calls set by the query's depth. Part of the store
 * contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeSpec } from '../../../src/domain/queries.js';
import type { GraphStore } from '../../../src/store/graph-store.js';
import { ActorPageDocument, PartnersAsOfDocument } from '../../generated/graphql.js';
import { apiFor, countingStore } from '../../support/api.js';
import { at } from '../../support/at.js';
import { ANCI_AGREEMENTS, ANCI_PARTNERS, type ContractContext } from './contract-support.js';

const FIRST = 5;

export function describeActorPage(ctx: ContractContext): void {
  describe('the actor page', () => {
    let store: GraphStore;
    beforeAll(() => {
      ({ store } = ctx);
    });

    /** The first keys at the other end of `key`'s relationships, and how many there are. */
    async function listed(key: string, spec: EdgeSpec, first = FIRST) {
      const views = at(await store.getEdges([key], spec), 0);
      return { totalCount: views.length, keys: views.slice(0, first).map((v) => v.otherKey) };
    }

    it('answers exactly, 3 round trips deep with the partners beside the root, in 4 store calls', async () => {
      const counting = countingStore(store);
      const data = await apiFor(counting.store).query(ActorPageDocument, {
        id: 'anci',
        first: FIRST,
      });
      // The root (and the partners' `of`, in the same call) and, beside it, the partners, each with
      // its actor's record; every relationship field of level 1, with the nodes at their other
      // ends; level 2.
      expect(Object.fromEntries(counting.calls)).toEqual({
        getNodes: 1,
        findPartners: 1,
        getEdgePages: 2,
      });
      expect(counting.rounds()).toBe(3);
      // The partners go out with the root's check, not after it.
      expect(counting.trace.filter((c) => c.round === 1).map((c) => c.method)).toEqual([
        'findPartners',
        'getNodes',
      ]);

      const { actor, partners } = data;
      expect([actor.id, actor.name]).toEqual(['anci', at(await store.getNodes(['anci']), 0)!.name]);
      const projects = await listed('anci', { types: ['PARTICIPATES_IN'], direction: 'OUT' });
      expect(projects.totalCount).toBe(12);
      expect(actor.projects.totalCount).toBe(projects.totalCount);
      expect(actor.projects.edges.map((e) => e.node.id)).toEqual(projects.keys);
      for (const { node } of actor.projects.edges) {
        expect(node.name).toBe(at(await store.getNodes([node.id]), 0)!.name);
        const participants = await listed(node.id, { types: ['PARTICIPATES_IN'], direction: 'IN' });
        expect({
          totalCount: node.participants.totalCount,
          keys: node.participants.edges.map((e) => e.node.id),
        }).toEqual(participants);
      }
      expect(actor.agreements.totalCount).toBe(ANCI_AGREEMENTS.length);
      expect(actor.agreements.edges.map((e) => e.node.id)).toEqual(ANCI_AGREEMENTS.slice(0, FIRST));
      for (const { node } of actor.agreements.edges) {
        const parties = await listed(node.id, { types: ['PARTY_TO'], direction: 'IN' });
        expect({
          totalCount: node.parties.totalCount,
          keys: node.parties.edges.map((e) => e.node.id),
        }).toEqual(parties);
      }
      expect(actor.memberships).toEqual({ totalCount: 0, edges: [] });
      const partnerKeys = Object.keys(ANCI_PARTNERS).sort();
      expect(partners.totalCount).toBe(partnerKeys.length);
      expect(partners.edges.map((e) => e.node.actor.id)).toEqual(partnerKeys.slice(0, FIRST));
    });

    it('costs the same calls for a network, whose members are only counted', async () => {
      const counting = countingStore(store);
      const data = await apiFor(counting.store).query(ActorPageDocument, {
        id: 'istat:015146',
        first: FIRST,
      });
      const memberships = await listed('istat:015146', { types: ['MEMBER_OF'], direction: 'OUT' });
      expect(data.actor.memberships.edges.map((e) => e.node.id)).toEqual(memberships.keys);
      for (const { node } of data.actor.memberships.edges) {
        const members = await listed(node.id, { types: ['MEMBER_OF'], direction: 'IN' });
        expect(node.members.totalCount).toBe(members.totalCount);
      }
      expect(Object.fromEntries(counting.calls)).toEqual({
        getNodes: 1,
        findPartners: 1,
        getEdgePages: 2,
      });
      expect(counting.rounds()).toBe(3);
    });

    it('refuses an unknown `of` as before, though the question went out beside the check', async () => {
      for (const of of ['no-such-actor', 'region:mediterranean']) {
        const result = await apiFor(store).run(PartnersAsOfDocument, { of });
        expect(result.errors?.map((e) => [e.message, e.extensions?.['code']])).toEqual([
          [`"of": "${of}" is not an actor.`, 'BAD_USER_INPUT'],
        ]);
      }
    });
  });
}
