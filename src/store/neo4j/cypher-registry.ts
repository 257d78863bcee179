/**
 * Every Cypher statement the Neo4j store runs, read once from `cypher/` at start into one named
 * constant per file. A missing or empty file fails at start, naming the file, rather than at the
 * first request that needs it. `tsc` does not copy `.cypher` files into `dist/`, so the folder is
 * the repository's own, found from `src/` and from `dist/src/` alike.
 *
 * The files are Handlebars templates filled from the domain's vocabulary and rules
 * (cypher-vocabulary.ts): `{{#each RELATIONSHIP_TYPES}}…{{/each}}` repeats a block per type,
 * `{{#join LIST " UNION "}}…{{else}}…{{/join}}` per item with a separator (`\n` in it is a line
 * break; the `else` part when the list is empty), `{{pattern}}` and the like write a rule's path. A placeholder the
 * vocabulary does not define fails at start, naming the file. Two slots are filled per call:
 * `{{TYPE}}` in upsert-edges (a member of RELATIONSHIP_TYPES) and `{{MAX_HOPS}}` in
 * shortest-paths (a checked positive integer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { isRelationshipType, type RelationshipType } from '../../domain/relationship-types.js';
import { invariant } from '../../domain/errors.js';
import { repoPath } from '../../runtime/repo-root.js';
import { cypherVocabulary, type CypherVocabulary } from './cypher-vocabulary.js';

/** The statement files, by the name the store uses them under. */
export const CYPHER_FILES = {
  schema: 'schema.cypher',
  getNodes: 'nodes/get-nodes.cypher',
  findNodes: 'nodes/find-nodes.cypher',
  getEdges: 'edges/get-edges.cypher',
  getEdgePages: 'edges/get-edge-pages.cypher',
  getRelationships: 'edges/get-relationships.cypher',
  findPartners: 'partners/find-partners.cypher',
  findIndexedPartners: 'partners/find-indexed-partners.cypher',
  partnershipPages: 'partners/partnership-pages.cypher',
  searchNodes: 'search/search-nodes.cypher',
  upsertNodes: 'seed/upsert-nodes.cypher',
  upsertEdges: 'seed/upsert-edges.cypher',
  missingNodes: 'seed/missing-nodes.cypher',
  clearAll: 'seed/clear-all.cypher',
  emptyNodeLists: 'bulk/empty-node-lists.cypher',
  emptyRelationshipLists: 'bulk/empty-relationship-lists.cypher',
  attachedEdges: 'changes/attached-edges.cypher',
  deleteEdges: 'changes/delete-edges.cypher',
  deleteNodes: 'changes/delete-nodes.cypher',
  recordChange: 'changes/record-change.cypher',
  listChanges: 'changes/list-changes.cypher',
  counts: 'stats/counts.cypher',
  health: 'stats/health.cypher',
  // Network questions (network-answers.ts).
  shortestPaths: 'network/shortest-paths.cypher',
  neighbourhood: 'network/neighbourhood.cypher',
  countByTopic: 'aggregates/count-by-topic.cypher',
  countByGroup: 'aggregates/count-by-group.cypher',
  // The partnership index (partnership-index.ts).
  loadReads: 'index/load-reads.cypher',
  indexNotes: 'index/index-notes.cypher',
  writeEntries: 'index/write-entries.cypher',
  lockIndex: 'index/lock-index.cypher',
  setIndexState: 'index/set-index-state.cypher',
  changesSince: 'index/changes-since.cypher',
  indexState: 'index/index-state.cypher',
  actorKeys: 'index/actor-keys.cypher',
  clearIndex: 'index/clear-index.cypher',
  indexEntries: 'index/index-entries.cypher',
  topicSets: 'index/topic-sets.cypher',
  indexCounts: 'index/index-counts.cypher',
  beginRecount: 'index/begin-recount.cypher',
  recountEntries: 'index/recount-entries.cypher',
  writeEntryCounts: 'index/write-entry-counts.cypher',
  endRecount: 'index/end-recount.cypher',
} as const;

export type CypherName = keyof typeof CYPHER_FILES;

/** Fragments the statements include (`{{> name}}`): parts of statements, not statements. */
export const CYPHER_FRAGMENTS = {
  filterSets: 'fragments/filter-sets.cypher',
  nodeFilter: 'fragments/node-filter.cypher',
  entryHit: 'fragments/entry-hit.cypher',
  partnerSets: 'fragments/partner-sets.cypher',
  topicSets: 'fragments/topic-sets.cypher',
  regionPaths: 'fragments/region-paths.cypher',
  topicGroupItems: 'fragments/topic-group-items.cypher',
} as const;

/** The statements whose slots are filled per call, kept as templates in `statements`. */
const PER_CALL: readonly CypherName[] = ['upsertEdges', 'shortestPaths'];

export interface CypherRegistry {
  /** Each statement, filled from the vocabulary (upsertEdges and shortestPaths: their templates). */
  readonly statements: Readonly<Record<CypherName, string>>;
  /** schema.cypher split into its statements. */
  readonly schemaStatements: readonly string[];
  /** upsert-edges.cypher for one relationship type (the `{{TYPE}}` slot filled from the enum). */
  upsertEdgesFor(type: RelationshipType): string;
  /** shortest-paths.cypher for paths of at most `maxHops` (the `{{MAX_HOPS}}` slot, a checked positive integer). */
  shortestPathsFor(maxHops: number): string;
}

