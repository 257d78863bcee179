/** Mutations that add and remove one relationship (rules: src/edit/relationship-edits.ts). */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Curator } from '../../edit/curator.js';
import type { ApiContext } from '../context.js';
import { ChangeType } from './change.type.js';
import { given, requireRole } from './edit-access.js';
import { RelationshipInput, IfExists, SourceInput } from './edit.inputs.js';
import { changePayload, relationshipPayload, RelationshipChangePayload } from './edit-payloads.js';

@Resolver()
export class RelationshipEditResolver {
  @Mutation(() => RelationshipChangePayload, {
    description:
      'Adds a relationship: membership, participation with a role, party to an agreement, twinning… (needs the editor role).',
  })
  async addRelationship(
    @Arg('input', () => RelationshipInput) input: RelationshipInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<RelationshipChangePayload> {
    const by = requireRole(ctx, 'editor');
    const result = await new Curator(ctx.store).addRelationship(
      given(input),
      given(source),
      by,
      ifExists,
    );
    return relationshipPayload(ctx, result);
  }

  @Mutation(() => ChangeType, {
    description: 'Removes a relationship by key (needs the editor role).',
  })
  async removeRelationship(
    @Arg('key', () => String) key: string,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<ChangeType> {
    const by = requireRole(ctx, 'editor');
    const change = await new Curator(ctx.store).removeRelationship(key, given(source), by);
    return changePayload(ctx, change);
  }
}
