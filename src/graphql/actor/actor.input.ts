/** Filters for actor lists. */
import { Field, ID, InputType } from 'type-graphql';
import type { ActorKind } from '../../domain/node-types.js';
import { ActorKindEnum } from '../common/enums.js';

@InputType({ description: 'All given filters must hold.' })
export class ActorFilter {
  @Field(() => [ActorKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ActorKind[];

  @Field(() => ID, {
    nullable: true,
    description: 'Located in this country (directly or through its municipality): `country:IT`.',
  })
  country?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'In this region or one of its sub-regions: `region:mediterranean`.',
  })
  region?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Works on this theme (focus, or a project addressing it or an aligned SDG): `theme:migration`.',
  })
  theme?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Works on this SDG goal or target (or one below it): `sdg:11`.',
  })
  sdg?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A member of this network or association (MEMBER_OF it): `covenant-of-mayors`, `eurocities`.',
  })
  memberOf?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name or alias contains this text (case and accents ignored).',
  })
  name?: string;
}
