/**
 * Time: `asOf` leaves out what began after the date, in lists and in partners. Part of the store
 * contract (contract-suite.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AgreementsAsOfDocument, PartnersAsOfDocument } from '../../generated/graphql.js';
import type { Api } from '../../support/api.js';
import { at } from '../../support/at.js';
import { ANCI_AGREEMENTS, codeOf, type ContractContext } from './contract-support.js';

export function describeAsOf(ctx: ContractContext): void {
  describe('time: asOf', () => {
    let api: Api;
    beforeAll(() => {
      api = ctx.api;
    });

    it('leaves out agreements signed after the date (undated ones stay)', async () => {
      const before2015 = await api.query(AgreementsAsOfDocument, { id: 'anci', asOf: '2010' });
      expect(before2015.actor.agreements.edges.map((e) => e.node.id)).toEqual(
        ANCI_AGREEMENTS.filter(
          (a) => a !== 'agreement:anci-daras-2015' && a !== 'agreement:anci-maeci-2015',
        ),
      );
      const dayBefore = await api.query(AgreementsAsOfDocument, {
        id: 'anci',
        asOf: '2015-06-30',
      });
      expect(dayBefore.actor.agreements.totalCount).toBe(9);
      const signingDay = await api.query(AgreementsAsOfDocument, {
        id: 'anci',
        asOf: '2015-07-01',
      });
      expect(signingDay.actor.agreements.totalCount).toBe(11);
      const before2001 = await api.query(AgreementsAsOfDocument, { id: 'anci', asOf: '2000-12' });
      expect(before2001.actor.agreements.edges.map((e) => e.node.id)).not.toContain(
        'agreement:anci-dgcs-2001',
      );
    });

    it('leaves out memberships that began later: Bra joined Cittaslow at its founding in 1999', async () => {
      const in1998 = await api.query(AgreementsAsOfDocument, {
        id: 'istat:004029',
        asOf: '1998',
      });
      expect(in1998.actor.memberships.edges.map((e) => e.node.id)).not.toContain('cittaslow');
      const in1999 = await api.query(AgreementsAsOfDocument, {
        id: 'istat:004029',
        asOf: '1999',
      });
      expect(
        in1999.actor.memberships.edges.map((e) => [e.node.id, e.relationship.since]),
      ).toContainEqual(['cittaslow', '1999']);
    });

    it('answers partners as they stood then', async () => {
      const data = await api.query(PartnersAsOfDocument, {
        of: 'anci',
        kinds: ['GOVERNMENT'],
        asOf: '2010',
      });
      const partners = Object.fromEntries(
        data.partners.edges.map((e) => [
          e.node.actor.id,
          at(e.node.partnerships.edges, 0).node.via.map((v) => `${v.kind}/${v.node?.id}`),
        ]),
      );
      // DARAS only through the 2015 agreement: gone; MAECI keeps the (undated) Kurdish project.
      expect(partners).toEqual({
        'br-ministry-of-cities': ['RELATION/anci'],
        dgcs: ['AGREEMENT/agreement:anci-dgcs-2001'],
        maeci: ['PROJECT/project:kurdish-municipalities'],
      });
      expect(data.partners.totalCount).toBe(3);
    });

    it('answers a bad date with BAD_USER_INPUT', async () => {
      expect(codeOf(await api.run(AgreementsAsOfDocument, { id: 'anci', asOf: 'yesterday' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await api.run(PartnersAsOfDocument, { of: 'anci', asOf: '2015-13-01' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
}
