/** What the work is about: ANCI's eight thematic goals and the UN SDGs (goals, targets, indicators). */
import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection.js';
import { SdgLevel } from '../enums.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Theme', { implements: NodeInterface })
export class ThemeType extends NodeInterface {}

@ObjectType('Sdg', {
  implements: NodeInterface,
  description: 'An SDG goal (`sdg:11`), target (`sdg:11.3`) or indicator (`sdg:11.3.1`).',
})
export class SdgType extends NodeInterface {
  @Field(() => SdgLevel)
  level!: SdgLevel;

  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The official English title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The Italian title.' })
  titleIt?: string;
}

export const ThemeConnection = connectionOf(ThemeType, 'Theme');
export const SdgConnection = connectionOf(SdgType, 'Sdg');
