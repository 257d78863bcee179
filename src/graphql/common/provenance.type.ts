/** Provenance and relationships as GraphQL types. */
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Properties, Provenance } from '../../domain/graph-records.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { Direction, RelationshipTypeEnum } from './enums.js';

@ObjectType('Provenance', {
  description: 'Why we say something: the source document and the passage that states it.',
})
export class ProvenanceType {
  /** The Source node key; resolved to the node by the `source` field resolver. */
  sourceKey!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The short verbatim passage that states the fact.',
  })
  quote?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An editorial note (for curated decisions) or a locator in a data file.',
  })
  note?: string;

  static from(p: Provenance): ProvenanceType {
    const view = new ProvenanceType();
    view.sourceKey = p.source;
    if (p.quote !== undefined) view.quote = p.quote;
    if (p.note !== undefined) view.note = p.note;
    return view;
  }
}

@ObjectType('Relationship', {
  description: 'A relationship between two nodes, with its properties and sources.',
})
export class RelationshipView {
  @Field(() => String, { description: 'Stable key: `TYPE:from->to`.' })
  key!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => String, { description: 'Key of the node the relationship starts from.' })
  fromKey!: string;

  @Field(() => String, { description: 'Key of the node it points to.' })
  toKey!: string;

  @Field(() => Direction, {
    nullable: true,
    description: 'How it was read from the node it was listed on.',
  })
  direction?: Direction;

  @Field(() => String, {
    nullable: true,
    description: 'Role (LEAD, PARTNER, SIGNATORY, FOUNDER, MAYOR…), when given.',
  })
  role?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Since when (a year or a date), when given.',
  })
  since?: string;

  @Field(() => GraphQLJSONObject)
  properties!: Properties;

  provenance!: Provenance[];
}
