/**
 * `partners`: "all partners in the Mediterranean working on migration" — actors in a region that
 * work on a theme, each with the partnerships that qualify it and the evidence for each condition.
 */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ActorKind } from '../../domain/node-types.js';
import { isActorKind } from '../../domain/node-types.js';
import { paginate } from '../../domain/pagination.js';
import type { PartnerHit, Partnership, PartnerQuery } from '../../domain/queries.js';
import type { ApiContext } from '../context.js';
import { ActorType } from '../common/nodes/actor.type.js';
import { PageArgs, RelationArgs } from '../common/connection.js';
import { badInput } from '../../domain/errors.js';
import { parseAsOf } from '../../domain/time.js';
import { listPartners, partnershipSince, type RecordLookup } from '../../app/partners.js';
import { ActorKindEnum } from '../common/enums.js';
import {
  LARGE_NETWORK_MEMBERS,
  type PartnershipKind,
} from '../../domain/semantics/partnership-rules.js';
import type { NodeInterface } from '../common/node.interface.js';
import { pageRequest, toConnection } from '../common/paging.js';
import { RelationshipView } from '../common/provenance.type.js';
import { loadView, toRelationshipView } from '../common/views.js';
import { NodeInterface as NodeInterfaceClass } from '../common/node.interface.js';
import { checkArguments, checkKey } from '../common/arguments.js';
import {
  PartnerConnection,
  PartnershipConnection,
  PartnershipStrengthType,
  PartnershipType,
  PartnershipViaType,
  PartnerType,
  TopicEvidenceType,
} from './partner.types.js';

@Resolver(() => PartnerType)
export class PartnerResolver {
  @Query(() => PartnerConnection, {
    description:
      'Actors with partners, in a region and working on a theme or SDG, each with why. ' +
      'With `of`, only the partners of that actor. Ordered by actor key.',
  })
  async partners(
    @Arg('of', () => ID, { nullable: true, description: 'Only partners of this actor.' })
    of: string | undefined,
    @Arg('inRegion', () => ID, {
      nullable: true,
      description: 'In this region or a sub-region (`region:mediterranean`).',
    })
    inRegion: string | undefined,
    @Arg('workingOn', () => ID, {
      nullable: true,
      description: 'Working on this theme or SDG (`theme:migration`, `sdg:11`).',
    })
    workingOn: string | undefined,
    @Arg('kinds', () => [ActorKindEnum], {
      nullable: true,
      description: 'Only actors of these kinds.',
    })
    kinds: ActorKind[] | undefined,
    @Arg('coMembership', () => Boolean, {
      defaultValue: false,
      description: `With \`of\`: list co-members of its large networks too (more than ${LARGE_NETWORK_MEMBERS} members, such as the Covenant of Mayors), as partnerships of kind CO_MEMBERSHIP, a page at a time. Without it they are not partners: a large network's members are not each other's partners.`,
    })
    coMembership: boolean,
    @Args(() => RelationArgs) page: RelationArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const request = pageRequest(page, ctx.limits);
    const asOf = page.asOf ? parseAsOf(page.asOf) : undefined;
    const query: PartnerQuery = {};
    if (of !== undefined && of !== null) query.of = checkKey(of, 'of');
    if (inRegion !== undefined && inRegion !== null)
      query.inRegion = checkKey(inRegion, 'inRegion');
    if (workingOn !== undefined && workingOn !== null)
      query.workingOn = checkKey(workingOn, 'workingOn');
    if (kinds && kinds.length > 0) query.kinds = kinds;
    if (coMembership) {
      // Every member of a large network for every actor is what the rule exists to avoid.
      if (query.of === undefined)
        throw badInput('"coMembership" lists the co-members of one actor: give "of" too.', {
          argument: 'coMembership',
        });
      query.coMembership = true;
    }
    // The question goes out with the arguments' check, not after it: the page waits one round
    // trip for both. A refused argument's question is cheap (no such actor, region or topic has
    // partners) and its answer is dropped.
    const answer = listPartners(ctx.store, query, request, asOf);
    answer.catch(() => {});
    await checkArguments(ctx, [
      ['of', query.of, isActorKind, 'an actor'],
      ['inRegion', query.inRegion, (t) => t === 'Region', 'a region'],
      ['workingOn', query.workingOn, (t) => t === 'Theme' || t === 'Sdg', 'a theme or SDG'],
    ]);
    const toPartner = (hit: PartnerHit & { partnerships?: Partnership[] }) =>
      PartnerType.from(hit, query.of, query.coMembership);
    const result = await answer;
    // Each hit comes with its actor's record: `actor { … }` reads it without another store call.
    for (const { value } of result.items) ctx.loaders.node.prime(value.actorKey, value.actor);
    return toConnection(result, toPartner);
  }

