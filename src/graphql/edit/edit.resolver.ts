/**
 * Mutations and the change log. Each mutation checks the caller's role, hands the request to the
 * Curator (src/edit/curator.ts), which validates it and has the store apply it as one recorded
 * change, and answers with what was written and the change record.
 */
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { DiplomapError } from '../../domain/errors.js';
import { Curator, type Family } from '../../edit/curator.js';
import { roleAllows, type Principal, type Role } from '../../edit/principal.js';
import { PageArgs } from '../common/connection.js';
import { NodeInterface } from '../common/node.interface.js';
import { pageRequest, toConnection } from '../common/paging.js';
import { RelationshipView } from '../common/provenance.type.js';
import { toRelationshipView, toView } from '../common/views.js';
import { resetLoaders, type ApiContext } from '../context.js';
import { ChangeConnection, ChangeType } from './change.type.js';
import {
  ActorInput,
  ActorPatch,
  AgreementInput,
  AgreementPatch,
  EventInput,
  EventPatch,
  IfExists,
  PracticeInput,
  PracticePatch,
  ProjectInput,
  ProjectPatch,
  RelationshipInput,
  SourceInput,
} from './edit.inputs.js';

@ObjectType('NodeChange', { description: 'A node as written, and the change that wrote it.' })
class NodeChangePayload {
  @Field(() => NodeInterface)
  node!: NodeInterface;

  @Field(() => ChangeType)
  change!: ChangeType;
}

@ObjectType('RelationshipChange', { description: 'A relationship as written, and the change.' })
class RelationshipChangePayload {
  @Field(() => RelationshipView)
  relationship!: RelationshipView;

  @Field(() => ChangeType)
  change!: ChangeType;
}

@ArgsType()
class ChangesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only changes at or after this instant (ISO 8601: 2026-11-23 or 2026-11-23T10:00:00Z).',
  })
  since?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes by this principal (`key:alice`).',
  })
  by?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes that wrote or deleted this node or relationship key.',
  })
  touching?: string;
}

/** Refuses callers without the role: UNAUTHENTICATED when anonymous, FORBIDDEN when too weak. */
export function requireRole(ctx: ApiContext, role: Role): Principal {
  const principal = ctx.principal;
  if (!principal) {
    throw new DiplomapError(
      'UNAUTHENTICATED',
      `This needs the ${role} role: send an API key or token (Authorization: Bearer …).`,
    );
  }
  if (!roleAllows(principal.role, role)) {
    throw new DiplomapError(
      'FORBIDDEN',
      `This needs the ${role} role; ${principal.id} has the ${principal.role} role.`,
      { needed: role, role: principal.role },
    );
  }
  return principal;
}

