/**
 * The README's and docs/'s example answers are the API's answers. Every ```graphql block in
 * README.md and docs/*.md is sent to the HTTP server on the seeded embedded store, as a client
 * would send it, and the whole answer must equal the ```json block that follows it. A query shown
 * without an answer fails, so no page can show a query whose answer nobody checked. A mutation
 * runs as Alice, an editor (the curation guide's sample session), on a freshly seeded store of
 * its own. On a mismatch the message holds the API's answer, ready to paste once intended.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { generateApiKey } from '../../src/config/api-keys.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { runImport } from '../../src/ingest/import/import-files.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { documentedExamples, examplesIn } from '../support/documented-examples.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { repoRoot } from '../../src/runtime/repo-root.js';

const repo = repoRoot();
const examples = documentedExamples(repo);
const alice = generateApiKey('alice', 'editor');

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return withoutRequestDetails((await response.json()) as Answer);
}

interface Answer {
  extensions?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}

/**
 * The pages show the data and the errors; the price (`extensions.cost`) and the request id, on
 * every answer, are documented once in docs/running-in-public.md and left out of each example.
 */
function withoutRequestDetails(answer: Answer): Answer {
  const { extensions: _priced, ...rest } = answer;
  if (!rest.errors) return rest;
  return {
    ...rest,
    errors: rest.errors.map((error) => {
      if (!error.extensions) return error;
      const { requestId: _id, ...extensions } = error.extensions;
      return { ...error, extensions };
    }),
  };
}

/**
 * A mutation's answer, as Alice on a fresh store: the docs show each edit on the seeded graph; or
 * a query's after the files an example names are imported into a fresh seeded graph.
 */
async function asAliceOnAFreshStore(query: string, imports: string[] = []): Promise<unknown> {
  const store = await seededMemoryStore();
  if (imports.length > 0) {
    const files = imports.map((path) => ({
      path,
      text: readFileSync(resolve(repo, path), 'utf8'),
    }));
    const run = await runImport(store, files, { dryRun: false, by: 'cli:docs' });
    expect(run.refused).toEqual([]);
  }
  const server = await createServer(store, DEFAULT_LIMITS, undefined, {
    keys: [alice.record],
    queryAccess: 'public',
  });
  try {
    const url = await server.listen('127.0.0.1', 0);
    return await post(url, query, { authorization: `Bearer ${alice.key}` });
  } finally {
    await server.stop();
    await store.close();
  }
}

describe('documented examples', () => {
  let store: GraphStore;
  let server: DiplomapServer;
  let url: string;
  beforeAll(async () => {
    store = await seededMemoryStore();
    server = await createServer(store, DEFAULT_LIMITS);
    url = await server.listen('127.0.0.1', 0);
  });
  afterAll(async () => {
    await server?.stop();
    await store?.close();
  });

  it('include the README headline and the API guide', () => {
    const files = new Set(examples.map((e) => e.where.split(':')[0]));
    expect(files).toContain('README.md');
    expect(files).toContain('docs/api.md');
    expect(examples.some((e) => /^\s*mutation\b/.test(e.query))).toBe(true);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s answers as documented', async (_, e) => {
    expect(
      e.answer,
      `${e.where}: a query without a \`\`\`json answer block after it`,
    ).toBeDefined();
    const actual =
      /^\s*mutation\b/.test(e.query) || e.imports
        ? await asAliceOnAFreshStore(e.query, e.imports)
        : await post(url, e.query);
    const documented = JSON.parse(e.answer!) as unknown;
    expect(actual, `${e.where}: the API answers\n${JSON.stringify(actual)}`).toEqual(documented);
  });
});

describe('the documented-examples reader', () => {
  it('pairs each graphql block with the json block after it, indented or not', () => {
    const markdown = [
      'Text',
      '```graphql',
      '{ a }',
      '```',
      'The answer:',
      '```json',
      '{"data": {"a": 1}}',
      '```',
      '- a list item',
      '  ```graphql',
      '  { b }',
      '  ```',
      '```sh',
      'echo',
      '```',
    ].join('\n');
    expect(examplesIn(markdown, 'x.md')).toEqual([
      { where: 'x.md:2', query: '{ a }', answer: '{"data": {"a": 1}}', answerLine: 6 },
      { where: 'x.md:10', query: '{ b }' },
    ]);
  });
});
