#!/usr/bin/env node
/** The `diplomap` command. Run from a checkout with `npm run diplomap -- <command>`. */
import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { emitSchema } from './emit-schema.js';
import { generate, type GenerateCliOptions } from './generate.js';
import { seed } from './seed.js';
import { serve } from './serve.js';

const program = new Command();
program
  .name('diplomap')
  .description('Diplomap: a GraphQL knowledge graph of city diplomacy.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Configuration comes from the environment (see README "Configuration"):
  HOST, PORT                 where to listen (127.0.0.1:4000)
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE
                             use Neo4j instead of the embedded store
  MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, MAX_QUERY_DEPTH, MAX_QUERY_COST, LOG_LEVEL`,
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
  .action((options: { progress: boolean; check: boolean }) => seed(options));

program
  .command('generate')
  .description(
    'Generate a deterministic synthetic graph of N actors (benchmarks): to a file, into Neo4j (same batched upsert as seed) or into the embedded store.',
  )
  .requiredOption('--actors <n>', 'how many actors (≥ 50)', positiveInt)
  .option('--seed <s>', 'random seed: the same seed gives the same graph', positiveInt, 1)
  .option('--out <file>', 'write the graph as NDJSON ({"node":…}/{"edge":…} lines)')
  .addOption(
    new Option(
      '--into <store>',
      'load it: neo4j (NEO4J_URI) or memory (start time and memory)',
    ).choices(['neo4j', 'memory']),
  )
  .option('--clear', 'with --into neo4j: delete everything in the database first', false)
  .option('--batch-size <n>', 'records per write transaction', positiveInt, 5_000)
  .option('--write-concurrency <n>', 'write transactions in flight', positiveInt, 1)
  .option('--no-progress', 'no progress bar')
  .action((options: GenerateCliOptions) => generate(options));

program
  .command('schema')
  .description('Write schema/schema.graphql from the resolver classes.')
  .argument('[path]', 'where to write it')
  .action((path?: string) => emitSchema(path));

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
