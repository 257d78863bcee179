/** Places: countries (ISO 3166), regions (UN M49 and ANCI's priorities) and Italian administrative areas. */
import { Field, ObjectType } from 'type-graphql';
import { connectionOf, relationConnectionOf } from '../connection.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Country', { implements: NodeInterface })
export class CountryType extends NodeInterface {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code.' })
  iso2!: string;

  @Field(() => String, { nullable: true })
  iso3?: string;

  @Field(() => String, { nullable: true, description: 'UN M49 numeric code.' })
  m49?: string;
}

@ObjectType('Region', { implements: NodeInterface })
export class RegionType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'UN M49 code, for M49 regions.' })
  m49?: string;

  @Field(() => String, {
    nullable: true,
    description: 'WORLD, REGION, SUB_REGION, INTERMEDIATE_REGION for M49 regions.',
  })
  level?: string;
}

@ObjectType('AdminArea', {
  implements: NodeInterface,
  description: 'A sub-national area: an Italian region or province.',
})
export class AdminAreaType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'REGION or PROVINCE.' })
  level?: string;

  @Field(() => String, { nullable: true })
  code?: string;
}

export const CountryConnection = connectionOf(CountryType, 'Country');
export const RegionConnection = connectionOf(RegionType, 'Region');
export const RegionRelationConnection = relationConnectionOf(RegionType, 'Region');