/** The repository's cypher/ folder. */
export function defaultCypherDir(): string {
  return repoPath('cypher');
}

const TYPE_SLOT = '{{TYPE}}';
const MAX_HOPS_SLOT = '{{MAX_HOPS}}';

/** Handlebars with the `join` block helper, escaping nothing (the output is Cypher, not HTML). */
const templates = Handlebars.create();
templates.registerHelper(
  'join',
  function (this: unknown, list: unknown, separator: unknown, options: Handlebars.HelperOptions) {
    if (!Array.isArray(list) || typeof separator !== 'string')
      throw new Error(
        `line ${(options as { loc?: { start: { line: number } } }).loc?.start.line}: join takes a list the vocabulary defines and a separator`,
      );
    if (list.length === 0) return options.inverse(this);
    return list
      .map((item, index) =>
        options.fn(item, {
          data: { ...(options.data as Record<string, unknown> | undefined), index },
        }),
      )
      .join(separator.replaceAll('\\n', '\n'));
  },
);

type Render = (extra?: Record<string, unknown>) => string;

/** Compiles one statement file; an unknown placeholder throws when it is rendered, naming the file. */
function compile(path: string, text: string, vocabulary: CypherVocabulary): Render {
  const template = templates.compile(text, { noEscape: true, strict: true });
  return (extra = {}) => {
    try {
      return template({ ...vocabulary, ...extra });
    } catch (error) {
      throw new Error(`Cypher file ${path}: ${(error as Error).message}`, { cause: error });
    }
  };
}

/** Reads every statement file; throws naming the first one that is missing, empty or incomplete. */
export function loadCypherRegistry(dir: string = defaultCypherDir()): CypherRegistry {
  const vocabulary = cypherVocabulary();
  for (const [name, file] of Object.entries(CYPHER_FRAGMENTS))
    templates.registerPartial(name, stripComments(readStatement(dir, file)));
  const renders = Object.fromEntries(
    Object.entries(CYPHER_FILES).map(([name, file]) => [
      name,
      compile(join(dir, file), readStatement(dir, file), vocabulary),
    ]),
  ) as Record<CypherName, Render>;
  const statements = Object.fromEntries(
    Object.entries(CYPHER_FILES).map(([name, file]) => [
      name,
      PER_CALL.includes(name as CypherName)
        ? readStatement(dir, file)
        : renders[name as CypherName](),
    ]),
  ) as Record<CypherName, string>;

  if (!statements.upsertEdges.includes(TYPE_SLOT)) {
    throw new Error(
      `Cypher file ${join(dir, CYPHER_FILES.upsertEdges)} has no ${TYPE_SLOT} slot for the relationship type.`,
    );
  }
  if (!statements.shortestPaths.includes(MAX_HOPS_SLOT)) {
    throw new Error(
      `Cypher file ${join(dir, CYPHER_FILES.shortestPaths)} has no ${MAX_HOPS_SLOT} slot for the path length.`,
    );
  }
  // Render the per-call ones once now, so an unknown placeholder in them fails at start too.
  renders.upsertEdges({ TYPE: 'MEMBER_OF' });
  renders.shortestPaths({ MAX_HOPS: 1 });

  const perType = new Map<RelationshipType, string>();
  const perHops = new Map<number, string>();
  return {
    statements,
    schemaStatements: splitStatements(statements.schema),
    upsertEdgesFor(type) {
      // A value put into Cypher text (with shortestPathsFor): a member of the closed enum, checked here.
      invariant(isRelationshipType(type), `not a relationship type: ${JSON.stringify(type)}`);
      let text = perType.get(type);
      if (text === undefined) perType.set(type, (text = renders.upsertEdges({ TYPE: type })));
      return text;
    },
    shortestPathsFor(maxHops) {
      // A value put into Cypher text: a positive integer, checked here (the API bounds it by MAX_PATH_HOPS).
      invariant(
        Number.isSafeInteger(maxHops) && maxHops >= 1,
        `not a path length: ${JSON.stringify(maxHops)}`,
      );
      let text = perHops.get(maxHops);
      if (text === undefined)
        perHops.set(maxHops, (text = renders.shortestPaths({ MAX_HOPS: maxHops })));
      return text;
    },
  };
}

/**
 * Reads a set of named statement files from the cypher/ folder (the benchmark's raw queries in
 * cypher/bench/ use it), with the same checks as the store's own.
 */
export function loadStatements<Name extends string>(
  files: Readonly<Record<Name, string>>,
  dir: string = defaultCypherDir(),
): Readonly<Record<Name, string>> {
  return Object.fromEntries(
    Object.entries<string>(files).map(([name, file]) => [name, readStatement(dir, file)]),
  ) as Record<Name, string>;
}

function readStatement(dir: string, file: string): string {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cypher file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); ` +
        `the Neo4j store runs the statements in the repository's cypher/ folder.`,
      { cause: error },
    );
  }
  if (stripComments(text).trim() === '') throw new Error(`Cypher file ${path} has no statement.`);
  return text;
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/** Splits a file of `;`-separated statements (no `;` inside strings), comments dropped. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
