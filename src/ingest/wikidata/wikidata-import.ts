/**
 * Reads a slice of Wikidata's JSON (a dump's array of entities, `Special:EntityData`'s
 * `{"entities": …}` or one entity) into an import batch: twinnings (P190), memberships (P463),
 * the country (P17) and coordinates (P625). Entities and the items they point to are matched to
 * the graph by `wikidataId` (the index the caller reads from the store); each fact cites Wikidata
 * with the statement id as its quote. An entity the graph lacks is added as a municipality
 * `wd:<Qid>` only when it is a twinned administrative body (it has P190, or a P190 in the file
 * points at it); anything else that cannot be matched is refused with its line and the reason.
 */
import type { GraphNode, Properties, Provenance } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import { FieldError } from '../import/field-values.js';
import type { ImportBatch, Origin } from '../import/import-batch.js';

export const WIKIDATA_SOURCE = 'source:wikidata';

/** The graph's nodes by Wikidata id; `null` when two nodes claim the same id. */
export type WikidataIndex = Map<string, { key: string; type: NodeType; name: string } | null>;

interface Snak {
  snaktype?: string;
  datavalue?: { value?: unknown };
}
interface Statement {
  id?: string;
  rank?: string;
  mainsnak?: Snak;
  qualifiers?: Record<string, Snak[]>;
}
interface Entity {
  id?: unknown;
  type?: unknown;
  lastrevid?: unknown;
  labels?: Record<string, { value?: unknown }>;
  claims?: Record<string, Statement[]>;
}

const QID = /^Q[1-9][0-9]*$/;
/** The properties read, in the order they are applied. */
const PROPERTIES = ['P190', 'P463', 'P17', 'P625'];
/** A statement id as Wikidata writes them (`Q2112$fa2b9dbe-…`; some start with a small q). */
const STATEMENT_ID = /^[Qq][1-9][0-9]*\$[0-9A-Za-z-]{1,64}$/;
/** Label languages in order of preference, as the reference twinnings prefer them. */
const LANGUAGES = ['en', 'it', 'de', 'fr', 'es'];
const MAX_NAME = 300;

export function wikidataSourceNode(): GraphNode {
  return {
    key: WIKIDATA_SOURCE,
    type: 'Source',
    name: 'Wikidata',
    aliases: [],
    description: 'The free knowledge base of the Wikimedia movement; statements cited by their id.',
    props: {
      publisher: 'Wikimedia Foundation',
      licence: 'CC0 1.0 (Wikidata structured data)',
      url: 'https://www.wikidata.org/',
      kind: 'REFERENCE_DATA',
    },
    sources: [{ source: WIKIDATA_SOURCE }],
  };
}

