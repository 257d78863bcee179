/**
 * Creating actors: what is written and recorded, conflicts and merges, and bad input refused. Part
 * of the edit contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import {
  ActorsDocument,
  AddRelationshipDocument,
  CreateActorDocument,
  CreateProjectDocument,
  EditedNodeDocument,
} from '../../generated/graphql.js';
import { alice, doc, type EditContext } from './edit-support.js';

export function actorCreationTests(ctx: EditContext): void {
  const { as, errorOf, changeCount, nodeExists } = ctx;

  it('creates an actor with its country, themes and SDGs, and records the change', async () => {
    const { createActor } = await as(alice).query(CreateActorDocument, {
      input: {
        kind: 'MUNICIPALITY',
        name: 'Sfax',
        aliases: ['Safaqis'],
        country: 'country:TN',
        themes: ['theme:migration'],
        sdgs: ['11.3'],
        lat: 34.74,
        lon: 10.76,
        wikidataId: 'Q207326',
      },
      source: { ...doc, note: 'partner city' },
    });
    expect(createActor.node).toMatchObject({
      key: 'sfax',
      name: 'Sfax',
      type: 'MUNICIPALITY',
      kind: 'MUNICIPALITY',
      aliases: ['Safaqis'],
      country: { key: 'country:TN' },
      lat: 34.74,
      lon: 10.76,
      wikidataId: 'Q207326',
      sources: [{ source: { key: 'source:doc' }, quote: doc.quote, note: 'partner city' }],
    });
    expect(createActor.change).toMatchObject({
      seq: 1,
      by: 'key:alice',
      operation: 'createActor',
      summary: 'Created Municipality "Sfax" (sfax)',
      writtenNodes: ['sfax'],
      writtenRelationships: [
        'LOCATED_IN:sfax->country:TN',
        'FOCUSES_ON:sfax->theme:migration',
        'FOCUSES_ON:sfax->sdg:11.3',
      ],
      source: { source: { key: 'source:doc', name: 'A founding document' } },
    });
    const { node } = await as().query(EditedNodeDocument, { key: 'sfax' });
    expect(node?.relationships.edges.map((e) => e.relationship.key).sort()).toEqual([
      'FOCUSES_ON:sfax->sdg:11.3',
      'FOCUSES_ON:sfax->theme:migration',
      'LOCATED_IN:sfax->country:TN',
    ]);
  });

  it('links themes and SDGs so that edits count in "works on"', async () => {
    await as(alice).query(CreateActorDocument, {
      input: { kind: 'MUNICIPALITY', name: 'Sfax', sdgs: ['11.3'] },
      source: doc,
    });
    await as(alice).query(CreateProjectDocument, {
      input: { name: 'Peace', sdgs: ['16'], themes: ['theme:governance'] },
      source: doc,
    });
    await as(alice).query(AddRelationshipDocument, {
      input: { type: 'PARTICIPATES_IN', from: 'acri', to: 'project:peace' },
      source: doc,
    });
    const workOn = async (filter: { sdg?: string; theme?: string }) =>
      (await as().query(ActorsDocument, { filter })).actors.edges.map((e) => e.node.id);
    expect(await workOn({ sdg: 'sdg:11' })).toEqual(['sfax']);
    expect(await workOn({ sdg: 'sdg:16' })).toEqual(['acri']);
    expect(await workOn({ theme: 'theme:governance' })).toEqual(['acri']);
  });

  it('refuses to create a key that exists (CONFLICT), and merges into it when asked', async () => {
    const conflict = await errorOf(
      as(alice).run(CreateActorDocument, {
        input: { kind: 'ASSOCIATION', name: 'ANCI', key: 'anci' },
        source: doc,
      }),
    );
    expect(conflict.extensions?.code).toBe('CONFLICT');
    expect(await changeCount()).toBe(0);

    const { createActor } = await as(alice).query(CreateActorDocument, {
      input: {
        kind: 'ASSOCIATION',
        name: 'ANCI',
        key: 'anci',
        description: 'Italian association',
      },
      source: { source: 'source:doc', quote: 'ANCI, the association of Italian municipalities' },
      ifExists: 'UPDATE',
    });
    expect(createActor.change.operation).toBe('updateActor');
    expect(createActor.node.description).toBe('Italian association');
    expect(createActor.node.sources.map((s) => s.quote ?? null)).toEqual([
      null,
      'ANCI, the association of Italian municipalities',
    ]);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const error = await errorOf(
      as(alice).run(CreateActorDocument, {
        input: {
          kind: 'MUNICIPALITY',
          name: '  ',
          country: 'country:XX',
          sdgs: ['18'],
          wikidataId: 'X1',
          lat: 120,
        },
        source: doc,
      }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'input.lat',
      'input.name',
      'input.sdgs.0',
      'input.wikidataId',
    ]);
    // Keys that do not exist are named too (checked once the fields are well formed).
    const missing = await errorOf(
      as(alice).run(CreateActorDocument, {
        input: {
          kind: 'MUNICIPALITY',
          name: 'Nowhere',
          country: 'country:XX',
          themes: ['sdg:11'],
        },
        source: doc,
      }),
    );
    expect(missing.extensions?.fields).toEqual([
      { field: 'input.country', message: 'no node has the key country:XX' },
      { field: 'input.themes', message: 'sdg:11 is a Sdg, not a Theme' },
    ]);
    expect(await nodeExists('nowhere')).toBe(false);
    expect(await changeCount()).toBe(0);
  });
}
