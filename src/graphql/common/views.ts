/** Turns store records into the objects resolvers return, one GraphQL class per node type. */
import type { GraphEdge, GraphNode } from '../../domain/graph-records.js';
import { isActorKind, type NodeType } from '../../domain/node-types.js';
import { isStated } from '../../domain/provenance.js';
import { relationshipStartValue } from '../../domain/semantics/time-rules.js';
import { ActorType } from './nodes/actor.type.js';
import { AgreementType } from './nodes/agreement.type.js';
import { EventType, FrameworkType, PracticeType, SourceType } from './nodes/misc.types.js';
import { AdminAreaType, CountryType, RegionType } from './nodes/place.types.js';
import {
  BudgetType,
  LocationType,
  PlannedDisbursementType,
  TransactionType,
} from './nodes/money-nodes.types.js';
import { ProjectType } from './nodes/project.type.js';
import { SdgType, ThemeType } from './nodes/topic.types.js';
import type { Direction } from './enums.js';
import { nodeView, type NodeInterface } from './node.interface.js';
import { RelationshipView } from './provenance.type.js';
import type { ApiContext } from '../context.js';

const CLASSES: Record<
  Exclude<
    NodeType,
    | 'Municipality'
    | 'Association'
    | 'Government'
    | 'InternationalOrganization'
    | 'CivilSociety'
    | 'Foundation'
    | 'Network'
    | 'Person'
    | 'Organization'
  >,
  abstract new () => NodeInterface
> = {
  Agreement: AgreementType,
  Project: ProjectType,
  Country: CountryType,
  Region: RegionType,
  AdminArea: AdminAreaType,
  Sdg: SdgType,
  Theme: ThemeType,
  Practice: PracticeType,
  Event: EventType,
  Framework: FrameworkType,
  Source: SourceType,
  Transaction: TransactionType,
  Budget: BudgetType,
  PlannedDisbursement: PlannedDisbursementType,
  Location: LocationType,
};

export function toView(node: GraphNode): NodeInterface {
  const cls = isActorKind(node.type) ? ActorType : CLASSES[node.type];
  return nodeView(cls, node);
}

export function toRelationshipView(edge: GraphEdge, direction?: Direction): RelationshipView {
  const view = new RelationshipView();
  view.key = edge.key;
  view.type = edge.type;
  view.fromKey = edge.from;
  view.toKey = edge.to;
  if (direction) view.direction = direction;
  const role = edge.props.role;
  if (typeof role === 'string') view.role = role;
  // The relationship's own start, as the time rules date it (`since`, `from`, `year`, `date`).
  const since = relationshipStartValue(edge);
  if (since !== undefined && !Array.isArray(since)) view.since = String(since);
  view.properties = edge.props;
  view.stated = isStated(edge.sources);
  view.provenance = edge.sources;
  return view;
}

/** The view of the node with this key, through the request's loader; null when there is none. */
export async function loadView(ctx: ApiContext, key: string): Promise<NodeInterface | null> {
  const node = await ctx.loaders.node.load(key);
  return node ? toView(node) : null;
}
