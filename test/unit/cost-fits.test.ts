/**
 * What the project itself asks fits under the default MAX_QUERY_COST: every playground example
 * and explorer operation on the seeded graph, and every benchmark question at the benchmark's
 * scales — so the limit refuses abuse, not the product. (The explorer does not ask for the
 * whole network's brokers: that one is refused, and it says so.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { questions } from '../../bench/questions.js';
import { buildDiplomapSchema } from '../../src/graphql/build-schema.js';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { graphSizeOf, type GraphSize } from '../../src/graphql/cost/graph-size.js';
import { measureCost } from '../../src/graphql/cost/measure-cost.js';
import type { GraphData } from '../../src/domain/graph-records.js';
import { generateGraph } from '../../src/ingest/generate/generate-graph.js';
import { seededGraph, seededMemoryStore } from '../support/seeded-stores.js';
import { repoRoot } from '../../src/runtime/repo-root.js';

const root = repoRoot();
const operationsOf = (document: DocumentNode) =>
  document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name!.value);

function sizeOf(data: GraphData): GraphSize {
  const nodesByType: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  for (const n of data.nodes) nodesByType[n.type] = (nodesByType[n.type] ?? 0) + 1;
  for (const e of data.edges) relationshipsByType[e.type] = (relationshipsByType[e.type] ?? 0) + 1;
  return graphSizeOf({ nodesByType, relationshipsByType });
}

function scaled(size: GraphSize, times: number): GraphSize {
  const each = (counts: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n * times]));
  return graphSizeOf({
    nodesByType: each(size.nodesByType),
    relationshipsByType: each(size.relationshipsByType),
  });
}

describe('the default cost limit and what the project asks', () => {
  let cost: (
    document: DocumentNode,
    name: string | undefined,
    variables: object,
    size?: GraphSize,
  ) => number;
  let seeded: GraphSize;
  beforeAll(async () => {
    const schema = await buildDiplomapSchema();
    seeded = graphSizeOf(await (await seededMemoryStore()).counts());
    cost = (document, name, variables, size = seeded) =>
      measureCost(schema, document, name, variables as Record<string, unknown>, {
        limits: DEFAULT_LIMITS,
        size,
      });
  });

  it('the store’s counts and the seeds agree on the size', async () => {
    expect(sizeOf(await seededGraph())).toEqual(seeded);
  });

  it('every playground example fits', () => {
    const examples = parse(readFileSync(resolve(root, 'schema/examples.graphql'), 'utf8'));
    for (const name of operationsOf(examples))
      expect(cost(examples, name, {}), name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('every explorer operation fits, with and without filters', () => {
    const dir = resolve(root, 'src/explorer/operations');
    const text = readdirSync(dir)
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n');
    const document = parse(text);
    const base = {
      id: 'anci',
      of: 'anci',
      text: 'florence',
      from: 'anci',
      to: 'acri',
      network: 'covenant-of-mayors',
    };
    const narrowed = {
      ...base,
      inRegion: 'region:mediterranean',
      workingOn: 'theme:migration',
      asOf: '2010',
    };
    for (const name of operationsOf(document)) {
      const selection = name === 'ExplorerSelection' ? { first: 100, partnerships: 15 } : {};
      expect(cost(document, name, { ...narrowed, ...selection }), name).toBeLessThanOrEqual(
        DEFAULT_LIMITS.maxCost,
      );
      const whole = cost(document, name, {
        ...base,
        ...selection,
        of: name === 'ExplorerSelection' ? undefined : 'anci',
      });
      if (name === 'ExplorerBrokers') expect(whole).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
      else expect(whole, name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    }
    // Since the Covenant of Mayors' 12,000 signatories, one filter leaves too large a network to
    // price under the limit (the explorer then asks to narrow it); region and theme together fit.
    expect(
      cost(document, 'ExplorerBrokers', { inRegion: 'region:mediterranean', asOf: '2010' }),
    ).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(
      cost(document, 'ExplorerBrokers', {
        inRegion: 'region:balkans',
        workingOn: 'theme:climate',
      }),
    ).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it.each([10_000, 100_000])('every benchmark question fits at %i actors', async (actors) => {
    const { data, landmarks } = generateGraph(await seededGraph(), { actors, seed: 1 });
    const size = sizeOf(data);
    for (const question of questions(landmarks)) {
      const { query, variables } = question.diplomap;
      expect(cost(parse(query), undefined, variables, size), question.name).toBeLessThanOrEqual(
        DEFAULT_LIMITS.maxCost,
      );
    }
  });

  it('at 1M actors the headline, the actor page and the neighbourhood fit; path and aggregate do not', async () => {
    // Priced as ten times the 100,000-actor graph (the generator is linear in actors; a million
    // here would take minutes and gigabytes). The path and aggregate prices grow with the graph
    // (docs/running-in-public.md): a deployment of that size raises MAX_QUERY_COST.
    const { data, landmarks } = generateGraph(await seededGraph(), { actors: 100_000, seed: 1 });
    const size = scaled(sizeOf(data), 10);
    const fits = Object.fromEntries(
      questions(landmarks).map((question) => {
        const { query, variables } = question.diplomap;
        return [
          question.name,
          cost(parse(query), undefined, variables, size) <= DEFAULT_LIMITS.maxCost,
        ];
      }),
    );
    expect(fits).toEqual({
      partners: true,
      actorPage: true,
      path: false,
      neighbourhood: true,
      aggregate: false,
    });
  });
});
