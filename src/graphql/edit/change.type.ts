/** The change log as GraphQL: who changed what, when, and on what source. */
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { touchedKeys, type ChangeRecord } from '../../domain/changes.js';
import { connectionOf } from '../common/connection.js';
import { ProvenanceType } from '../common/provenance.type.js';

@ObjectType('Change', { description: 'One recorded edit or import, applied whole.' })
export class ChangeType {
  @Field(() => Int, { description: '1, 2, 3… in the order the store applied the changes.' })
  seq!: number;

  @Field(() => String, { description: 'When it was applied (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, {
    description: 'Who: `key:<id>` (API key), `jwt:<subject>` or `cli:<user>` (a local import).',
  })
  by!: string;

  @Field(() => String, { description: 'createActor, addRelationship, import:iati…' })
  operation!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => ProvenanceType, { description: 'The source the change was made on.' })
  source!: ProvenanceType;

  @Field(() => [String], { description: 'Keys of the nodes written (created or updated).' })
  writtenNodes!: string[];

  @Field(() => [String])
  deletedNodes!: string[];

  @Field(() => [String], { description: 'Keys of the relationships written.' })
  writtenRelationships!: string[];

  @Field(() => [String], {
    description: 'Keys of the relationships deleted, with those of deleted nodes.',
  })
  deletedRelationships!: string[];

  @Field(() => [String], {
    description:
      'Every node and relationship key it wrote, deleted or cut off, the ends of its relationships included: what `touching` matches.',
  })
  touches!: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      'The nodes and relationships it overwrote or deleted, as they were: `{nodes, edges}`.',
  })
  before!: object;

  @Field(() => GraphQLJSONObject, {
    description: 'What it wrote: `{putNodes, deleteNodes, putEdges, deleteEdges}`.',
  })
  after!: object;

  static from(this: void, record: ChangeRecord): ChangeType {
    const view = new ChangeType();
    view.seq = record.seq;
    view.at = record.at;
    view.by = record.by;
    view.operation = record.operation;
    view.summary = record.summary;
    view.source = ProvenanceType.from(record.source);
    view.writtenNodes = record.changes.putNodes.map((n) => n.key);
    view.deletedNodes = record.changes.deleteNodes;
    view.writtenRelationships = record.changes.putEdges.map((e) => e.key);
    const deleted = new Set(record.changes.deleteEdges);
    const deletedNodes = new Set(record.changes.deleteNodes);
    for (const edge of record.before.edges)
      if (deletedNodes.has(edge.from) || deletedNodes.has(edge.to)) deleted.add(edge.key);
    view.deletedRelationships = [...deleted].sort();
    view.touches = touchedKeys(record);
    view.before = record.before;
    view.after = record.changes;
    return view;
  }
}

export const ChangeConnection = connectionOf(ChangeType, 'Change');
