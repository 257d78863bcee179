/**
 * Adding relationships (roles, dates, readings, symmetric types) and removing them. Part of the
 * edit contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import {
  AddRelationshipDocument,
  CreateActorDocument,
  EditedNodeDocument,
  RemoveRelationshipDocument,
} from '../../generated/graphql.js';
import { alice, doc, type EditContext } from './edit-support.js';

export function relationshipEditTests(ctx: EditContext): void {
  const { as, errorOf, changeCount } = ctx;

  it('adds relationships with roles and dates, and refuses bad ones', async () => {
    const { addRelationship } = await as(alice).query(AddRelationshipDocument, {
      input: {
        type: 'PARTICIPATES_IN',
        from: 'istat:048017',
        to: 'project:matching-fund',
        role: 'LEAD',
        since: '2016',
      },
      source: doc,
    });
    expect(addRelationship.relationship).toMatchObject({
      key: 'PARTICIPATES_IN:istat:048017->project:matching-fund',
      role: 'LEAD',
      since: '2016',
      sources: [{ source: { key: 'source:doc' }, quote: doc.quote }],
    });

    const refusals: [Record<string, unknown>, string, string][] = [
      [
        { type: 'PARTICIPATES_IN', from: 'acri', to: 'project:matching-fund', role: 'CHAIR' },
        'input.role',
        'BAD_USER_INPUT',
      ],
      [{ type: 'MEMBER_OF', from: 'anci', to: 'country:IT' }, 'input.to', 'BAD_USER_INPUT'],
      [{ type: 'TWINNED_WITH', from: 'istat:048017', to: 'nowhere' }, 'input.to', 'BAD_USER_INPUT'],
      [
        { type: 'FOCUSES_ON', from: 'anci', to: 'theme:migration', role: 'LEAD' },
        'input.role',
        'BAD_USER_INPUT',
      ],
      [
        { type: 'MEMBER_OF', from: 'anci', to: 'acri', since: '2020', until: '2019' },
        'input.until',
        'BAD_USER_INPUT',
      ],
    ];
    for (const [input, field, code] of refusals) {
      const error = await errorOf(
        as(alice).run(AddRelationshipDocument, { input: input as never, source: doc }),
      );
      expect(error.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(
        error.extensions?.fields?.map((f) => f.field),
        JSON.stringify(input),
      ).toEqual([field]);
    }
    expect(await changeCount()).toBe(1);

    const again = await errorOf(
      as(alice).run(AddRelationshipDocument, {
        input: { type: 'PARTICIPATES_IN', from: 'anci', to: 'project:matching-fund' },
        source: doc,
      }),
    );
    expect(again.extensions?.code).toBe('CONFLICT');
    const merged = await as(alice).query(AddRelationshipDocument, {
      input: {
        type: 'PARTICIPATES_IN',
        from: 'anci',
        to: 'project:matching-fund',
        role: 'PARTNER',
      },
      source: { source: 'source:doc', quote: 'ANCI is a partner' },
      ifExists: 'UPDATE',
    });
    expect(merged.addRelationship.change.operation).toBe('updateRelationship');
    expect(merged.addRelationship.relationship.role).toBe('PARTNER');
    expect(merged.addRelationship.relationship.sources).toHaveLength(2);
  });

  it('records how a fact follows from its source: a reading keeps its passages, and is not stated', async () => {
    const reading = {
      source: 'source:doc',
      basis: 'READING' as const,
      quote: 'ACRI provides the resources.',
      readWith: ['The Matching Fund is a project of ANCI.'],
      note: 'The resources are the project’s: ACRI funds it.',
    };
    const { addRelationship } = await as(alice).query(AddRelationshipDocument, {
      input: { type: 'MEMBER_OF', from: 'acri', to: 'anci' },
      source: reading,
    });
    expect(addRelationship.relationship.stated).toBe(false);
    // Read back from the store, not from the mutation's answer.
    const { node } = await as().query(EditedNodeDocument, { key: 'acri' });
    const member = node?.relationships.edges.find((e) => e.relationship.type === 'MEMBER_OF');
    expect(member?.relationship).toMatchObject({
      stated: false,
      sources: [
        {
          basis: 'READING',
          quote: reading.quote,
          readWith: reading.readWith,
          note: reading.note,
          source: { key: 'source:doc' },
        },
      ],
    });
    // A stated source added to it makes it stated; a note alone is an editorial decision.
    await as(alice).query(AddRelationshipDocument, {
      input: { type: 'MEMBER_OF', from: 'acri', to: 'anci' },
      source: { source: 'source:doc', quote: 'ACRI is a member of ANCI.' },
      ifExists: 'UPDATE',
    });
    const curated = await as(alice).query(AddRelationshipDocument, {
      input: { type: 'FOCUSES_ON', from: 'acri', to: 'theme:migration' },
      source: { note: 'ACRI’s foundations fund migration work.' },
    });
    expect(curated.addRelationship.relationship).toMatchObject({
      stated: false,
      sources: [{ basis: 'EDITORIAL', readWith: [], source: { key: 'source:diplomap-curation' } }],
    });
    const after = await as().query(EditedNodeDocument, { key: 'acri' });
    const stated = after.node?.relationships.edges.find((e) => e.relationship.type === 'MEMBER_OF');
    expect(stated?.relationship.stated).toBe(true);
    expect(stated?.relationship.sources.map((s) => s.basis)).toEqual(['READING', 'STATED']);

    const refusals: [Record<string, unknown>, string][] = [
      [{ ...reading, readWith: undefined }, 'a READING needs its passages'],
      [{ ...reading, note: undefined }, 'a READING needs a note'],
      [{ source: 'source:doc', quote: 'x', readWith: ['y'] }, 'readWith is for a READING'],
      [{ note: 'We say so.', basis: 'STATED' }, 'its facts are EDITORIAL'],
    ];
    for (const [source, message] of refusals) {
      const error = await errorOf(
        as(alice).run(AddRelationshipDocument, {
          input: { type: 'FOCUSES_ON', from: 'anci', to: 'theme:governance' },
          source,
        }),
      );
      expect(error.extensions?.code, message).toBe('BAD_USER_INPUT');
      expect(
        error.extensions?.fields?.map((f) => f.field),
        message,
      ).toEqual(['source']);
      expect(error.message, message).toContain(message);
    }
    expect(await changeCount()).toBe(3);
  });

  it('stores a symmetric relationship once, whichever way it is given', async () => {
    await as(alice).query(CreateActorDocument, {
      input: { kind: 'MUNICIPALITY', name: 'Sfax', country: 'country:TN' },
      source: doc,
    });
    await as(alice).query(AddRelationshipDocument, {
      input: { type: 'TWINNED_WITH', from: 'istat:048017', to: 'sfax' },
      source: doc,
    });
    const mirrored = await errorOf(
      as(alice).run(AddRelationshipDocument, {
        input: { type: 'TWINNED_WITH', from: 'sfax', to: 'istat:048017' },
        source: doc,
      }),
    );
    expect(mirrored.extensions?.code).toBe('CONFLICT');
    expect(mirrored.message).toContain('TWINNED_WITH:istat:048017->sfax');
  });

  it('removes a relationship by key', async () => {
    const change = await as(alice).query(RemoveRelationshipDocument, {
      key: 'PARTICIPATES_IN:acri->project:matching-fund',
      source: { source: 'source:doc', note: 'ACRI funds, it does not take part' },
    });
    expect(change.removeRelationship).toMatchObject({
      operation: 'removeRelationship',
      deletedRelationships: ['PARTICIPATES_IN:acri->project:matching-fund'],
    });
    const { node } = await as().query(EditedNodeDocument, { key: 'acri' });
    expect(node?.relationships.totalCount).toBe(0);
    const gone = await errorOf(
      as(alice).run(RemoveRelationshipDocument, {
        key: 'PARTICIPATES_IN:acri->project:matching-fund',
        source: doc,
      }),
    );
    expect(gone.extensions?.code).toBe('NOT_FOUND');
  });
}
