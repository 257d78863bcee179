/** Provenance and relationships as GraphQL types. */
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Properties, Provenance } from '../../domain/graph-records.js';
import { basisOf, type ProvenanceBasis } from '../../domain/provenance.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { Direction, ProvenanceBasisEnum, RelationshipTypeEnum } from './enums.js';

@ObjectType('Provenance', {
  description:
    'Why we say something: the source, how the fact follows from it (`basis`), and the passages it rests on.',
})
export class ProvenanceType {
  /** The Source node key; resolved to the node by the `source` field resolver. */
  sourceKey!: string;

  @Field(() => ProvenanceBasisEnum, {
    description:
      'STATED: the passage (or data record) says it; READING: the passages `quote` and `readWith`, read together, say it; EDITORIAL: a curators’ decision, explained in `note`.',
  })
  basis!: ProvenanceBasis;

  @Field(() => String, {
    nullable: true,
    description:
      'The short verbatim passage that states the fact; for a READING, the first of its passages; for an EDITORIAL decision, the passage it rests on.',
  })
  quote?: string;

  @Field(() => [String], {
    description: 'For a READING, the further passages read together with `quote`; else empty.',
  })
  readWith!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'An editorial note (for curated decisions) or a locator in a data file.',
  })
  note?: string;

  static from(this: void, p: Provenance): ProvenanceType {
    const view = new ProvenanceType();
    view.sourceKey = p.source;
    view.basis = basisOf(p);
    view.readWith = p.readWith ?? [];
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

  @Field(() => Boolean, {
    description:
      'True when one of its sources states it (basis STATED); false when it rests only on a reading of several passages or an editorial decision.',
  })
  stated!: boolean;

  @Field(() => GraphQLJSONObject)
  properties!: Properties;

  provenance!: Provenance[];
}
