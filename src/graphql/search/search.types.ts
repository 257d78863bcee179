/** Full-text search results: a connection whose edges carry the score and what matched. */
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import type { NodeType } from '../../domain/node-types.js';
import { PageArgs, PageInfo } from '../common/connection.js';
import { NodeTypeEnum } from '../common/enums.js';
import { NodeInterface } from '../common/node.interface.js';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description:
      'Words to look for in names, aliases and descriptions (English and Italian forms); case, accents and small typos ignored. At most 200 characters.',
  })
  text!: string;

  @Field(() => [NodeTypeEnum], {
    nullable: true,
    description: 'Only nodes of these types (all when omitted).',
  })
  types?: NodeType[];
}

@ObjectType('SearchEdge', { description: 'One search hit.' })
export class SearchEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => Float, {
    description:
      'How well it matched: 5.5 the whole name or an alias as written, 5 the same ignoring case and accents, 4 all words, 3 words and word beginnings, 2–2.4 with typos (fewer is higher), 1 the description only.',
  })
  score!: number;

  @Field(() => String, {
    description:
      'The name or alias that matched best; for a match in the description only, that description.',
  })
  matched!: string;
}

@ObjectType('SearchConnection', {
  description: 'Search hits, best first: by score, then shorter name, then id.',
})
export class SearchConnectionType {
  @Field(() => [SearchEdgeType])
  edges!: SearchEdgeType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All hits, not only this page.' })
  totalCount!: number;
}