  @FieldResolver(() => ActorType)
  async actor(@Root() partner: PartnerType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, partner.actorKey);
  }

  @FieldResolver(() => [NodeInterfaceClass], {
    nullable: true,
    description:
      'Why it is in `inRegion`: actor → (municipality →) country → region → … → the asked region. Null when not asked.',
  })
  async inRegion(@Root() partner: PartnerType, @Ctx() ctx: ApiContext) {
    if (!partner.regionPath) return null;
    const nodes = await Promise.all(partner.regionPath.map((key) => loadView(ctx, key)));
    return nodes.filter((n): n is NodeInterface => n !== null);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Its partnerships, by partner key.' })
  async partnerships(
    @Root() partner: PartnerType,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const request = pageRequest(page, ctx.limits);
    const result = partner.partnerships
      ? paginate(partner.partnerships, (p) => ({ sort: p.partnerKey, key: p.partnerKey }), request)
      : await ctx.loaders
          .partnerships(
            { of: partner.of, ...(partner.coMembership ? { coMembership: true } : {}) },
            request,
          )
          .load(partner.actorKey);
    return toConnection(result, PartnershipType.from);
  }
}

@Resolver(() => PartnershipType)
export class PartnershipResolver {
  @FieldResolver(() => ActorType)
  partner(@Root() partnership: PartnershipType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, partnership.partnerKey);
  }

  @FieldResolver(() => PartnershipStrengthType)
  async strength(
    @Root() partnership: PartnershipType,
    @Ctx() ctx: ApiContext,
  ): Promise<PartnershipStrengthType> {
    const count = (kind: PartnershipKind) => partnership.via.filter((v) => v.kind === kind).length;
    const strength = Object.assign(new PartnershipStrengthType(), {
      projects: count('PROJECT'),
      agreements: count('AGREEMENT'),
      networks: count('NETWORK'),
      twinnings: count('TWINNING'),
      relations: count('RELATION'),
      coordinations: count('COORDINATION'),
      supports: count('SUPPORT'),
      coMemberships: count('CO_MEMBERSHIP'),
      total: partnership.via.length,
    });
    const since = await partnershipSince(loaderLookup(ctx), partnership.via);
    if (since !== undefined) strength.since = since;
    return strength;
  }
}

/** The request's loaders as the use cases' record lookup (batched, cached per request). */
function loaderLookup(ctx: ApiContext): RecordLookup {
  const settled = <T>(values: (T | null | Error)[]) =>
    values.map((v) => {
      if (v instanceof Error) throw v;
      return v;
    });
  return {
    relationships: async (keys) => settled(await ctx.loaders.relationship.loadMany(keys)),
    nodes: async (keys) => settled(await ctx.loaders.node.loadMany(keys)),
  };
}

@Resolver(() => PartnershipViaType)
export class PartnershipViaResolver {
  @FieldResolver(() => NodeInterfaceClass, {
    description:
      'The shared project, agreement or network; the partner for a twinning or relation.',
  })
  node(@Root() via: PartnershipViaType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, via.nodeKey);
  }

  @FieldResolver(() => [RelationshipView], {
    description: 'The relationships that carry it, with their sources.',
  })
  async relationships(
    @Root() via: PartnershipViaType,
    @Ctx() ctx: ApiContext,
  ): Promise<RelationshipView[]> {
    const edges = await ctx.loaders.relationship.loadMany(via.edgeKeys);
    return edges.flatMap((e) => (e && !(e instanceof Error) ? [toRelationshipView(e)] : []));
  }
}

@Resolver(() => TopicEvidenceType)
export class TopicEvidenceResolver {
  @FieldResolver(() => NodeInterfaceClass, {
    description: 'The project taking part, or the topic focused on.',
  })
  via(@Root() evidence: TopicEvidenceType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, evidence.nodeKey);
  }

  @FieldResolver(() => NodeInterfaceClass, { description: 'The theme or SDG reached.' })
  topic(@Root() evidence: TopicEvidenceType, @Ctx() ctx: ApiContext) {
    return loadView(ctx, evidence.topicKey);
  }
}