/** GraphQL nulls mean "not given": the Curator's schemas see only the fields set. */
function given(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

@Resolver()
export class EditResolver {
  private async createNode(
    ctx: ApiContext,
    family: Family,
    input: object,
    source: SourceInput,
    ifExists: IfExists,
  ): Promise<NodeChangePayload> {
    const by = requireRole(ctx, 'editor');
    const result = await new Curator(ctx.store).createNode(
      family,
      given(input),
      given(source),
      by,
      ifExists,
    );
    return nodePayload(ctx, result);
  }

  private async updateNode(
    ctx: ApiContext,
    family: Family,
    key: string,
    patch: object,
    source: SourceInput,
  ): Promise<NodeChangePayload> {
    const by = requireRole(ctx, 'editor');
    const result = await new Curator(ctx.store).updateNode(
      family,
      key,
      given(patch),
      given(source),
      by,
    );
    return nodePayload(ctx, result);
  }

  @Mutation(() => NodeChangePayload, { description: 'Adds an actor (needs the editor role).' })
  createActor(
    @Arg('input', () => ActorInput) input: ActorInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.createNode(ctx, 'actor', input, source, ifExists);
  }

  @Mutation(() => NodeChangePayload, { description: 'Changes an actor (needs the editor role).' })
  updateActor(
    @Arg('key', () => String) key: string,
    @Arg('patch', () => ActorPatch) patch: ActorPatch,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.updateNode(ctx, 'actor', key, patch, source);
  }

  @Mutation(() => NodeChangePayload, { description: 'Adds an agreement (needs the editor role).' })
  createAgreement(
    @Arg('input', () => AgreementInput) input: AgreementInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.createNode(ctx, 'agreement', input, source, ifExists);
  }

  @Mutation(() => NodeChangePayload, {
    description: 'Changes an agreement (needs the editor role).',
  })
  updateAgreement(
    @Arg('key', () => String) key: string,
    @Arg('patch', () => AgreementPatch) patch: AgreementPatch,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.updateNode(ctx, 'agreement', key, patch, source);
  }

  @Mutation(() => NodeChangePayload, { description: 'Adds a project (needs the editor role).' })
  createProject(
    @Arg('input', () => ProjectInput) input: ProjectInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.createNode(ctx, 'project', input, source, ifExists);
  }

  @Mutation(() => NodeChangePayload, { description: 'Changes a project (needs the editor role).' })
  updateProject(
    @Arg('key', () => String) key: string,
    @Arg('patch', () => ProjectPatch) patch: ProjectPatch,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.updateNode(ctx, 'project', key, patch, source);
  }

  @Mutation(() => NodeChangePayload, { description: 'Adds a practice (needs the editor role).' })
  createPractice(
    @Arg('input', () => PracticeInput) input: PracticeInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.createNode(ctx, 'practice', input, source, ifExists);
  }

  @Mutation(() => NodeChangePayload, { description: 'Changes a practice (needs the editor role).' })
  updatePractice(
    @Arg('key', () => String) key: string,
    @Arg('patch', () => PracticePatch) patch: PracticePatch,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.updateNode(ctx, 'practice', key, patch, source);
  }

  @Mutation(() => NodeChangePayload, { description: 'Adds an event (needs the editor role).' })
  createEvent(
    @Arg('input', () => EventInput) input: EventInput,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Arg('ifExists', () => IfExists, { defaultValue: IfExists.CONFLICT }) ifExists: IfExists,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.createNode(ctx, 'event', input, source, ifExists);
  }

  @Mutation(() => NodeChangePayload, { description: 'Changes an event (needs the editor role).' })
  updateEvent(
    @Arg('key', () => String) key: string,
    @Arg('patch', () => EventPatch) patch: EventPatch,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<NodeChangePayload> {
    return this.updateNode(ctx, 'event', key, patch, source);
  }

  @Mutation(() => ChangeType, {
    description:
      'Deletes an actor, agreement, project, practice or event with its relationships (needs the admin role: it cascades).',
  })
  async deleteNode(
    @Arg('key', () => String) key: string,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<ChangeType> {
    const by = requireRole(ctx, 'admin');
    const change = await new Curator(ctx.store).deleteNode(key, given(source), by);
    resetLoaders(ctx);
    return ChangeType.from(change);
  }

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
    resetLoaders(ctx);
    const payload = new RelationshipChangePayload();
    payload.relationship = toRelationshipView(result.relationship);
    payload.change = ChangeType.from(result.change);
    return payload;
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
    resetLoaders(ctx);
    return ChangeType.from(change);
  }

  @Query(() => ChangeConnection, {
    description:
      'The change log, oldest first: every edit and import, who made it, when and on what source.',
  })
  async changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: ApiContext) {
    const since =
      args.since === undefined || args.since === null ? undefined : parseInstant(args.since);
    const page = await ctx.store.listChanges(
      {
        ...(since ? { since } : {}),
        ...(args.by ? { by: args.by } : {}),
        ...(args.touching ? { touching: args.touching } : {}),
      },
      pageRequest(args, ctx.limits),
    );
    return toConnection(page, ChangeType.from);
  }
}

function nodePayload(
  ctx: ApiContext,
  result: { node: Parameters<typeof toView>[0]; change: Parameters<typeof ChangeType.from>[0] },
): NodeChangePayload {
  // Later fields of this request must see the change, not what the loaders cached before it.
  resetLoaders(ctx);
  const payload = new NodeChangePayload();
  payload.node = toView(result.node);
  payload.change = ChangeType.from(result.change);
  return payload;
}

function parseInstant(text: string): string {
  const trimmed = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? new Date(trimmed) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new DiplomapError(
      'BAD_USER_INPUT',
      `"since" must be an ISO 8601 date or instant (2026-11-23, 2026-11-23T10:00:00Z); got "${text}".`,
      { argument: 'since' },
    );
  }
  return date.toISOString();
}
