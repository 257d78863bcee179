/** The Node interface (global object identification) and the fields every node shares. */
import { Field, ID, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphNode, Properties, Provenance } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import { NodeTypeEnum } from './enums.js';

@InterfaceType('Node', {
  description: 'Anything in the graph. `id` is the node key (`istat:048017`, `anci`, `sdg:11.3`).',
  resolveType: (value: { type?: string }) => graphqlTypeNameOf(value.type as NodeType),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Global id: the node key.' })
  id!: string;

  @Field(() => String, { description: 'The node key (same as id).' })
  key!: string;

  @Field(() => NodeTypeEnum)
  type!: NodeType;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Other names: translations, acronyms, former names.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Every property of the node as the sources give it.',
  })
  properties!: Properties;

  /** Not a GraphQL field: read by the `sources` field resolver. */
  provenance!: Provenance[];
}

/** The GraphQL object type that stands for a node type: every actor kind is an `Actor`. */
export function graphqlTypeNameOf(type: NodeType): string {
  switch (type) {
    case 'Agreement':
    case 'Project':
    case 'Country':
    case 'Region':
    case 'AdminArea':
    case 'Sdg':
    case 'Theme':
    case 'Practice':
    case 'Event':
    case 'Framework':
    case 'Source':
    case 'Transaction':
    case 'Budget':
    case 'PlannedDisbursement':
    case 'Location':
      return type;
    default:
      return 'Actor';
  }
}

/** Makes the object a resolver returns for a node: its props flattened, core fields on top. */
export function nodeView<T extends NodeInterface>(cls: abstract new () => T, node: GraphNode): T {
  const prototype: object = cls.prototype as object;
  const view = Object.create(prototype) as T;
  Object.assign(view, node.props, {
    id: node.key,
    key: node.key,
    type: node.type,
    kind: node.type,
    name: node.name,
    aliases: node.aliases,
    description: node.description,
    properties: node.props,
    provenance: node.sources,
  });
  return view;
}