/** Whether a text looks like Wikidata entity JSON (for choosing the format by content). */
export function looksLikeWikidata(text: string): boolean {
  const head = text.slice(0, 4_096);
  return (
    /^\s*[[{]/.test(head) && /"claims"\s*:/.test(text.slice(0, 200_000)) && /"Q[1-9]/.test(head)
  );
}

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
  const lines = new LineFinder(text);
  const wikidata = wikidataSourceNode();
  wikidata.sources = [{ source: options.fileSource, note: file }];
  batch.addNode(wikidata, { file, line: 1 });

  // Items of the file that are twinned administrative bodies: they may be added as municipalities.
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
  const inFile = new Map<string, Entity>();
  for (const entity of entities) if (typeof entity.id === 'string') inFile.set(entity.id, entity);

  const reader = new EntityReader(batch, options, lines, inFile, twinned);
  for (const entity of entities) reader.read(entity);
  return { entities: entities.length };
}

class EntityReader {
  constructor(
    private readonly batch: ImportBatch,
    private readonly options: WikidataImportOptions,
    private readonly lines: LineFinder,
    private readonly inFile: Map<string, Entity>,
    private readonly twinned: Set<string>,
  ) {}

  private origin(needle: string): Origin {
    return { file: this.options.file, line: this.lines.lineOf(needle) };
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
        if (
          typeof s !== 'object' ||
          s === null ||
          typeof s.id !== 'string' ||
          !STATEMENT_ID.test(s.id)
        )
          this.batch.reject(
            origin,
            `${qid} ${property}: a statement without a Wikidata statement id is not imported`,
          );
    const revision = typeof entity.lastrevid === 'number' ? `, revision ${entity.lastrevid}` : '';
    const cite = (s: Statement, o: Origin): Provenance => ({
      source: WIKIDATA_SOURCE,
      quote: s.id!,
      note: `${o.file}:${o.line}${revision}`,
    });

    for (const s of statements(entity, 'P190')) {
      const o = this.origin(s.id!);
      const target = itemOf(s);
      const twin = target ? this.resolve(target, o, `twinned body ${target}`) : undefined;
      if (!twin) continue;
      if (twin.key === subject.key) continue;
      const since = yearOf(s.qualifiers?.P580);
      this.batch.addEdge(
        {
          type: 'TWINNED_WITH',
          from: subject.key,
          to: twin.key,
          ...(since ? { props: { since } } : {}),
          source: cite(s, o),
        },
        o,
      );
    }
    for (const s of statements(entity, 'P463')) {
      const o = this.origin(s.id!);
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
      const since = yearOf(s.qualifiers?.P580);
      this.batch.addEdge(
        {
          type: 'MEMBER_OF',
          from: subject.key,
          to: organisation.key,
          ...(since ? { props: { since } } : {}),
          source: cite(s, o),
        },
        o,
      );
    }
    const country = current(statements(entity, 'P17'));
    if (country) {
      const o = this.origin(country.id!);
      const target = itemOf(country);
      const node = target ? this.known(target, o, `country ${target}`) : undefined;
      if (node)
        this.batch.addEdge(
          { type: 'LOCATED_IN', from: subject.key, to: node.key, source: cite(country, o) },
          o,
        );
    }
    const coordinates = current(statements(entity, 'P625'));
    if (coordinates) {
      const o = this.origin(coordinates.id!);
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
  }

  /** A node of the graph with this id, else a municipality added for a twinned body of the file. */
  private resolve(
    qid: string,
    origin: Origin,
    what = qid,
  ): { key: string; type: NodeType; name: string } | undefined {
    const found = this.options.index.get(qid);
    if (found) return found;
    if (found === null) return this.ambiguous(qid, origin, what);
    const entity = this.inFile.get(qid);
    if (!entity || !this.twinned.has(qid)) {
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
      this.batch.addNode(
        {
          key,
          type: 'Municipality',
          name,
          aliases: [],
          props: { wikidataId: qid },
          sources: [
            {
              source: WIKIDATA_SOURCE,
              quote: qid,
              note: `${origin.file}:${this.lines.lineOf(`"${qid}"`)}`,
            },
          ],
        },
        { file: origin.file, line: this.lines.lineOf(`"${qid}"`) },
      );
      return { key, type: 'Municipality', name };
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      this.batch.reject(origin, `${qid}: ${error.message}`);
      return undefined;
    }
  }

  /** Only a node of the graph: organisations and countries are never created from a bare id. */
  private known(qid: string, origin: Origin, what: string) {
    const found = this.options.index.get(qid);
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

function entitiesOf(parsed: unknown): Entity[] | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(parsed)) return parsed.every(isObject) ? (parsed as Entity[]) : undefined;
  if (!isObject(parsed)) return undefined;
  if (isObject(parsed.entities)) {
    const values = Object.values(parsed.entities);
    return values.every(isObject) ? (values as Entity[]) : undefined;
  }
  return 'claims' in parsed || 'id' in parsed ? [parsed as Entity] : undefined;
}

function arrayOf(value: unknown): Statement[] {
  return Array.isArray(value) ? (value as Statement[]) : [];
}

/** Statements of a property that say something: value snaks, not deprecated, with an id. */
function statements(entity: Entity, property: string): Statement[] {
  return arrayOf(entity.claims?.[property]).filter(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      typeof s.id === 'string' &&
      STATEMENT_ID.test(s.id) &&
      s.rank !== 'deprecated' &&
      (s.mainsnak?.snaktype ?? 'value') === 'value' &&
      s.mainsnak?.datavalue !== undefined,
  );
}

/** The statement that holds now: preferred first, without an end time (P582). */
function current(list: Statement[]): Statement | undefined {
  const open = list.filter((s) => !yearOf(s.qualifiers?.P582));
  return open.find((s) => s.rank === 'preferred') ?? open[0];
}

function itemOf(s: Statement): string | undefined {
  const value = s.mainsnak?.datavalue?.value as { id?: unknown } | undefined;
  return typeof value?.id === 'string' && QID.test(value.id) ? value.id : undefined;
}

/** The year of a time qualifier (precision year or finer), e.g. `+1953-00-00T00:00:00Z` → 1953. */
function yearOf(snaks: Snak[] | undefined): number | undefined {
  const value = snaks?.[0]?.datavalue?.value as { time?: unknown; precision?: unknown } | undefined;
  if (typeof value?.time !== 'string' || typeof value.precision !== 'number' || value.precision < 9)
    return undefined;
  const match = /^\+(\d{4})-/.exec(value.time);
  return match ? Number(match[1]) : undefined;
}

function coordinatesOf(s: Statement): { lat: number; lon: number } {
  const v = s.mainsnak?.datavalue?.value as {
    latitude?: unknown;
    longitude?: unknown;
    globe?: unknown;
  };
  if (v?.globe !== undefined && v.globe !== 'http://www.wikidata.org/entity/Q2')
    throw new FieldError(`coordinates on another globe (${String(v.globe)}) are not imported`);
  const { latitude: lat, longitude: lon } = v ?? {};
  if (
    typeof lat !== 'number' ||
    typeof lon !== 'number' ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180
  )
    throw new FieldError('latitude and longitude must be numbers within ±90 and ±180');
  return { lat, lon };
}

function labelOf(entity: Entity): string {
  const labels = entity.labels ?? {};
  const languages = [...LANGUAGES, ...Object.keys(labels).sort()];
  for (const language of languages) {
    const value = labels[language]?.value;
    if (typeof value !== 'string') continue;
    const name = value.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    if (name.length > MAX_NAME)
      throw new FieldError(`its label is longer than ${MAX_NAME} characters`);
    return name;
  }
  throw new FieldError('it has no label to name it by');
}

/** 1-based line of the first occurrence of a text (statement ids are unique in a file). */
class LineFinder {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  lineOf(needle: string): number {
    const at = this.text.indexOf(needle);
    if (at < 0) return 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function lineOfJsonError(text: string, error: unknown): number {
  const at = /position (\d+)/.exec((error as Error).message)?.[1];
  return at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length;
}

/** The Wikidata ids of the graph's actors and countries, from what the store lists. */
export function indexByWikidataId(nodes: Iterable<GraphNode>): WikidataIndex {
  const index: WikidataIndex = new Map();
  for (const node of nodes) {
    const qid = (node.props as Properties).wikidataId;
    if (typeof qid !== 'string' || !QID.test(qid)) continue;
    index.set(qid, index.has(qid) ? null : { key: node.key, type: node.type, name: node.name });
  }
  return index;
}
