/**
 * What makes a node work on (actors) or address (projects, agreements) a theme or SDG
 * (docs/ARCHITECTURE.md, "Query semantics"), and what a topic stands for: a theme with the SDGs
 * it aligns with, an SDG with everything below it at any depth. The direction matters: asking for
 * a theme reaches its SDGs, asking for an SDG does not reach the themes aligned with it.
 */
import type { NodeType } from '../node-types.js';
import { ANY_ACTOR, step, type Path, type Step } from './paths.js';

export const TOPIC_EVIDENCE_KINDS = ['FOCUS', 'PROJECT'] as const;
export type TopicEvidenceKind = (typeof TOPIC_EVIDENCE_KINDS)[number];

/** The node types a topic filter names. */
export const TOPIC_TYPES: readonly NodeType[] = ['Theme', 'Sdg'];

export interface TopicRule {
  of: readonly NodeType[];
  kind: TopicEvidenceKind;
  /** From the node to a topic it works on or addresses (the last step reaches the topic). */
  path: Path;
  /** The node the evidence names: 0 the node itself, 1 the first step's node, and so on. */
  evidenceAt: number;
}

export const TOPIC_RULES: readonly TopicRule[] = [
  // An actor focuses on the topic.
  { of: ANY_ACTOR, kind: 'FOCUS', path: [step('FOCUSES_ON', 'OUT')], evidenceAt: 1 },
  // An actor takes part in a project that addresses it (the evidence names the project).
  {
    of: ANY_ACTOR,
    kind: 'PROJECT',
    path: [step('PARTICIPATES_IN', 'OUT'), step('ADDRESSES', 'OUT')],
    evidenceAt: 1,
  },
  // A project or agreement addresses it.
  {
    of: ['Project', 'Agreement'],
    kind: 'PROJECT',
    path: [step('ADDRESSES', 'OUT')],
    evidenceAt: 0,
  },
];

/** A theme stands also for the SDGs it aligns with. */
export const THEME_ALIGNMENT: { from: NodeType; step: Step } = {
  from: 'Theme',
  step: step('ALIGNS_WITH', 'OUT', ['Sdg']),
};

/** An SDG stands also for what is PART_OF it (targets, indicators), below SDGs only. */
export const SDG_BELOW: { through: NodeType; step: Step } = {
  through: 'Sdg',
  step: step('PART_OF', 'IN'),
};

export function topicRulesOf(type: NodeType): TopicRule[] {
  return TOPIC_RULES.filter((rule) => rule.of.includes(type));
}
