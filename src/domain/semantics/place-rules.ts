/**
 * What places a node in a country or a region (docs/ARCHITECTURE.md, "Query semantics"). A node
 * is in a country when one of its rule's country paths reaches it; in a region when a country it
 * is in is IN_REGION of the region or a sub-region, or when one of its region paths reaches the
 * region or a sub-region. Regions nest along PART_OF, between regions only, at any depth.
 */
import type { NodeType } from '../node-types.js';
import { ANY_ACTOR, step, type Path, type Step } from './paths.js';

export interface PlaceRule {
  /** The node types the rule places. */
  of: readonly NodeType[];
  /** Paths from such a node to a country it is in (the last step reaches the country). */
  toCountry: readonly Path[];
  /** Paths from such a node straight to a region it is in, without a country. */
  toRegion: readonly Path[];
}

/** Where an actor is: located in a country, or in a municipality located in one. */
const LOCATED: readonly Path[] = [
  [step('LOCATED_IN', 'OUT', ['Country'])],
  [step('LOCATED_IN', 'OUT', ['Municipality']), step('LOCATED_IN', 'OUT', ['Country'])],
];

export const PLACE_RULES: readonly PlaceRule[] = [
  { of: ANY_ACTOR, toCountry: LOCATED, toRegion: [] },
  {
    of: ['Project'],
    toCountry: [[step('TARGETS', 'OUT', ['Country'])]],
    toRegion: [[step('TARGETS', 'OUT', ['Region'])]],
  },
  // An agreement is where its parties are.
  {
    of: ['Agreement'],
    toCountry: LOCATED.map((path) => [step('PARTY_TO', 'IN', ANY_ACTOR), ...path]),
    toRegion: [],
  },
  { of: ['Country'], toCountry: [], toRegion: [[step('IN_REGION', 'OUT', ['Region'])]] },
];

/** A country is in the regions it is IN_REGION of. */
export const COUNTRY_IN_REGION: Step = step('IN_REGION', 'OUT', ['Region']);

/** A region is part of the regions it is PART_OF (regions only). */
export const REGION_PARENT: Step = step('PART_OF', 'OUT', ['Region']);

/** The node types regions and countries are. */
export const REGION_TYPE: NodeType = 'Region';
export const COUNTRY_TYPE: NodeType = 'Country';

const byType = new Map<string, PlaceRule>(
  PLACE_RULES.flatMap((rule) => rule.of.map((type) => [type, rule] as const)),
);

/** The rule that places nodes of this type, if any. */
export function placeRuleOf(type: NodeType): PlaceRule | undefined {
  return byType.get(type);
}
