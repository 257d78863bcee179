/**
 * Builds the whole seed graph: reference data first (countries, SDGs, comuni), then the curated
 * files (which extend reference nodes), then the Wikidata-keyed files, which resolve their cities
 * against everything before them, and last the Covenant of Mayors' signatories, matched to the
 * municipalities all of those hold.
 */
import { join } from 'node:path';
import type { GraphData } from '../../domain/graph-records.js';
import { repoPath } from '../../runtime/repo-root.js';
import { addCurated, readCuratedFiles } from './curated.js';
import { loadCovenant } from './covenant/load.js';
import type { CovenantLoadReport } from './covenant/report.js';
import { CountryNames } from './country-names.js';
import { loadComuni } from './comuni.js';
import { loadCountries, readCountryRows } from './countries.js';
import { GraphBuilder } from './graph-builder.js';
import { loadEurocities, loadGpmDeclaration } from './networks.js';
import { readPlaces } from './places.js';
import { addReferenceSources } from './reference-sources.js';
import { expandCuratedRegions } from './regions.js';
import { loadSdgs } from './sdgs.js';
import { loadTwinnings } from './twinnings.js';
import { WikidataCities } from './wikidata-cities.js';

/** The repository's seeds/ folder. */
export function defaultSeedsDir(): string {
  return repoPath('seeds');
}

export async function loadSeeds(seedsDir: string = defaultSeedsDir()): Promise<GraphData> {
  return (await loadSeedsWithReport(seedsDir)).graph;
}

/** What the seed step reports besides the graph: how the Covenant's signatories were matched. */
export interface SeedReport {
  covenant: CovenantLoadReport;
}

export async function loadSeedsWithReport(
  seedsDir: string = defaultSeedsDir(),
): Promise<{ graph: GraphData; report: SeedReport }> {
  const referenceDir = join(seedsDir, 'reference');
  const builder = new GraphBuilder();
  const [places, countryRows, curatedFiles] = await Promise.all([
    readPlaces(referenceDir),
    readCountryRows(referenceDir),
    readCuratedFiles(join(seedsDir, 'curated')),
  ]);
  addReferenceSources(builder);
  await loadCountries(builder, referenceDir);
  await loadSdgs(builder, referenceDir);
  await loadComuni(builder, referenceDir, places);
  addCurated(builder, curatedFiles);
  expandCuratedRegions(builder);

  const curatedNodes = curatedFiles.flatMap(({ data }) =>
    (data.nodes ?? []).map((n) => builder.get(n.key)).filter((n) => n !== undefined),
  );
  const cities = new WikidataCities(builder, places, curatedNodes);
  await loadEurocities(builder, referenceDir, cities);
  await loadGpmDeclaration(builder, referenceDir, cities, new CountryNames(countryRows));
  await loadTwinnings(builder, referenceDir, cities);
  // Last: its signatories are matched against every municipality loaded before.
  const covenant = await loadCovenant(builder, referenceDir);
  return { graph: builder.build(), report: { covenant } };
}
