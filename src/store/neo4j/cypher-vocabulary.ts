/**
 * The domain's vocabulary and rules (src/domain/semantics/) as the values the statement files'
 * placeholders are filled with when the registry loads them: the relationship and node types for
 * the per-type statements, and each rule's paths as Cypher patterns. A `.cypher` file names no
 * relationship type itself (test/neo4j/cypher-statements.test.ts), so a change of the rules or
 * a new type needs no Cypher edit.
 *
 * A path becomes a pattern between two nodes the file writes itself:
 *   `pattern`   `-[:LOCATED_IN]->(:Municipality)-[:LOCATED_IN]->` (anonymous nodes on the way)
 *   `named`     the same with the nodes on the way named `via1`, `via2`, …
 *   `viaKeys`   `[via1.key, …]`, their keys, to build evidence paths
 *   `endLabel`  `:Country`, the label the last step must reach ('' when any)
 */
import { ACTOR_KINDS, NODE_TYPES, type NodeType } from '../../domain/node-types.js';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types.js';
import { SEARCH_ONLY_PROPERTIES } from './records.js';
import {
  DIRECT_RULES,
  HUB_RULES,
  COORDINATION,
  LARGE_NETWORK_MEMBERS,
  MEMBERSHIP,
} from '../../domain/semantics/partnership-rules.js';
import type { Path, Step } from '../../domain/semantics/paths.js';
import {
  COUNTRY_IN_REGION,
  COUNTRY_TYPE,
  PLACE_RULES,
  REGION_PARENT,
  REGION_TYPE,
} from '../../domain/semantics/place-rules.js';
import { DEFAULT_NODE_START_PROPS, NODE_START_PROPS } from '../../domain/semantics/time-rules.js';
import {
  SDG_BELOW,
  THEME_ALIGNMENT,
  TOPIC_RULES,
  TOPIC_TYPES,
} from '../../domain/semantics/topic-rules.js';

/** A label expression for node types: `Actor` for every actor kind, else `A|B`. */
export function labelOf(types: readonly NodeType[]): string {
  const set = new Set(types);
  if (ACTOR_KINDS.every((kind) => set.has(kind)) && set.size === ACTOR_KINDS.length) return 'Actor';
  return [...set].join('|');
}

function arrow(s: Step): [string, string] {
  if (s.direction === 'OUT') return ['-', `]->`];
  if (s.direction === 'IN') return ['<-', ']-'];
  return ['-', ']-'];
}

export interface PathPattern {
  pattern: string;
  named: string;
  viaKeys: string;
  endLabel: string;
  /** How many nodes lie on the way (between the start and the end). */
  via: number;
}

