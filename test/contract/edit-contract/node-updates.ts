/**
 * Updating actors, and creating and updating agreements, projects, practices and events. Part of
 * the edit contract (edit-suite.ts).
 */
import { expect, it } from 'vitest';
import {
  CreateActorDocument,
  CreateAgreementDocument,
  CreateEventDocument,
  CreatePracticeDocument,
  CreateProjectDocument,
  EditedNodeDocument,
  UpdateActorDocument,
  UpdateAgreementDocument,
  UpdateEventDocument,
  UpdatePracticeDocument,
  UpdateProjectDocument,
} from '../../generated/graphql.js';
import { alice, doc, type EditContext } from './edit-support.js';

export function nodeUpdateTests(ctx: EditContext): void {
  const { as, errorOf, nodeExists } = ctx;

  it('updates only the fields given; a list given replaces the old one', async () => {
    await as(alice).query(CreateActorDocument, {
      input: { kind: 'MUNICIPALITY', name: 'Sfax', themes: ['theme:migration'], sdgs: ['11'] },
      source: doc,
    });
    const { updateActor } = await as(alice).query(UpdateActorDocument, {
      key: 'sfax',
      patch: { description: 'Tunisian port city', themes: ['theme:governance'] },
      source: { source: 'source:doc', note: 'governance, not migration' },
    });
    expect(updateActor.node).toMatchObject({ name: 'Sfax', description: 'Tunisian port city' });
    expect(updateActor.change).toMatchObject({
      seq: 2,
      operation: 'updateActor',
      writtenRelationships: ['FOCUSES_ON:sfax->theme:governance'],
      deletedRelationships: ['FOCUSES_ON:sfax->theme:migration'],
    });
    const { node } = await as().query(EditedNodeDocument, { key: 'sfax' });
    expect(node?.relationships.edges.map((e) => e.relationship.key).sort()).toEqual([
      'FOCUSES_ON:sfax->sdg:11',
      'FOCUSES_ON:sfax->theme:governance',
    ]);
  });

  it('refuses to update what does not exist or is not of the family', async () => {
    const missing = await errorOf(
      as(alice).run(UpdateActorDocument, { key: 'nobody', patch: { name: 'N' }, source: doc }),
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    const wrong = await errorOf(
      as(alice).run(UpdateActorDocument, {
        key: 'country:IT',
        patch: { name: 'N' },
        source: doc,
      }),
    );
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.message).toBe('country:IT is a Country, not an actor.');
  });

  it('creates and updates agreements with checked dates', async () => {
    const bad = await errorOf(
      as(alice).run(CreateAgreementDocument, {
        input: { name: 'Protocol', dateSigned: '2015-02-30', agreementType: 'TREATY' },
        source: doc,
      }),
    );
    expect(bad.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'input.agreementType',
      'input.dateSigned',
    ]);
    const { createAgreement } = await as(alice).query(CreateAgreementDocument, {
      input: {
        name: 'ANCI–ACRI protocol',
        dateSigned: '2015-07-01',
        agreementType: 'PROTOCOL',
        themes: ['theme:migration'],
      },
      source: doc,
    });
    expect(createAgreement.node).toMatchObject({
      key: 'agreement:anci-acri-protocol',
      type: 'AGREEMENT',
      properties: { dateSigned: '2015-07-01', agreementType: 'PROTOCOL' },
    });
    expect(createAgreement.change.writtenRelationships).toEqual([
      'ADDRESSES:agreement:anci-acri-protocol->theme:migration',
    ]);
    const { updateAgreement } = await as(alice).query(UpdateAgreementDocument, {
      key: 'agreement:anci-acri-protocol',
      patch: { dateSigned: '2016' },
      source: doc,
    });
    expect(updateAgreement.node.properties).toEqual({
      dateSigned: '2016',
      agreementType: 'PROTOCOL',
    });
  });

  it('creates and updates projects with targets, years and status; a bad target writes nothing', async () => {
    const bad = await errorOf(
      as(alice).run(CreateProjectDocument, {
        input: { name: 'Water', targets: ['country:TN', 'theme:migration'], status: 'ONGOING' },
        source: doc,
      }),
    );
    expect(bad.extensions?.fields).toEqual([
      { field: 'input.targets', message: 'theme:migration is a Theme, not a Country or Region' },
    ]);
    expect(await nodeExists('project:water')).toBe(false);

    const { createProject } = await as(alice).query(CreateProjectDocument, {
      input: {
        name: 'Water',
        targets: ['country:TN', 'region:mediterranean'],
        status: 'ONGOING',
        startYear: 2019,
        sdgs: ['11'],
      },
      source: doc,
    });
    expect(createProject.node.properties).toEqual({ status: 'ONGOING', startYear: 2019 });
    expect(createProject.change.writtenRelationships).toEqual([
      'ADDRESSES:project:water->sdg:11',
      'TARGETS:project:water->country:TN',
      'TARGETS:project:water->region:mediterranean',
    ]);
    const { updateProject } = await as(alice).query(UpdateProjectDocument, {
      key: 'project:water',
      patch: { status: 'COMPLETED', endYear: 2022, targets: ['country:TN'] },
      source: doc,
    });
    expect(updateProject.change.deletedRelationships).toEqual([
      'TARGETS:project:water->region:mediterranean',
    ]);
    expect(updateProject.node.properties).toEqual({
      status: 'COMPLETED',
      startYear: 2019,
      endYear: 2022,
    });
  });

  it('creates and updates practices and events', async () => {
    const { createPractice } = await as(alice).query(CreatePracticeDocument, {
      input: { name: 'Territorial partnership', sdgs: ['16'] },
      source: doc,
    });
    expect(createPractice.node.key).toBe('practice:territorial-partnership');
    const { updatePractice } = await as(alice).query(UpdatePracticeDocument, {
      key: 'practice:territorial-partnership',
      patch: { aliases: ['Partenariato territoriale'] },
      source: doc,
    });
    expect(updatePractice.node.aliases).toEqual(['Partenariato territoriale']);

    const bad = await errorOf(
      as(alice).run(CreateEventDocument, {
        input: { name: 'Forum', date: '2021-13' },
        source: doc,
      }),
    );
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['input.date']);
    const { createEvent } = await as(alice).query(CreateEventDocument, {
      input: { name: 'Mayors forum', date: '2021-10-04', venue: 'Geneva' },
      source: doc,
    });
    expect(createEvent.node).toMatchObject({
      key: 'event:mayors-forum',
      properties: { date: '2021-10-04', venue: 'Geneva' },
    });
    const { updateEvent } = await as(alice).query(UpdateEventDocument, {
      key: 'event:mayors-forum',
      patch: { venue: 'Palais des Nations, Geneva' },
      source: doc,
    });
    expect(updateEvent.node.properties).toEqual({
      date: '2021-10-04',
      venue: 'Palais des Nations, Geneva',
    });
  });
}
