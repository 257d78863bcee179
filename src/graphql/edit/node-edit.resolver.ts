/**
 * Mutations that create, change and delete actors, agreements, projects, practices and events.
 * Each checks the caller's role and hands the request to the Curator (src/edit/curator.ts), which
 * validates it and has the store apply it as one recorded change; the answer is what was written
 * and the change record.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Curator, type Family } from '../../edit/curator.js';
import type { ApiContext } from '../context.js';
import { ChangeType } from './change.type.js';
import { given, requireRole } from './edit-access.js';
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
  SourceInput,
} from './edit.inputs.js';
import { changePayload, nodePayload, NodeChangePayload } from './edit-payloads.js';

@Resolver()
export class NodeEditResolver {
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
    return changePayload(ctx, change);
  }
}
