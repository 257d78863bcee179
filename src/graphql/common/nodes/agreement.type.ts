/** Agreements: framework agreements, protocols, memoranda, declarations. */
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf, relationConnectionOf } from '../connection.js';
import { NodeInterface } from '../node.interface.js';

@ObjectType('Agreement', { implements: NodeInterface })
export class AgreementType extends NodeInterface {
  @Field(() => String, {
    nullable: true,
    description: 'FRAMEWORK_AGREEMENT, PROTOCOL, MEMORANDUM, DECLARATION or AGREEMENT.',
  })
  agreementType?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Date signed (YYYY-MM-DD), where the source gives it.',
  })
  dateSigned?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}

export const AgreementConnection = connectionOf(AgreementType, 'Agreement');
export const AgreementRelationConnection = relationConnectionOf(AgreementType, 'Agreement');
