#!/usr/bin/env node
/** The `diplomap` command. Run from a checkout with `npm run diplomap -- <command>`. */
import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { emitSchema } from './emit-schema.js';
import { exportGraph, type ExportOptions } from './export.js';
import { generate, type GenerateCliOptions } from './generate.js';
import { importFiles, type ImportOptions } from './import.js';
import { rebuildIndex } from './index-progress.js';
import { release, type ReleaseCliOptions } from './release.js';
import { createKey, listKeys } from './keys.js';
import { seed, type SeedOptions } from './seed.js';
import { serve } from './serve.js';

const program = new Command();
program
  .name('diplomap')
  .description('Diplomap: a GraphQL knowledge graph of city diplomacy.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Configuration comes from the environment (see docs/operations.md, "Configuration"):
  HOST, PORT                 where to listen (127.0.0.1:4000)
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE
                             use Neo4j instead of the embedded store
  DATA_DIR                   the embedded store's journal and snapshots (data; "off": memory only)
  API_KEYS_FILE, API_KEYS    API key hashes (diplomap keys create); QUERY_ACCESS=public|key
  JWT_SECRET | JWT_PUBLIC_KEY, JWT_ISSUER, JWT_AUDIENCE, JWT_ROLE_CLAIM
                             accept signed JWTs as well
  MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, MAX_QUERY_DEPTH, MAX_QUERY_COST, LOG_LEVEL
  RATE_LIMITS, RATE_LIMIT_ANONYMOUS, RATE_LIMIT_AUTHENTICATED, EXPORT_COST, INTROSPECTION,
  TRUST_PROXY, MAX_QUERY_ALIASES/DIRECTIVES/TOKENS/SELECTIONS (docs/running-in-public.md)
  REQUEST_TIMEOUT_MS, AUTH_REQUEST_TIMEOUT_MS, MAX_HEAVY_CONCURRENCY, HEAVY_QUEUE_LENGTH,
  SHUTDOWN_GRACE_MS (docs/operations-limits.md); MAX_CONCURRENT_EXPORTS, MAX_QUEUED_EXPORTS,
  JWT_MAX_LIFETIME (docs/exports-and-files.md)
  BASE_URI                   the public address node URIs start with (http://127.0.0.1:4000)`,
  );

program
  .command('serve')
  .description('Serve the GraphQL API and the playground (embedded store unless NEO4J_URI is set).')
  .action(serve);

program
  .command('seed')
  .description(
    'Load seeds/ into the Neo4j at NEO4J_URI (idempotent: running it twice changes nothing).',
  )
  .option('--no-progress', 'no progress bar')
  .option('--check', 'only read and check the seeds; write nothing', false)
  .option(
    '--report <file.md>',
    'also write the Covenant of Mayors load report (matched, new, ambiguous per country) as Markdown',
  )
  .option(
    '--bulk',
    'first load into an EMPTY database with neo4j-admin import: stops the local Neo4j of scripts/neo4j/neo4j.sh (NEO4J_HOME_DIR), imports, starts it again',
    false,
  )
  .option(
    '--clear',
    'with --bulk: replace a database that is not empty (everything in it is lost)',
    false,
  )
  .action((options: SeedOptions) => seed(options));

program
  .command('index')
  .description(
    'Rebuild the partnership index of the Neo4j at NEO4J_URI from scratch (every load into Neo4j ends with it; edits keep it up). Partner questions walk the rules meanwhile.',
  )
  .option('--no-progress', 'no progress bar')
  .option(
    '--counts',
    "only count the entries again under the graph's topic sets (after an edit changed one; much shorter than a rebuild). A server does it on its own.",
    false,
  )
  .action((options: { progress: boolean; counts: boolean }) => rebuildIndex(options));

program
  .command('generate')
  .description(
    'Generate a deterministic synthetic graph of N actors (benchmarks): to a file, into Neo4j (same batched upsert as seed, or the bulk import) or into the embedded store.',
  )
  .requiredOption('--actors <n>', 'how many actors (≥ 50)', positiveInt)
  .option('--seed <s>', 'random seed: the same seed gives the same graph', positiveInt, 1)
  .option('--out <file>', 'write the graph as NDJSON ({"node":…}/{"edge":…} lines)')
  .addOption(
    new Option(
      '--into <store>',
      'load it: neo4j (NEO4J_URI, the seed path), neo4j-bulk (an empty local Neo4j, neo4j-admin import; see docs/operations.md) or memory (start time and memory)',
    ).choices(['neo4j', 'neo4j-bulk', 'memory']),
  )
  .option(
    '--clear',
    'with --into neo4j: delete everything in the database first; with neo4j-bulk: replace a database that is not empty',
    false,
  )
  .option('--batch-size <n>', 'records per write transaction', positiveInt, 5_000)
  .option('--write-concurrency <n>', 'write transactions in flight', positiveInt, 1)
  .option('--no-progress', 'no progress bar')
  .action((options: GenerateCliOptions) => generate(options));

program
  .command('schema')
  .description('Write schema/schema.graphql from the resolver classes.')
  .argument('[path]', 'where to write it')
  .action((path?: string) => emitSchema(path));

program
  .command('import')
  .description(
    'Import CSV tables, IATI activity XML or Wikidata entity JSON as one change (docs/import-export.md); re-runs change nothing.',
  )
  .argument(
    '<files...>',
    'CSV files (actors, memberships, agreements, projects, twinnings; exported nodes/edges), IATI XML or Wikidata JSON',
  )
  .addOption(
    new Option(
      '--format <format>',
      'force the format (default: by extension, then content)',
    ).choices(['csv', 'iati', 'wikidata']),
  )
  .option(
    '--wikidata',
    'read the files as Wikidata entity JSON (a dump slice): twinnings P190, memberships P463, country P17, coordinates P625, matched by wikidataId (docs/linked-data.md)',
    false,
  )
  .option('--dry-run', 'compare with the store and report; write nothing', false)
  .option('--no-progress', 'no progress bar')
  .option('--as <who>', 'who the change log records (default cli:<user>)')
  .option('--source-url <url>', "where the files come from, kept on the files' Source nodes")
  .option(
    '--report <file.json>',
    'also write the report (files, counts per element kind, refusals, warnings) as JSON',
  )
  .action((files: string[], options: ImportOptions) => importFiles(files, options));

program
  .command('export')
  .description(
    'Write the graph, or a slice of it, as GEXF (Gephi), GraphML (Cytoscape, yEd) or CSV.',
  )
  .requiredOption('--format <format>', 'gexf, graphml or csv')
  .requiredOption(
    '--out <path>',
    'the file to write (for csv: a folder, gets nodes.csv and edges.csv)',
  )
  .option('--region <key>', 'only nodes in this region (region:mediterranean), with their context')
  .option('--theme <key>', 'only nodes working on this theme or SDG (theme:migration, sdg:11)')
  .option('--kinds <types>', 'only these node types, comma-separated (Municipality,Association)')
  .addHelpText(
    'after',
    `
A slice holds the nodes that match, every relationship touching them, and the nodes at the other
end. Sources travel as JSON attributes; scalar properties also as prop_* columns.`,
  )
  .action((options: ExportOptions) => exportGraph(options));

program
  .command('release')
  .description(
    'Write a citable, versioned dump of the whole graph as a Frictionless Data Package (docs/linked-data.md).',
  )
  .requiredOption('--out <dir>', 'the folder to create (must not exist or be empty)')
  .option('--no-progress', 'no progress lines')
  .addHelpText(
    'after',
    `
The folder gets datapackage.json (Data Package v2: schemas, sha256 per file, the change number the
release was cut at, the licences of every source), nodes.csv, relationships.csv, sources.csv (every
citation with its quote), changes.csv, licences.csv, graph.nt (the graph as RDF, URIs under
BASE_URI), vocabulary.ttl, SOURCES.md, CITATION.cff and SHA256SUMS. Two releases of the same state
are byte-identical. It is written beside the folder and moved into place when complete.`,
  )
  .action((options: ReleaseCliOptions) => release(options));

const keys = program
  .command('keys')
  .description('Create and list API keys (hashes kept in a keys file).');
keys
  .command('create')
  .description('Create a key: prints it once and stores its hash.')
  .argument('<id>', 'a short id: lowercase letters, digits and -')
  .requiredOption('--role <role>', 'reader, editor or admin')
  .option('--name <name>', 'who holds it')
  .option('--file <path>', 'the keys file', 'api-keys.yaml')
  .action((id: string, options: { role: string; name?: string; file: string }) =>
    createKey(id, options),
  );
keys
  .command('list')
  .description('List the ids and roles in a keys file.')
  .option('--file <path>', 'the keys file', 'api-keys.yaml')
  .action((options: { file: string }) => listKeys(options));
function positiveInt(value: string): number {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive integer expected');
  return n;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`diplomap: ${message}\n`);
  process.exit(1);
});
