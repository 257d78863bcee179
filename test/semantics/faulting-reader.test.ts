/**
 * A FaultingReader (src/domain/semantics/faulting-reader.ts) settled pass by pass gives the
 * answers the whole graph gives: on random graphs, every actor's index entry and what it read,
 * and the actors a random edit affects, equal those computed on the graph itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/domain/graph-records.js';
import { isActorKind } from '../../src/domain/node-types.js';
import {
  FaultingReader,
  settle,
  settleEach,
  type Loaded,
  type Misses,
} from '../../src/domain/semantics/faulting-reader.js';
import { affectedActors, computeEntries } from '../../src/domain/semantics/index-upkeep.js';
import { MutableGraph } from './mutable-graph.js';
import { randomGraph } from './random-graph.js';
import { applyEdit, randomEdit } from './random-edits.js';

const RUNS = Number(process.env.FC_RUNS ?? 100);
const isActor = (n: GraphNode) => isActorKind(n.type);

/** A load answered from the graph, as a store's statement would. */
function loaderOf(graph: MutableGraph) {
  return async (misses: Misses): Promise<Loaded> => {
    return {
      nodes: misses.nodes.map((key) => ({ key, node: graph.node(key) ?? null })),
      links: misses.links.map(({ key, type, direction }) => ({
        key,
        type,
        direction,
        edges: (direction === 'OUT' ? graph.out(key, type) : graph.in(key, type)).map(
          (l) => l.edge,
        ),
      })),
      counts: misses.counts.map(({ key, type }) => ({
        key,
        type,
        count: graph.in(key, type).length,
      })),
    };
  };
}

describe('a FaultingReader settled pass by pass', () => {
  it('gives the entries and the affected actors the whole graph gives', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, randomEdit, async (data, edit) => {
        const graph = new MutableGraph(data);
        const actors = graph.actors(isActor);
        const reader = new FaultingReader();
        const load = loaderOf(graph);
        const entries = await settle(reader, () => computeEntries(reader, actors), load);
        expect(entries).toEqual(computeEntries(graph, actors));

        const { touched } = applyEdit(graph, edit);
        const notes = { readersOf: () => [], sizeNote: () => undefined };
        const after = new FaultingReader();
        const affected = await settle(
          after,
          () => affectedActors(touched, notes, after),
          loaderOf(graph),
        );
        expect(affected).toEqual(affectedActors(touched, notes, graph));
      }),
      { numRuns: RUNS },
    );
  });

  it('settles key by key to the same entries, a key computed again only after it missed', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, fc.integer({ min: 1, max: 4 }), async (data, batches) => {
        const graph = new MutableGraph(data);
        const actors = graph.actors(isActor);
        // One reader for every batch, as a rebuild keeps it: what one batch loaded serves the next.
        const reader = new FaultingReader();
        const size = Math.ceil(actors.length / batches);
        for (let i = 0; i < actors.length; i += size) {
          const batch = [...actors.slice(i, i + size), ...actors.slice(i, i + 1)];
          // For each key, whether each of its computations missed something.
          const missedEach = new Map<string, boolean[]>();
          const entries = await settleEach(
            reader,
            batch,
            (key) => {
              const before = reader.missed;
              const entry = computeEntries(reader, [key]).get(key);
              missedEach.set(key, [...(missedEach.get(key) ?? []), reader.missed !== before]);
              return entry;
            },
            loaderOf(graph),
          );
          expect([...entries.keys()]).toEqual([...new Set(batch)]);
          expect(entries).toEqual(computeEntries(graph, new Set(batch)));
          for (const key of new Set(batch)) {
            const missed = missedEach.get(key)!;
            expect(missed.at(-1)).toBe(false);
            expect(missed.slice(0, -1).every(Boolean)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('stops after too many passes instead of looping', async () => {
    const reader = new FaultingReader();
    const never = async (): Promise<Loaded> => ({ nodes: [], links: [], counts: [] });
    await expect(settle(reader, () => reader.node('x'), never, 3)).rejects.toThrow(/3 passes/);
  });
});
