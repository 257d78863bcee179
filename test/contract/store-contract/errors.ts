/**
 * Errors: unknown ids, keys of the wrong kind, bad pages and cursors, each with its code. Part of
 * the store contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActorDetailDocument,
  ActorsDocument,
  PartnersDocument,
  RelationshipsDocument,
} from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { codeOf, type ContractContext } from './contract-support.js';

export function describeErrors(ctx: ContractContext): void {
  describe('errors', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

    it('answers NOT_FOUND for an unknown actor', async () => {
      const result = await api.run(ActorDetailDocument, { id: 'no-such-actor' });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]).toMatchObject({
        message: 'No actor has the id "no-such-actor".',
      });
    });

    it('answers NOT_FOUND when the id is not of the asked type', async () => {
      expect(codeOf(await api.run(ActorDetailDocument, { id: 'country:IT' }))).toBe('NOT_FOUND');
    });

    it('answers BAD_USER_INPUT for a filter key of the wrong kind', async () => {
      const result = await api.run(PartnersDocument, { inRegion: 'theme:migration' });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.run(ActorsDocument, { filter: { region: 'region:atlantis' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await api.run(PartnersDocument, { workingOn: 'anci' }))).toBe('BAD_USER_INPUT');
    });

    it('answers BAD_USER_INPUT for a page too large, a negative page or a bad cursor', async () => {
      expect(codeOf(await api.run(ActorsDocument, { first: 1000 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.run(ActorsDocument, { first: -1 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.run(ActorsDocument, { after: 'not-a-cursor' }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('answers BAD_USER_INPUT for a blank id', async () => {
      expect(codeOf(await api.run(ActorDetailDocument, { id: '  ' }))).toBe('BAD_USER_INPUT');
    });

    it('answers BAD_USER_INPUT for a bad cursor on a relationship field', async () => {
      const result = await api.run(RelationshipsDocument, { id: 'anci', after: 'not-a-cursor' });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });
  });
}
