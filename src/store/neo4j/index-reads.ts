/**
 * What the Neo4j partnership index reads from the database: the graph the rules look at, a pass's
 * misses at a time (load-reads.cypher, for the domain's FaultingReader), and what the index noted
 * about the keys a change touched (index-notes.cypher, the domain's IndexNotes).
 */
import type { GraphNode } from '../../domain/graph-records.js';
import type { NodeType } from '../../domain/node-types.js';
import type { RelationshipType } from '../../domain/relationship-types.js';
import type { Direction, Loaded, Misses } from '../../domain/semantics/faulting-reader.js';
import type { IndexNotes } from '../../domain/semantics/index-upkeep.js';
import { sizeId } from '../../domain/semantics/recording-reader.js';
import type { CypherRegistry } from './cypher-registry.js';
import { onlyRecord } from './query-results.js';
import { listColumn, textColumn, textListColumn, type Row } from './rows.js';

/** Runs one statement with its `$query` map: in a transaction under way, or a read of its own. */
export type RunStatement = (statement: string, query: Record<string, unknown>) => Promise<Row[]>;

interface NodeItem {
  key: string;
  type: string | null;
  name: string | null;
}

interface LinkItem {
  key: string;
  edges: {
    key: string;
    type: RelationshipType;
    direction: Direction;
    from: string;
    other: NodeItem;
  }[];
}

interface SizeItem {
  type: RelationshipType;
  large: boolean;
  actor: string;
}

/** A node as the rules see it: its key, type and name (no rule reads more). */
function ruleNode(item: NodeItem): GraphNode | null {
  if (item.type === null) return null;
  return {
    key: item.key,
    type: item.type as NodeType,
    name: item.name ?? item.key,
    aliases: [],
    props: {},
    sources: [],
  };
}

/** Loads one pass's misses (load-reads.cypher): one round trip. */
export async function loadMisses(
  run: RunStatement,
  cypher: CypherRegistry,
  misses: Misses,
): Promise<Loaded> {
  // One ask per node: the types asked of it each way.
  const asks = new Map<string, { key: string; out: RelationshipType[]; in: RelationshipType[] }>();
  for (const { key, type, direction } of misses.links) {
    let ask = asks.get(key);
    if (!ask) asks.set(key, (ask = { key, out: [], in: [] }));
    (direction === 'OUT' ? ask.out : ask.in).push(type);
  }
  const record = onlyRecord(
    await run(cypher.statements.loadReads, {
      nodes: misses.nodes,
      links: [...asks.values()],
      counts: misses.counts,
    }),
    'loadReads',
  );
  const loaded: Loaded = { nodes: [], links: [], counts: [] };
  for (const item of listColumn<NodeItem>(record, 'nodes'))
    loaded.nodes.push({ key: item.key, node: ruleNode(item) });
  // Every asked list is filled, the empty ones too (else the next pass would ask again).
  const lists = new Map<string, Loaded['links'][number]>();
  for (const { key, type, direction } of misses.links) {
    const list = { key, type, direction, edges: [] };
    lists.set(`${direction}|${type}|${key}`, list);
    loaded.links.push(list);
  }
  for (const link of listColumn<LinkItem>(record, 'links'))
    for (const e of link.edges) {
      const list = lists.get(`${e.direction}|${e.type}|${link.key}`);
      if (!list) continue;
      list.edges.push({
        key: e.key,
        type: e.type,
        from: e.from,
        to: e.direction === 'OUT' ? e.other.key : link.key,
        props: {},
        sources: [],
      });
      loaded.nodes.push({ key: e.other.key, node: ruleNode(e.other) });
    }
  loaded.counts = listColumn<Loaded['counts'][number]>(record, 'counts');
  return loaded;
}

/** What the index noted about `keys` (index-notes.cypher), as the upkeep asks about it. */
export async function readNotes(
  run: RunStatement,
  cypher: CypherRegistry,
  keys: readonly string[],
): Promise<IndexNotes> {
  const readers = new Map<string, string[]>();
  const sizes = new Map<string, { large: boolean; readers: string[] }>();
  if (keys.length > 0)
    for (const row of await run(cypher.statements.indexNotes, { keys })) {
      const key = textColumn(row, 'key');
      readers.set(key, textListColumn(row, 'readers'));
      for (const s of listColumn<SizeItem>(row, 'sizes')) {
        const id = sizeId(s.type, key);
        const note = sizes.get(id) ?? { large: s.large, readers: [] };
        note.readers.push(s.actor);
        sizes.set(id, note);
      }
    }
  return {
    readersOf: (key) => readers.get(key) ?? [],
    sizeNote: (id) => sizes.get(id),
  };
}
