/**
 * Reads a slice of Wikidata's JSON (a dump's array of entities, `Special:EntityData`'s
 * `{"entities": …}` or one entity) into an import batch: twinnings (P190), memberships (P463),
 * the country (P17) and coordinates (P625). Entities and the items they point to are matched to
 * the graph by `wikidataId` (the index the caller reads from the store); each fact cites Wikidata
 * with the statement id as its quote. An entity the graph lacks is added as a municipality
 * `wd:<Qid>` only when it is a twinned administrative body (it has P190, or a P190 in the file
 * points at it); anything else that cannot be matched is refused with its line and the reason.
 */
import type { ImportBatch } from '../import/import-batch.js';
import { LineIndex } from '../import/line-index.js';
import { entitiesOf, itemOf, statements, type Entity } from './wikidata-entities.js';
import { EntityReader } from './wikidata-entity-reader.js';
import { wikidataSourceNode, type WikidataIndex } from './wikidata-source.js';

export interface WikidataImportOptions {
  file: string;
  /** The file's own Source: the Wikidata Source node cites it. */
  fileSource: string;
  index: WikidataIndex;
}

export interface WikidataFileSummary {
  entities: number;
}

export function readWikidataImport(
  text: string,
  batch: ImportBatch,
  options: WikidataImportOptions,
): WikidataFileSummary | undefined {
  const { file } = options;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    batch.reject(
      { file, line: lineOfJsonError(text, error) },
      `not readable as JSON: ${(error as Error).message}`,
    );
    return undefined;
  }
  const entities = entitiesOf(parsed);
  if (!entities) {
    batch.reject(
      { file, line: 1 },
      'not Wikidata entity JSON: give an array of entities (a dump slice), {"entities": {…}} or one entity',
    );
    return undefined;
  }
  const wikidata = wikidataSourceNode();
  wikidata.sources = [{ source: options.fileSource, note: file }];
  batch.addNode(wikidata, { file, line: 1 });

  const inFile = new Map<string, Entity>();
  for (const entity of entities) if (typeof entity.id === 'string') inFile.set(entity.id, entity);
  const reader = new EntityReader({
    batch,
    file,
    index: options.index,
    lines: new LineIndex(text),
    inFile,
    twinned: twinnedItems(entities),
  });
  for (const entity of entities) reader.read(entity);
  return { entities: entities.length };
}

/** Items of the file that are twinned administrative bodies: they may be added as municipalities. */
function twinnedItems(entities: Entity[]): Set<string> {
  const twinned = new Set<string>();
  for (const entity of entities) {
    const qid = typeof entity.id === 'string' ? entity.id : '';
    const twins = statements(entity, 'P190');
    if (twins.length > 0) twinned.add(qid);
    for (const s of twins) {
      const target = itemOf(s);
      if (target) twinned.add(target);
    }
  }
  return twinned;
}

function lineOfJsonError(text: string, error: unknown): number {
  const at = /position (\d+)/.exec((error as Error).message)?.[1];
  return at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length;
}
