/**
 * Topics, by the rules of topic-rules.ts, walked over a GraphReader for the evaluator
 * (evaluator.ts): what a theme or SDG stands for, and what a node's topic rules reach.
 */
import { compareKeyLists } from '../key-lists.js';
import type { NodeType } from '../node-types.js';
import type { TopicEvidence } from '../queries.js';
import type { GraphReader, Link } from './evaluator.js';
import { endOf, type Path, type Step, type Walk } from './paths.js';
import { SDG_BELOW, THEME_ALIGNMENT, TOPIC_TYPES, topicRulesOf } from './topic-rules.js';

/** The evaluator's steps these walks take. */
export interface Walker {
  links(key: string, step: Step): Link[];
  walk(key: string, path: Path): Walk[];
}

export class TopicWalks {
  constructor(
    private readonly graph: GraphReader,
    private readonly walker: Walker,
  ) {}

  private rulesOf(key: string) {
    return topicRulesOf(this.graph.node(key)?.type ?? ('' as NodeType));
  }

  /**
   * The topics that count for a theme or SDG: itself, the SDGs a theme aligns with, and what is
   * below an SDG among those. Empty when the key is neither.
   */
  topicsOf(topic: string): Set<string> {
    const type = this.graph.node(topic)?.type;
    const topics = new Set<string>();
    if (type === undefined || !TOPIC_TYPES.includes(type)) return topics;
    const stack = [topic];
    if (type === THEME_ALIGNMENT.from)
      for (const l of this.walker.links(topic, THEME_ALIGNMENT.step)) stack.push(l.other);
    let t: string | undefined;
    while ((t = stack.pop()) !== undefined) {
      if (topics.has(t)) continue;
      topics.add(t);
      if (this.graph.node(t)?.type === SDG_BELOW.through)
        for (const l of this.walker.links(t, SDG_BELOW.step)) stack.push(l.other);
    }
    return topics;
  }

  /**
   * Everything a node's topic rules reach, whatever it is: per rule walk, the evidence kind, the
   * node the evidence names and the node reached, by kind, node key, topic key, each once. What
   * it works on or addresses is the part of this in a topic's set (Semantics.topicEvidence).
   */
  topicReach(key: string): TopicEvidence[] {
    const evidence = new Map<string, TopicEvidence>();
    for (const rule of this.rulesOf(key)) {
      for (const w of this.walker.walk(key, rule.path)) {
        const topicKey = endOf(w);
        // evidenceAt is a position along the rule's path, and the walk has a node at each.
        const found = { kind: rule.kind, nodeKey: w.nodes[rule.evidenceAt]!, topicKey };
        evidence.set(`${found.kind}\u0000${found.nodeKey}\u0000${topicKey}`, found);
      }
    }
    return [...evidence.values()].sort((a, b) =>
      compareKeyLists([a.kind, a.nodeKey, a.topicKey], [b.kind, b.nodeKey, b.topicKey]),
    );
  }

  /** Whether a topic rule of the node reaches one of `topics`, stopping at the first. */
  worksOn(key: string, topics: Set<string>): boolean {
    return this.rulesOf(key).some((rule) => this.reachesAny(key, rule.path, topics));
  }

  private reachesAny(key: string, path: Path, targets: Set<string>): boolean {
    const [first, ...rest] = path;
    if (first === undefined) return targets.has(key);
    return this.walker.links(key, first).some((l) => this.reachesAny(l.other, rest, targets));
  }
}
