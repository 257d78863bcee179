/**
 * A small, self-contained graph for the Neo4j adapter tests: nested regions (with two parents, a
 * cycle and a non-region child), countries in several regions, actors located directly and
 * through a municipality, projects targeting countries and regions, agreements, networks,
 * twinnings (one stored both ways, one self-loop), themes aligned with SDG goals and targets,
 * parallel relationships, props of every kind and names outside the BMP. Everything the memory
 * store's semantics branch on has a case here.
 */
import type { GraphData } from '../../src/domain/graph-records.js';
import { addActors } from './fixture/actors.js';
import { fixtureBuilder } from './fixture/fixture-builder.js';
import { addPlaces } from './fixture/places.js';
import { addThemesAndProjects } from './fixture/themes-and-projects.js';
import { addTies } from './fixture/ties.js';

const graph = fixtureBuilder();
addPlaces(graph);
addActors(graph);
addThemesAndProjects(graph);
addTies(graph);
const { nodes, edges } = graph;

/** A fresh copy each time, so no store can share objects with another. */
export function fixtureGraph(): GraphData {
  return structuredClone({ nodes, edges });
}
