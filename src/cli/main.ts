#!/usr/bin/env node
/** The `diplomap` command. Run from a checkout with `npm run diplomap -- <command>`. */
import 'reflect-metadata';
import { Command } from 'commander';
import { emitSchema } from './emit-schema.js';
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
  .command('schema')
  .description('Write schema/schema.graphql from the resolver classes.')
  .argument('[path]', 'where to write it')
  .action((path?: string) => emitSchema(path));

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`diplomap: ${message}\n`);
  process.exit(1);
});