export function pathPattern(path: Path): PathPattern {
  let pattern = '';
  let named = '';
  const keys: string[] = [];
  path.forEach((s, i) => {
    const [open, close] = arrow(s);
    pattern += `${open}[:${s.type}${close}`;
    named += `${open}[:${s.type}${close}`;
    if (i < path.length - 1) {
      const label = s.to === undefined ? '' : `:${labelOf(s.to)}`;
      pattern += `(${label})`;
      named += `(via${i + 1}${label})`;
      keys.push(`via${i + 1}.key`);
    }
  });
  const last = path[path.length - 1];
  return {
    pattern,
    named,
    viaKeys: `[${keys.join(', ')}]`,
    endLabel: last?.to === undefined ? '' : `:${labelOf(last.to)}`,
    via: keys.length,
  };
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Rules that apply to the same node types, one CASE branch each in the statements. */
function byNodeTypes<T extends { of: readonly NodeType[] }>(rules: readonly T[]) {
  const groups = new Map<string, { label: string; types: string; rules: T[] }>();
  for (const rule of rules) {
    const label = labelOf(rule.of);
    const group = groups.get(label) ?? { label, types: quoted(rule.of), rules: [] };
    group.rules.push(rule);
    groups.set(label, group);
  }
  return [...groups.values()];
}

/** What the statement files' placeholders may name. */
export function cypherVocabulary() {
  const actorRule = PLACE_RULES.find((rule) => labelOf(rule.of) === 'Actor');
  const topicGroups = byNodeTypes(TOPIC_RULES).map((group) => ({
    label: group.label,
    types: group.types,
    rules: group.rules.map((rule) => ({
      kind: rule.kind,
      evidenceAt: rule.evidenceAt,
      ...pathPattern(rule.path),
    })),
  }));
  return {
    RELATIONSHIP_TYPES: RELATIONSHIP_TYPES.map((type) => ({ type, name: type.toLowerCase() })),
    /** A map projection of a node's record: its stored properties but the search-only ones. */
    NODE_RECORD: `{.*, ${SEARCH_ONLY_PROPERTIES.map((p) => `${p}: null`).join(', ')}}`,
    NODE_TYPES: NODE_TYPES.map((type) => ({ type })),
    /**
     * Partnerships through a hub: both actors have a `type` relationship to it. `large`: the kind
     * a hub with more than `largeAbove` such relationships gives instead (not a partnership).
     */
    HUB_RULES: HUB_RULES.map(({ kind, type, large }) => ({
      kind,
      type,
      ...(large ? { large, largeAbove: LARGE_NETWORK_MEMBERS } : {}),
    })),
    /** Partnerships by a direct relationship, stored either way. */
    DIRECT_RULES: DIRECT_RULES.map(({ kind, type }) => ({ kind, type })),
    /** What `memberOf` filters and counts by, and what groups signatories by coordinator. */
    MEMBERSHIP,
    COORDINATION,
    /**
     * Every partnership rule as a pattern from one actor to the other (a hub is `hub`), with
     * `partners`, the condition under which it makes partners (`true`, or: the hub is not
     * large), and `partnersOf`, the same when `$query.coMembership` lets large hubs count.
     */
    PARTNERSHIP_RULES: [
      ...HUB_RULES.map(({ kind, type, large }) => {
        const small = `COUNT { (hub)<-[:${type}]-() } <= ${LARGE_NETWORK_MEMBERS}`;
        return {
          kind,
          pattern: `-[:${type}]->(hub)<-[:${type}]-`,
          partners: large ? small : 'true',
          partnersOf: large ? `($query.coMembership OR ${small})` : 'true',
        };
      }),
      ...DIRECT_RULES.map(({ kind, type }) => ({
        kind,
        pattern: `-[:${type}]-`,
        partners: 'true',
        partnersOf: 'true',
      })),
    ],
    /** Per kind of node placed: its paths to a country and straight to a region. */
    PLACE_RULES: PLACE_RULES.map((rule) => ({
      label: labelOf(rule.of),
      types: quoted(rule.of),
      countryPaths: rule.toCountry.map(pathPattern),
      regionPaths: rule.toRegion.map(pathPattern),
    })),
    /** Every place rule's paths, each with the label of the nodes it places. */
    PLACE_PATHS: {
      country: PLACE_RULES.flatMap((rule) =>
        rule.toCountry.map((path) => ({ label: labelOf(rule.of), ...pathPattern(path) })),
      ),
      region: PLACE_RULES.flatMap((rule) =>
        rule.toRegion.map((path) => ({ label: labelOf(rule.of), ...pathPattern(path) })),
      ),
    },
    /** The actors' place rule (the partners' region filter and evidence). */
    ACTOR_PLACE: {
      countryPaths: (actorRule?.toCountry ?? []).map(pathPattern),
      regionPaths: (actorRule?.toRegion ?? []).map(pathPattern),
    },
    REGION: { label: REGION_TYPE, parent: REGION_PARENT.type },
    COUNTRY: { label: COUNTRY_TYPE, inRegion: COUNTRY_IN_REGION.type },
    TOPIC: {
      labels: labelOf(TOPIC_TYPES),
      theme: THEME_ALIGNMENT.from,
      aligns: THEME_ALIGNMENT.step.type,
      alignedLabel: labelOf(THEME_ALIGNMENT.step.to ?? []),
      sdg: SDG_BELOW.through,
      below: SDG_BELOW.step.type,
    },
    /** Per kind of node that works on topics: the paths that reach a topic, with the evidence. */
    TOPIC_RULES: topicGroups,
    /** Every topic rule, with the label and types of the nodes it applies to. */
    TOPIC_PATHS: TOPIC_RULES.map((rule) => ({
      label: labelOf(rule.of),
      types: quoted(rule.of),
      kind: rule.kind,
      ...pathPattern(rule.path),
    })),
    /** The actors' topic rules (the partners' topic filter and evidence). */
    ACTOR_TOPIC_RULES: topicGroups.find((group) => group.label === 'Actor')?.rules ?? [],
    /** When a node starts: the properties per type, then the default. */
    NODE_START: Object.entries(NODE_START_PROPS).map(([type, props]) => ({
      types: quoted([type]),
      props: [...props],
    })),
    DEFAULT_NODE_START: [...DEFAULT_NODE_START_PROPS],
  };
}

export type CypherVocabulary = ReturnType<typeof cypherVocabulary>;
