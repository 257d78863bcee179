/**
 * Mutation inputs as GraphQL types. They only describe the fields: every check (formats, ranges,
 * keys that must exist, roles) is the Curator's (src/edit/), so GraphQL and imports share it.
 */
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import type { ActorKind } from '../../domain/node-types.js';
import type { ProvenanceBasis } from '../../domain/provenance.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import { ActorKindEnum, ProvenanceBasisEnum, RelationshipTypeEnum } from '../common/enums.js';

export enum IfExists {
  CONFLICT = 'CONFLICT',
  UPDATE = 'UPDATE',
}
registerEnumType(IfExists, {
  name: 'IfExists',
  description:
    'What a create does when the key exists: CONFLICT refuses (error code CONFLICT), UPDATE merges into it.',
});

@InputType({
  description:
    'Where the change comes from (required on every edit): a known Source key, or a URL (a Source is made for it), with the passage that states it (`quote`) and/or a `note`. A note alone is filed under the curators’ source, as an EDITORIAL decision. A READING gives its passages (`quote` and `readWith`) and a `note` saying how they combine.',
})
export class SourceInput {
  @Field(() => String, {
    nullable: true,
    description: 'Key of a Source node: `source:anci-profile`.',
  })
  source?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Title for a new URL source.' })
  title?: string;

  @Field(() => ProvenanceBasisEnum, {
    nullable: true,
    description:
      'How the fact follows from the source; STATED when omitted (EDITORIAL for a note alone).',
  })
  basis?: ProvenanceBasis;

  @Field(() => String, {
    nullable: true,
    description: 'The short verbatim passage that states the fact (for a READING, the first one).',
  })
  quote?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'For a READING: the further passages read together with `quote`.',
  })
  readWith?: string[];

  @Field(() => String, { nullable: true })
  note?: string;
}

/** Fields every editable node has. */
@InputType()
class NodeFieldsPatch {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases.' })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  description?: string;
}

@InputType()
class TopicLinks extends NodeFieldsPatch {
  @Field(() => [String], {
    nullable: true,
    description: 'Theme keys it works on (`theme:migration`); on update, replaces the list.',
  })
  themes?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'SDG goals or targets it aligns with (`11`, `11.3`); on update, replaces the list.',
  })
  sdgs?: string[];
}

@InputType({ description: 'Changes to an actor: only the fields given change.' })
export class ActorPatch extends TopicLinks {
  @Field(() => ActorKindEnum, { nullable: true })
  kind?: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Country key (`country:IT`); replaces the country.',
  })
  country?: string;

  @Field(() => String, { nullable: true })
  website?: string;

  @Field(() => Int, { nullable: true })
  founded?: number;

  @Field(() => String, { nullable: true, description: 'Wikidata item id (Q…).' })
  wikidataId?: string;

  @Field(() => Float, { nullable: true })
  lat?: number;

  @Field(() => Float, { nullable: true })
  lon?: number;
}

@InputType({ description: 'A new actor. The key defaults to the slug of the name.' })
export class ActorInput extends ActorPatch {
  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String)
  declare name: string;

  @Field(() => ActorKindEnum)
  declare kind: ActorKind;
}

@InputType({ description: 'Changes to an agreement: only the fields given change.' })
export class AgreementPatch extends TopicLinks {
  @Field(() => String, {
    nullable: true,
    description: 'FRAMEWORK_AGREEMENT, PROTOCOL, MEMORANDUM, DECLARATION or AGREEMENT.',
  })
  agreementType?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  dateSigned?: string;
}

@InputType({ description: 'A new agreement. The key defaults to `agreement:<slug of the name>`.' })
export class AgreementInput extends AgreementPatch {
  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String)
  declare name: string;
}

@InputType({ description: 'Changes to a project: only the fields given change.' })
export class ProjectPatch extends TopicLinks {
  @Field(() => String, { nullable: true, description: 'PROJECT or PROGRAMME.' })
  projectType?: string;

  @Field(() => Int, { nullable: true })
  startYear?: number;

  @Field(() => Int, { nullable: true })
  endYear?: number;

  @Field(() => String, {
    nullable: true,
    description: 'PLANNED, ONGOING, COMPLETED, CANCELLED or SUSPENDED.',
  })
  status?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Country and region keys it targets; on update, replaces the list.',
  })
  targets?: string[];
}

@InputType({ description: 'A new project. The key defaults to `project:<slug of the name>`.' })
export class ProjectInput extends ProjectPatch {
  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String)
  declare name: string;
}

@InputType({ description: 'Changes to a practice: only the fields given change.' })
export class PracticePatch extends NodeFieldsPatch {
  @Field(() => [String], {
    nullable: true,
    description: 'SDG goals or targets; replaces the list.',
  })
  sdgs?: string[];
}

@InputType({ description: 'A new practice. The key defaults to `practice:<slug of the name>`.' })
export class PracticeInput extends PracticePatch {
  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String)
  declare name: string;
}

@InputType({ description: 'Changes to an event: only the fields given change.' })
export class EventPatch extends NodeFieldsPatch {
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true })
  venue?: string;
}

@InputType({ description: 'A new event. The key defaults to `event:<slug of the name>`.' })
export class EventInput extends EventPatch {
  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String)
  declare name: string;
}

@InputType({
  description:
    'A relationship to add. Its endpoints must exist and be of the types the relationship joins; `role` only where the type has roles (PARTICIPATES_IN: LEAD, PARTNER, FUNDER, IMPLEMENTER, BENEFICIARY; PARTY_TO: SIGNATORY, PROMOTER, WITNESS; MEMBER_OF: MEMBER, LEADER, FOUNDER, COORDINATOR; HOLDS_OFFICE: a title).',
})
export class RelationshipInput {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true, description: 'Since when: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since?: string;

  @Field(() => String, { nullable: true, description: 'Until when: YYYY, YYYY-MM or YYYY-MM-DD.' })
  until?: string;
}
