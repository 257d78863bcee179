/** Filter inputs shared by several lists. */
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters for projects and agreements. All given filters must hold.' })
export class WorkFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Projects targeting this country; agreements with a party located in it.',
  })
  country?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The same, for a region or any of its sub-regions.',
  })
  region?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Addresses this theme (or an SDG aligned with it).',
  })
  theme?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Addresses this SDG goal or target (or one below it).',
  })
  sdg?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name or alias contains this text (case and accents ignored).',
  })
  name?: string;
}

@InputType({ description: 'Filters for countries.' })
export class CountryFilter {
  @Field(() => ID, { nullable: true, description: 'In this region or any of its sub-regions.' })
  region?: string;

  @Field(() => String, { nullable: true })
  name?: string;
}

@InputType({ description: 'A name filter.' })
export class NameFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Name or alias contains this text (case and accents ignored).',
  })
  name?: string;
}
