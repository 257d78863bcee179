/** What an edit answers: the node or relationship as written, and the change that wrote it. */
import { Field, ObjectType } from 'type-graphql';
import type { ChangeRecord } from '../../domain/changes.js';
import type { NodeEditResult, RelationshipEditResult } from '../../edit/curator.js';
import { NodeInterface } from '../common/node.interface.js';
import { RelationshipView } from '../common/provenance.type.js';
import { toRelationshipView, toView } from '../common/views.js';
import { resetLoaders, type ApiContext } from '../context.js';
import { ChangeType } from './change.type.js';

@ObjectType('NodeChange', { description: 'A node as written, and the change that wrote it.' })
export class NodeChangePayload {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => ChangeType)
  change!: ChangeType;
}

@ObjectType('RelationshipChange', { description: 'A relationship as written, and the change.' })
export class RelationshipChangePayload {
  @Field(() => RelationshipView)
  relationship!: RelationshipView;

  @Field(() => ChangeType)
  change!: ChangeType;
}

export function nodePayload(ctx: ApiContext, result: NodeEditResult): NodeChangePayload {
  // Later fields of this request must see the change, not what the loaders cached before it.
  resetLoaders(ctx);
  const payload = new NodeChangePayload();
  payload.node = toView(result.node);
  payload.change = ChangeType.from(result.change);
  return payload;
}

export function relationshipPayload(
  ctx: ApiContext,
  result: RelationshipEditResult,
): RelationshipChangePayload {
  resetLoaders(ctx);
  const payload = new RelationshipChangePayload();
  payload.relationship = toRelationshipView(result.relationship);
  payload.change = ChangeType.from(result.change);
  return payload;
}

/** A change record as answered; later fields of the request see the change. */
export function changePayload(ctx: ApiContext, change: ChangeRecord): ChangeType {
  resetLoaders(ctx);
  return ChangeType.from(change);
}
