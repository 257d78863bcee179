/**
 * A deterministic synthetic city-diplomacy graph of any size, with the real graph's shape and
 * types (issue 7): real cities as municipalities, an association per country, a few hundred city
 * networks with heavy-tailed (Zipf) membership, projects of 2–15 participants in IATI roles that
 * target places and address themes/SDGs, agreements, twinnings, office holders. About ten
 * relationships per actor. Built with the seed loader's GraphBuilder, so it passes the same
 * checks as the seeds (endpoint types, sources), and every fact cites `source:diplomap-synthetic`
 * (or GeoNames for the cities themselves).
 */
import type { GraphData } from '../../domain/graph-records.js';
import { chooseLandmarks, type Landmarks } from './landmarks.js';
import {
  actorMix,
  addAssociations,
  addInstitutions,
  addMunicipalities,
  addNetworks,
} from './synthetic-actors.js';
import {
  addCooperation,
  addFocus,
  addMemberships,
  addPeople,
  addTwinnings,
} from './synthetic-ties.js';
import { addAgreements, addProjects } from './synthetic-work.js';
import { SyntheticWorld } from './synthetic-world.js';

export type { Landmarks };

export interface GenerateOptions {
  /** How many actors (municipalities, associations, networks, …, people). */
  actors: number;
  seed: number;
}

export interface GeneratedGraph {
  data: GraphData;
  landmarks: Landmarks;
}

/** Every step draws from one seeded Random, so the steps' order is part of the output. */
export function generateGraph(skeletonFrom: GraphData, options: GenerateOptions): GeneratedGraph {
  const { actors, seed } = options;
  if (!Number.isInteger(actors) || actors < 50) throw new Error('--actors must be an integer ≥ 50');
  const world = new SyntheticWorld(skeletonFrom, actors, seed);
  const mix = actorMix(actors);

  addMunicipalities(world, mix.municipalities);
  const associations = addAssociations(world, mix.associations);
  // Countries without an association leave their share to more networks.
  const networks = addNetworks(world, mix.networks + (mix.associations - associations.size));
  const { governments, funders } = addInstitutions(world, mix);

  addMemberships(world, associations, networks);
  addTwinnings(world);
  const institutional = [...associations.values(), ...governments];
  addFocus(world, institutional);
  const participations = addProjects(world, Math.round(actors * 0.4), funders);
  addAgreements(world, Math.round(actors * 0.2));
  addCooperation(world, institutional);
  addPeople(world, mix.people);

  const data = world.builder.build();
  return { data, landmarks: chooseLandmarks(data, world.municipalities, participations) };
}
