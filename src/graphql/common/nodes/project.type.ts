/** Projects and programmes (a project can be PART_OF a programme). */
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf, relationConnectionOf } from '../connection.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Project', { implements: NodeInterface })
export class ProjectType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'PROJECT or PROGRAMME.' })
  projectType?: string;

  @Field(() => Int, { nullable: true })
  startYear?: number;

  @Field(() => Int, { nullable: true })
  endYear?: number;

  @Field(() => String, {
    nullable: true,
    description: 'PLANNED, ONGOING, COMPLETED, CANCELLED or SUSPENDED, where known.',
  })
  status?: string;
}

export const ProjectConnection = connectionOf(ProjectType, 'Project');
export const ProjectRelationConnection = relationConnectionOf(ProjectType, 'Project');
