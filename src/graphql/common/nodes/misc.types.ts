/** Practices, events, frameworks and sources. */
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Practice', {
  implements: NodeInterface,
  description: 'A good practice a city pioneered or adopted.',
})
export class PracticeType extends NodeInterface {}

@ObjectType('Event', { implements: NodeInterface, description: 'A convening, a summit, a forum.' })
export class EventType extends NodeInterface {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true })
  date?: string;
}

@ObjectType('Framework', {
  implements: NodeInterface,
  description: 'A law or policy framework (Law 125/2014, the 2030 Agenda).',
})
export class FrameworkType extends NodeInterface {}

@ObjectType('Source', {
  implements: NodeInterface,
  description: 'A document or data set facts come from.',
})
export class SourceType extends NodeInterface {
  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, { nullable: true })
  licence?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The founding document file (seeds/documents/), when there is one.',
  })
  document?: string;
}

export const PracticeConnection = connectionOf(PracticeType, 'Practice');
export const EventConnection = connectionOf(EventType, 'Event');
export const SourceConnection = connectionOf(SourceType, 'Source');
