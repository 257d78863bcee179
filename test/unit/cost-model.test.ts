/**
 * The cost model prices what a query makes the server do: scans by the size of what they scan,
 * network analyses by the network their filters keep (betweenness far above degree), paths by
 * hops, neighbourhoods by depth × limit, lists by their page, multiplied through nesting and
 * added over aliases. Every list in the schema has a bound the model chose on purpose.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { listBound } from '../../src/graphql/cost/cost-model.js';
import { graphSizeOf, type GraphSize } from '../../src/graphql/cost/graph-size.js';
import { measureCost } from '../../src/graphql/cost/measure-cost.js';

const SIZE = graphSizeOf({
  nodesByType: { Municipality: 9_000, Network: 100, Project: 500, Agreement: 300, Country: 250 },
  relationshipsByType: {
    LOCATED_IN: 9_000,
    MEMBER_OF: 6_000,
    TWINNED_WITH: 4_000,
    PARTY_TO: 1_000,
  },
});

describe('the cost model', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildDiplomapSchema();
  });
  const cost = (query: string, size: GraphSize = SIZE, variables: Record<string, unknown> = {}) =>
    measureCost(schema, parse(query), undefined, variables, { limits: DEFAULT_LIMITS, size });

  it('has a bound for every list that takes no `first`', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query') continue;
      for (const field of Object.values(type.getFields())) {
        const list = isListType(getNullableType(field.type));
        if (!list || !isCompositeType(getNamedType(field.type))) continue;
        if (field.args.some((a) => a.name === 'first')) continue;
        if (listBound(type.name, field) === undefined) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('prices centrality and communities by the network their filters keep', () => {
    const whole = cost('{ communities { count } }');
    const region = cost('{ communities(inRegion: "region:x") { count } }');
    const both = cost('{ communities(inRegion: "region:x", workingOn: "theme:y") { count } }');
    expect(whole).toBeGreaterThan(region);
    expect(region).toBeGreaterThan(both);
    expect(cost('{ communities(asOf: "2010", inRegion: "region:x") { count } }')).toBeGreaterThan(
      region,
    );
    const degree = cost('{ centrality(measure: DEGREE, inRegion: "region:x") { score } }');
    const betweenness = cost(
      '{ centrality(measure: BETWEENNESS, inRegion: "region:x") { score } }',
    );
    const closeness = cost('{ centrality(measure: CLOSENESS, inRegion: "region:x") { score } }');
    expect(betweenness).toBeGreaterThan(2 * degree);
    expect(closeness).toBe(betweenness);
  });

  it('grows with the graph: the same scan costs more on a larger store', () => {
    const larger = graphSizeOf({
      nodesByType: { Municipality: 90_000 },
      relationshipsByType: { MEMBER_OF: 200_000 },
    });
    for (const query of [
      '{ partners { totalCount } }',
      '{ communities { count } }',
      '{ actors { totalCount } }',
    ])
      expect(cost(query, larger), query).toBeGreaterThan(cost(query));
  });

  it('prices partners from the index by the set a filter names, and asOf by the rules walked', () => {
    const partners = (args: string) => cost(`{ partners(first: 1${args}) { totalCount } }`);
    const index = partners('');
    // Either filter, or both: the index starts from the smaller set and checks the other on it.
    expect(partners(', inRegion: "r"')).toBeLessThan(index / 3);
    expect(partners(', inRegion: "r"')).toBeGreaterThan(index / 5);
    expect(partners(', inRegion: "r", workingOn: "t"')).toBe(partners(', inRegion: "r"'));
    // asOf walks the rules for every actor, at several times the price of the index.
    expect(partners(', asOf: "2010"')).toBeGreaterThan(4 * index);
  });

  it('prices fan-out: partners of one actor, hops, neighbourhood depth and limit', () => {
    expect(cost('{ partners(of: "a") { totalCount } }')).toBeLessThan(
      cost('{ partners { totalCount } }') / 20,
    );
    const path = (args: string) =>
      cost(`{ connection(from: "a", to: "b", ${args}) { paths { description } } }`);
    expect(path('maxHops: 4')).toBeGreaterThan(path('maxHops: 2'));
    expect(path('maxHops: 4, first: 10')).toBeGreaterThan(path('maxHops: 4, first: 1'));
    expect(path('maxHops: 4, via: [TWINNED_WITH]')).toBeLessThan(path('maxHops: 4'));
    const hood = (args: string) =>
      cost(`{ neighbourhood(of: ["a"], ${args}) { nodes { node { id } } } }`);
    expect(hood('depth: 2, limit: 100')).toBeGreaterThan(hood('depth: 1, limit: 100'));
    expect(hood('depth: 2, limit: 400')).toBeGreaterThan(hood('depth: 2, limit: 100'));
  });

  it('multiplies through nested pages, adds over aliases, prices fragments as written out', () => {
    const inner = cost('{ actor(id: "a") { twins(first: 10) { edges { node { id } } } } }');
    const outer = cost(
      '{ actor(id: "a") { memberships(first: 10) { edges { node { members(first: 10) { edges { node { id } } } } } } } }',
    );
    expect(outer).toBeGreaterThan(9 * inner);
    const one = cost('{ a: communities(inRegion: "region:x") { count } }');
    expect(
      cost(
        '{ a: communities(inRegion: "region:x") { count } b: communities(inRegion: "region:x") { count } }',
      ),
    ).toBe(2 * one);
    expect(
      cost('{ ...F } fragment F on Query { a: communities(inRegion: "region:x") { count } }'),
    ).toBe(one);
    expect(cost('{ actors(first: 50) { totalCount } }')).toBe(
      cost('query($n: Int) { actors(first: $n) { totalCount } }', SIZE, { n: 50 }),
    );
  });

  it('prices introspection flat, whatever it asks', () => {
    expect(cost('{ __schema { types { name fields { name args { name } } } } }')).toBe(1_000);
  });
});
