/**
 * The edit contract: every mutation, its success and each refusal, and the change log, run the
 * same on every store. Each test starts from the small graph below, freshly loaded.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../src/domain/graph-records.js';
import type { Principal } from '../../src/edit/principal.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import {
  ActorsDocument,
  AddRelationshipDocument,
  ChangesDocument,
  CreateActorDocument,
  CreateAgreementDocument,
  CreateEventDocument,
  CreatePracticeDocument,
  CreateProjectDocument,
  DeleteNodeDocument,
  EditedNodeDocument,
  RemoveRelationshipDocument,
  UpdateActorDocument,
  UpdateAgreementDocument,
  UpdateEventDocument,
  UpdatePracticeDocument,
  UpdateProjectDocument,
} from '../generated/graphql.js';
import { apiFor, type Api } from '../support/api.js';
import { edge } from '../support/graph-fixtures.js';

const alice: Principal = { id: 'key:alice', role: 'editor' };
const root: Principal = { id: 'key:root', role: 'admin' };
const reader: Principal = { id: 'key:rita', role: 'reader' };

const doc = { source: 'source:doc', quote: 'ANCI works with ACRI on migration.' };

function place(key: string, type: GraphNode['type'], name: string): GraphNode {
  return { key, type, name, aliases: [], props: {}, sources: [{ source: 'source:doc' }] };
}

/** A small graph to edit: sources, places, topics, two actors and a project. */
export function editFixture(): GraphData {
  return {
    nodes: [
      place('source:doc', 'Source', 'A founding document'),
      place('source:diplomap-curation', 'Source', 'Diplomap editorial curation'),
      place('country:IT', 'Country', 'Italy'),
      place('country:TN', 'Country', 'Tunisia'),
      place('region:mediterranean', 'Region', 'Mediterranean'),
      place('theme:migration', 'Theme', 'Migration'),
      place('theme:governance', 'Theme', 'Governance'),
      place('sdg:11', 'Sdg', 'Sustainable cities and communities'),
      place('sdg:11.3', 'Sdg', 'Inclusive urbanisation'),
      place('sdg:16', 'Sdg', 'Peace, justice and strong institutions'),
      place('anci', 'Association', 'ANCI'),
      place('acri', 'Foundation', 'ACRI'),
      place('istat:048017', 'Municipality', 'Firenze'),
      place('project:matching-fund', 'Project', 'Matching Fund'),
    ],
    edges: [
      edge('IN_REGION', 'country:IT', 'region:mediterranean'),
      edge('PART_OF', 'sdg:11.3', 'sdg:11'),
      edge('LOCATED_IN', 'anci', 'country:IT'),
      edge('PARTICIPATES_IN', 'anci', 'project:matching-fund'),
      edge('PARTICIPATES_IN', 'acri', 'project:matching-fund'),
    ].map((e) => ({ ...e, sources: [{ source: 'source:doc' }] })),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

interface ErrorShape {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

export function defineEditSuite(name: string, freshStore: () => Promise<GraphStore>): void {
  describe(`edit contract: ${name}`, () => {
    let store: GraphStore;
    const as = (principal?: Principal): Api => apiFor(store, DEFAULT_LIMITS, principal);

    beforeEach(async () => {
      store = await freshStore();
    });

    async function errorOf(result: Promise<{ errors?: readonly unknown[] }>): Promise<ErrorShape> {
      const { errors } = await result;
      expect(errors, 'expected the operation to fail').toBeDefined();
      return errors![0] as ErrorShape;
    }

    async function changeCount(): Promise<number> {
      return (await as(alice).query(ChangesDocument, {})).changes.totalCount;
    }

    async function nodeExists(key: string): Promise<boolean> {
      return (await as(alice).query(EditedNodeDocument, { key })).node !== null;
    }

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

    it('requires a source on every change', async () => {
      const none = await errorOf(
        as(alice).run(CreateActorDocument, { input: { kind: 'NETWORK', name: 'X' }, source: {} }),
      );
      expect(none.extensions?.code).toBe('BAD_USER_INPUT');
      expect(none.extensions?.fields?.[0]?.field).toBe('source');
      const unknown = await errorOf(
        as(alice).run(CreateActorDocument, {
          input: { kind: 'NETWORK', name: 'X' },
          source: { source: 'source:nope' },
        }),
      );
      expect(unknown.extensions?.fields).toEqual([
        { field: 'source.source', message: 'no Source has the key source:nope' },
      ]);
      const badUrl = await errorOf(
        as(alice).run(CreateActorDocument, {
          input: { kind: 'NETWORK', name: 'X' },
          source: { url: 'not a url' },
        }),
      );
      expect(badUrl.extensions?.fields?.[0]?.field).toBe('source.url');
      expect(await changeCount()).toBe(0);
    });

    it('files a URL under a Source made for it, reused when cited again', async () => {
      const url = 'https://www.anci.it/cooperazione';
      const first = await as(alice).query(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'Cities for Peace' },
        source: { url, title: 'ANCI — cooperation', quote: 'a network' },
      });
      const sourceKey = first.createActor.node.sources[0]!.source!.key;
      expect(sourceKey).toMatch(/^source:url-[0-9a-f]{16}$/);
      expect(first.createActor.change.writtenNodes).toEqual([sourceKey, 'cities-for-peace']);
      const second = await as(alice).query(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'Cities for Dialogue' },
        source: { url },
      });
      expect(second.createActor.change.writtenNodes).toEqual(['cities-for-dialogue']);
      expect(second.createActor.node.sources[0]!.source!.key).toBe(sourceKey);
    });

    it('files a note without a document under the curators’ source', async () => {
      const { createActor } = await as(alice).query(CreateActorDocument, {
        input: { kind: 'CIVIL_SOCIETY', name: 'Un ponte per' },
        source: { note: 'Known to the curator from the 2019 annual report.' },
      });
      expect(createActor.node.sources).toEqual([
        {
          source: { key: 'source:diplomap-curation' },
          quote: null,
          note: 'Known to the curator from the 2019 annual report.',
        },
      ]);
    });

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
        [
          { type: 'TWINNED_WITH', from: 'istat:048017', to: 'nowhere' },
          'input.to',
          'BAD_USER_INPUT',
        ],
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
        sources: [
          { basis: 'EDITORIAL', readWith: [], source: { key: 'source:diplomap-curation' } },
        ],
      });
      const after = await as().query(EditedNodeDocument, { key: 'acri' });
      const stated = after.node?.relationships.edges.find(
        (e) => e.relationship.type === 'MEMBER_OF',
      );
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

    it('deletes a node with its relationships, for admins only', async () => {
      const forbidden = await errorOf(
        as(alice).run(DeleteNodeDocument, { key: 'project:matching-fund', source: doc }),
      );
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');
      expect(await nodeExists('project:matching-fund')).toBe(true);

      const { deleteNode } = await as(root).query(DeleteNodeDocument, {
        key: 'project:matching-fund',
        source: { source: 'source:doc', note: 'a duplicate' },
      });
      expect(deleteNode).toMatchObject({
        by: 'key:root',
        operation: 'deleteProject',
        deletedNodes: ['project:matching-fund'],
        deletedRelationships: [
          'PARTICIPATES_IN:acri->project:matching-fund',
          'PARTICIPATES_IN:anci->project:matching-fund',
        ],
      });
      expect(await nodeExists('project:matching-fund')).toBe(false);
      const reference = await errorOf(
        as(root).run(DeleteNodeDocument, { key: 'country:IT', source: doc }),
      );
      expect(reference.extensions?.code).toBe('BAD_USER_INPUT');
      const missing = await errorOf(
        as(root).run(DeleteNodeDocument, { key: 'nobody', source: doc }),
      );
      expect(missing.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses anonymous callers and readers, writing nothing', async () => {
      const variables = { input: { kind: 'NETWORK' as const, name: 'Ghost' }, source: doc };
      expect((await errorOf(as().run(CreateActorDocument, variables))).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await errorOf(as(reader).run(CreateActorDocument, variables))).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(await nodeExists('ghost')).toBe(false);
      expect(await changeCount()).toBe(0);
    });

    it('lists changes oldest first, filtered and paged', async () => {
      const bob: Principal = { id: 'key:bob', role: 'editor' };
      await as(alice).query(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'One' },
        source: doc,
      });
      await tick(); // so the three changes have distinct times
      await as(bob).query(CreateActorDocument, {
        input: { kind: 'NETWORK', name: 'Two' },
        source: doc,
      });
      await tick();
      await as(alice).query(UpdateActorDocument, {
        key: 'one',
        patch: { name: 'One!' },
        source: doc,
      });

      const firstPage = await as(reader).query(ChangesDocument, { first: 2 });
      expect(firstPage.changes.totalCount).toBe(3);
      expect(firstPage.changes.pageInfo.hasNextPage).toBe(true);
      expect(firstPage.changes.edges.map((e) => [e.node.seq, e.node.by])).toEqual([
        [1, 'key:alice'],
        [2, 'key:bob'],
      ]);
      const rest = await as(reader).query(ChangesDocument, {
        first: 2,
        after: firstPage.changes.pageInfo.endCursor,
      });
      expect(rest.changes.edges.map((e) => e.node.operation)).toEqual(['updateActor']);
      expect(rest.changes.pageInfo.hasNextPage).toBe(false);

      const byAlice = await as(reader).query(ChangesDocument, { by: 'key:alice' });
      expect(byAlice.changes.edges.map((e) => e.node.seq)).toEqual([1, 3]);
      const touchingTwo = await as(reader).query(ChangesDocument, { touching: 'two' });
      expect(touchingTwo.changes.edges.map((e) => e.node.seq)).toEqual([2]);

      const at = firstPage.changes.edges[1]!.node.at;
      const since = await as(reader).query(ChangesDocument, { since: at });
      expect(since.changes.edges.map((e) => e.node.seq)).toEqual([2, 3]);
      const future = await as(reader).query(ChangesDocument, { since: '2999-01-01' });
      expect(future.changes.totalCount).toBe(0);
      const bad = await errorOf(as(reader).run(ChangesDocument, { since: 'yesterday' }));
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}
