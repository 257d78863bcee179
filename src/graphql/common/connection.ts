/** Relay connections: page info, arguments, and the connection types per node type. */
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { RelationshipView } from './provenance.type.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string;

  @Field(() => String, { nullable: true })
  endCursor?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'How many items to return (default 20, at most the configured maximum).',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor from a previous page: return the items after it.',
  })
  after?: string;
}

@ArgsType()
export class RelationArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Answer as the network stood on this date (YYYY, YYYY-MM or YYYY-MM-DD): leaves out what began later (an agreement signed, a project begun, a membership) or had ended.',
  })
  asOf?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection { edges { cursor node } pageInfo totalCount }` for a node class. */
export function connectionOf<T extends object>(nodeClass: abstract new () => T, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matches, not only this page.' })
    totalCount!: number;
  }
  return Connection;
}

/** `XRelationConnection`: like a connection, each edge also carrying the relationship. */
export function relationConnectionOf<T extends object>(
  nodeClass: abstract new () => T,
  name: string,
) {
  @ObjectType(`${name}RelationEdge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeClass, { description: 'The node at the other end.' })
    node!: T;

    @Field(() => RelationshipView)
    relationship!: RelationshipView;
  }

  @ObjectType(`${name}RelationConnection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return Connection;
}
