/** The kinds of node in the Diplomap graph, and which of them are actors. */

export const ACTOR_KINDS = [
  'Municipality',
  'Association',
  'Government',
  'InternationalOrganization',
  'CivilSociety',
  'Foundation',
  'Network',
  'Person',
  // An organisation whose kind the source does not state (or states as one the graph has no
  // kind for: private sector, academia, "other"): kept unknown rather than guessed.
  'Organization',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const OTHER_NODE_TYPES = [
  'Agreement',
  'Project',
  'Country',
  'Region',
  'AdminArea',
  'Sdg',
  'Theme',
  'Practice',
  'Event',
  'Framework',
  'Source',
  // Money (IATI): what was committed, paid or spent, what was budgeted, what is planned to be paid.
  'Transaction',
  'Budget',
  'PlannedDisbursement',
  // A place an activity names (a point or an administrative area), drawn on the map.
  'Location',
] as const;

/** The node types that carry an amount of money. */
export const MONEY_NODE_TYPES = ['Transaction', 'Budget', 'PlannedDisbursement'] as const;

export const NODE_TYPES = [...ACTOR_KINDS, ...OTHER_NODE_TYPES] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const actorKindSet: ReadonlySet<string> = new Set(ACTOR_KINDS);
const nodeTypeSet: ReadonlySet<string> = new Set(NODE_TYPES);

export function isActorKind(type: string): type is ActorKind {
  return actorKindSet.has(type);
}

export function isNodeType(type: string): type is NodeType {
  return nodeTypeSet.has(type);
}

/** Neo4j labels of a node: every actor also carries `Actor`; every node carries `Entity`. */
export function labelsOf(type: NodeType): string[] {
  return isActorKind(type) ? ['Entity', 'Actor', type] : ['Entity', type];
}
