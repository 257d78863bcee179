/**
 * Reads one Wikidata item into the batch: its twinnings (P190), current memberships (P463),
 * country (P17) and coordinates (P625), each citing its statement. The item and the items it
 * points to are matched to the graph by Wikidata id; a twinned body of the file the graph lacks
 * is added as a municipality `wd:<Qid>`; anything else unmatched is refused with the reason.
 */
import type { Provenance } from '../../domain/graph-records.js';
import { FieldError } from '../import/field-values.js';
import type { ImportBatch, Origin } from '../import/import-batch.js';
import type { LineIndex } from '../import/line-index.js';
import {
  arrayOf,
  coordinatesOf,
  current,
  hasStatementId,
  itemOf,
  labelOf,
  PROPERTIES,
  QID,
  statements,
  yearOf,
  type Entity,
  type Statement,
} from './wikidata-entities.js';
import { WIKIDATA_SOURCE, type WikidataIndex, type WikidataMatch } from './wikidata-source.js';

export interface EntityReaderContext {
  batch: ImportBatch;
  file: string;
  index: WikidataIndex;
  lines: LineIndex;
  /** The file's entities by id. */
  inFile: Map<string, Entity>;
  /** Items of the file that are twinned administrative bodies: they may become municipalities. */
  twinned: Set<string>;
}

type Cite = (s: Statement & { id: string }, o: Origin) => Provenance;

export class EntityReader {
  private readonly batch: ImportBatch;

  constructor(private readonly context: EntityReaderContext) {
    this.batch = context.batch;
  }

  private origin(needle: string): Origin {
    return { file: this.context.file, line: this.context.lines.lineOf(needle) };
  }

  read(entity: Entity): void {
    const qid = typeof entity.id === 'string' ? entity.id : '';
    const origin = this.origin(`"${qid}"`);
    if (!QID.test(qid) || entity.type !== 'item') {
      this.batch.reject(
        origin,
        `entity ${JSON.stringify(entity.id ?? null)} is not a Wikidata item (Q…)`,
      );
      return;
    }
    const subject = this.resolve(qid, origin);
    if (!subject) return;
    for (const property of PROPERTIES)
      for (const s of arrayOf(entity.claims?.[property]))
        if (!hasStatementId(s))
          this.batch.reject(
            origin,
            `${qid} ${property}: a statement without a Wikidata statement id is not imported`,
          );
    const revision = typeof entity.lastrevid === 'number' ? `, revision ${entity.lastrevid}` : '';
    const cite: Cite = (s, o) => ({
      source: WIKIDATA_SOURCE,
      quote: s.id,
      note: `${o.file}:${o.line}${revision}`,
    });
    this.readTwinnings(entity, subject, cite);
    this.readMemberships(entity, subject, cite);
    this.readCountry(entity, subject, cite);
    this.readCoordinates(entity, subject, cite);
  }

  private readTwinnings(entity: Entity, subject: WikidataMatch, cite: Cite): void {
    for (const s of statements(entity, 'P190')) {
      const o = this.origin(s.id);
      const target = itemOf(s);
      const twin = target ? this.resolve(target, o, `twinned body ${target}`) : undefined;
      if (!twin) continue;
      if (twin.key === subject.key) continue;
      this.addSince('TWINNED_WITH', subject.key, twin.key, s, o, cite);
    }
  }

  private readMemberships(entity: Entity, subject: WikidataMatch, cite: Cite): void {
    for (const s of statements(entity, 'P463')) {
      const o = this.origin(s.id);
      const target = itemOf(s);
      const ended = yearOf(s.qualifiers?.P582);
      if (ended) {
        this.batch.reject(
          o,
          `P463 ${target ?? '?'}: the membership ended in ${ended} (P582); only current memberships are imported`,
        );
        continue;
      }
      const organisation = target ? this.known(target, o, `member of ${target}`) : undefined;
      if (!organisation) continue;
      this.addSince('MEMBER_OF', subject.key, organisation.key, s, o, cite);
    }
  }

  /** A relationship the statement states, since its start time (P580) where it gives one. */
  private addSince(
    type: 'TWINNED_WITH' | 'MEMBER_OF',
    from: string,
    to: string,
    s: Statement & { id: string },
    o: Origin,
    cite: Cite,
  ): void {
    const since = yearOf(s.qualifiers?.P580);
    this.batch.addEdge(
      { type, from, to, ...(since ? { props: { since } } : {}), source: cite(s, o) },
      o,
    );
  }

  private readCountry(entity: Entity, subject: WikidataMatch, cite: Cite): void {
    const country = current(statements(entity, 'P17'));
    if (!country) return;
    const o = this.origin(country.id);
    const target = itemOf(country);
    const node = target ? this.known(target, o, `country ${target}`) : undefined;
    if (node)
      this.batch.addEdge(
        { type: 'LOCATED_IN', from: subject.key, to: node.key, source: cite(country, o) },
        o,
      );
  }

  private readCoordinates(entity: Entity, subject: WikidataMatch, cite: Cite): void {
    const coordinates = current(statements(entity, 'P625'));
    if (!coordinates) return;
    const o = this.origin(coordinates.id);
    try {
      const { lat, lon } = coordinatesOf(coordinates);
      this.batch.addNode(
        {
          key: subject.key,
          type: subject.type,
          name: subject.name,
          aliases: [],
          props: { lat, lon },
          sources: [cite(coordinates, o)],
        },
        o,
      );
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      this.batch.reject(o, `P625: ${error.message}`);
    }
  }

  /** A node of the graph with this id, else a municipality added for a twinned body of the file. */
  private resolve(qid: string, origin: Origin, what = qid): WikidataMatch | undefined {
    const found = this.context.index.get(qid);
    if (found) return found;
    if (found === null) return this.ambiguous(qid, origin, what);
    const entity = this.context.inFile.get(qid);
    if (!entity || !this.context.twinned.has(qid)) {
      this.batch.reject(
        origin,
        entity
          ? `${what}: no node has the Wikidata id ${qid}, and it is not a twinned administrative body (P190) to add as a municipality`
          : `${what}: no node has the Wikidata id ${qid}, and the file does not describe it`,
      );
      return undefined;
    }
    try {
      const name = labelOf(entity);
      const key = `wd:${qid}`;
      const line = this.context.lines.lineOf(`"${qid}"`);
      this.batch.addNode(
        {
          key,
          type: 'Municipality',
          name,
          aliases: [],
          props: { wikidataId: qid },
          sources: [{ source: WIKIDATA_SOURCE, quote: qid, note: `${origin.file}:${line}` }],
        },
        { file: origin.file, line },
      );
      return { key, type: 'Municipality', name };
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      this.batch.reject(origin, `${qid}: ${error.message}`);
      return undefined;
    }
  }

  /** Only a node of the graph: organisations and countries are never created from a bare id. */
  private known(qid: string, origin: Origin, what: string): WikidataMatch | undefined {
    const found = this.context.index.get(qid);
    if (found) return found;
    if (found === null) return this.ambiguous(qid, origin, what);
    this.batch.reject(
      origin,
      `${what}: no node has the Wikidata id ${qid}; give the node it stands for that wikidataId first (for an actor: actors.csv, column wikidata_id)`,
    );
    return undefined;
  }

  private ambiguous(qid: string, origin: Origin, what: string): undefined {
    this.batch.reject(origin, `${what}: several nodes have the Wikidata id ${qid}`);
    return undefined;
  }
}
