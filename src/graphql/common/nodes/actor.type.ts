/** Actors: municipalities, associations, governments, international organisations, NGOs, foundations, networks, people. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../../domain/node-types.js';
import { connectionOf, relationConnectionOf } from '../connection.js';
import { ActorKindEnum } from '../enums.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Actor', {
  implements: NodeInterface,
  description:
    'Someone who acts internationally: a city, an association, a ministry, a UN agency, an NGO, a foundation, a network, a person.',
})
export class ActorType extends NodeInterface {
  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'Wikidata item id (Q…), where known.' })
  wikidataId?: string;

  @Field(() => String, { nullable: true, description: 'ISTAT code, for Italian comuni.' })
  istat?: string;

  @Field(() => Int, { nullable: true })
  population?: number;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS84), where known.' })
  lat?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS84), where known.' })
  lon?: number;
}

export const ActorConnection = connectionOf(ActorType, 'Actor');
export const ActorRelationConnection = relationConnectionOf(ActorType, 'Actor');
