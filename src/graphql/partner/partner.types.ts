/** The headline answer: a partner, and why it qualifies. */
import { Field, Int, ObjectType } from 'type-graphql';
import type {
  PartnerHit,
  Partnership,
  PartnershipVia,
  TopicEvidence,
} from '../../domain/queries.js';
import { connectionOf } from '../common/connection.js';
import { PartnershipKindEnum, TopicEvidenceKindEnum } from '../common/enums.js';
import type { PartnershipKind } from '../../domain/semantics/partnership-rules.js';
import type { TopicEvidenceKind } from '../../domain/semantics/topic-rules.js';

@ObjectType('PartnershipVia', { description: 'One reason two actors are partners.' })
export class PartnershipViaType {
  @Field(() => PartnershipKindEnum)
  kind!: PartnershipKind;

  /** The shared project/agreement/network, or the partner itself for a twinning or relation. */
  nodeKey!: string;
  edgeKeys!: string[];

  static from(this: void, via: PartnershipVia): PartnershipViaType {
    return Object.assign(new PartnershipViaType(), {
      kind: via.kind,
      nodeKey: via.nodeKey,
      edgeKeys: via.edgeKeys,
    });
  }
}

@ObjectType('Partnership', { description: 'A partner and everything that makes it one.' })
export class PartnershipType {
  partnerKey!: string;

  @Field(() => [PartnershipViaType], {
    description:
      'Shared projects, agreements, networks, twinnings, relations — by kind, then node key.',
  })
  via!: PartnershipViaType[];

  static from(this: void, p: Partnership): PartnershipType {
    return Object.assign(new PartnershipType(), {
      partnerKey: p.partnerKey,
      via: p.via.map(PartnershipViaType.from),
    });
  }
}

@ObjectType('TopicEvidence', { description: 'Why an actor works on the asked theme or SDG.' })
export class TopicEvidenceType {
  @Field(() => TopicEvidenceKindEnum)
  kind!: TopicEvidenceKind;

  nodeKey!: string;
  topicKey!: string;

  static from(this: void, e: TopicEvidence): TopicEvidenceType {
    return Object.assign(new TopicEvidenceType(), {
      kind: e.kind,
      nodeKey: e.nodeKey,
      topicKey: e.topicKey,
    });
  }
}

@ObjectType('PartnershipStrength', {
  description:
    'How strongly two actors are tied: how many of each kind of link they share, and since when.',
})
export class PartnershipStrengthType {
  @Field(() => Int)
  projects!: number;

  @Field(() => Int)
  agreements!: number;

  @Field(() => Int)
  networks!: number;

  @Field(() => Int)
  twinnings!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int, { description: 'Commitments one coordinates of the other’s (COORDINATES).' })
  coordinations!: number;

  @Field(() => Int, { description: 'Commitments one supports of the other’s (SUPPORTS).' })
  supports!: number;

  @Field(() => Int, {
    description: 'Large networks both are members of (only when co-membership was asked for).',
  })
  coMemberships!: number;

  @Field(() => Int, { description: 'All shared links.' })
  total!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The earliest year a shared link is known to start (an agreement signed, both members of a network, a project begun, a twinning), when the sources date any.',
  })
  since?: number;
}

export const PartnershipConnection = connectionOf(PartnershipType, 'Partnership');

@ObjectType('Partner', {
  description: 'An actor that matches the question, with the evidence for each condition.',
})
export class PartnerType {
  actorKey!: string;
  regionPath!: string[] | null;

  @Field(() => [TopicEvidenceType], {
    description: 'Why it works on `workingOn` (empty when not asked).',
  })
  workingOn!: TopicEvidenceType[];

  @Field(() => Int, { description: 'How many partners it has (with `of`: 1).' })
  partnerCount!: number;

  /** The question's `of`: its partnerships are only those with `of`. */
  of?: string;
  /** The question asked for co-memberships of large networks too (with `of`). */
  coMembership?: boolean;
  /** Every partnership, when the answer already has them (as of a date); else read a page at a time. */
  partnerships?: Partnership[];

  static from(
    hit: PartnerHit & { partnerships?: Partnership[] },
    of?: string,
    coMembership?: boolean,
  ): PartnerType {
    return Object.assign(new PartnerType(), {
      actorKey: hit.actorKey,
      regionPath: hit.regionEvidence?.path ?? null,
      workingOn: hit.topicEvidence.map(TopicEvidenceType.from),
      partnerCount: hit.partnerCount,
      of,
      coMembership,
      partnerships: hit.partnerships,
    });
  }
}

export const PartnerConnection = connectionOf(PartnerType, 'Partner');
