/**
 * Probes: documents over a limit — too many selections once fragments are expanded (graphql-
 * query-complexity's node limit answered 500), too many tokens, directives, aliases or levels.
 * Each is refused before anything runs with 400 GRAPHQL_VALIDATION_FAILED naming the limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { seededMemoryStore } from '../support/seeded-stores.js';
import { firstError, LEAKS, startAbuseServer, type AbuseServer } from './abuse-server.js';

const repeat = (n: number, f: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => f(i)).join(' ');

describe('documents over a limit', () => {
  let api: AbuseServer;
  let roomy: AbuseServer;
  beforeAll(async () => {
    const store = await seededMemoryStore();
    api = await startAbuseServer(store);
    // Room for tokens and selections, so the alias limit itself is what refuses.
    roomy = await startAbuseServer(store, {
      limits: { maxTokens: 200_000, maxSelections: 50_000 },
    });
  });
  afterAll(async () => {
    await api.stop();
    await roomy.stop();
  });

  const refused = async (server: AbuseServer, query: string, limit: string) => {
    const answer = await server.graphql({ query });
    expect(answer.status, answer.text.slice(0, 300)).toBe(400);
    expect(firstError(answer).extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit,
    });
    expect(answer.text).not.toMatch(LEAKS);
    expect(answer.json?.data).toBeUndefined();
    return firstError(answer);
  };

  it('over the node limit: 150 spreads of a 100-field fragment (15,000 selections)', async () => {
    const query = `query Wide { ${repeat(150, () => '...F')} }
      fragment F on Query { ${repeat(100, (i) => `s${i}: stats { nodeCount }`)} }`;
    const error = await refused(api, query, 'MAX_QUERY_SELECTIONS');
    expect(error.message).toMatch(/more than 5000 with fragments expanded/);
  });

  it('over the token limit: 24,000 tokens, refused while parsing', async () => {
    const query = `{ nodes(ids: [${repeat(12_000, () => '"a"')}]) { id } }`;
    const error = await refused(api, query, 'MAX_QUERY_TOKENS');
    expect(error.message).toBe(
      `The document has more than ${DEFAULT_LIMITS.maxTokens} tokens, the limit (MAX_QUERY_TOKENS).`,
    );
  });

  it('over the directive limit: 60 @skip', async () => {
    const query = `{ ${repeat(60, (i) => `s${i}: stats @skip(if: false) { nodeCount }`)} }`;
    await refused(api, query, 'MAX_QUERY_DIRECTIVES');
  });

  it('10,000 aliases: over the token limit, and over the alias limit when the others allow', async () => {
    const query = `{ ${repeat(10_000, (i) => `a${i}: stats { nodeCount }`)} }`;
    await refused(api, query, 'MAX_QUERY_TOKENS');
    const error = await refused(roomy, query, 'MAX_QUERY_ALIASES');
    expect(error.message).toBe('Aliases limit of 1000 exceeded, found 10000.');
  });

  it('over the depth limit, through fragments too', async () => {
    const query = `{ actor(id: "anci") { ...M } }
      fragment M on Actor { municipality { municipality { municipality { municipality { municipality {
        municipality { municipality { municipality { municipality { municipality { municipality {
          municipality { id } } } } } } } } } } } } }`;
    const error = await refused(api, query, 'MAX_QUERY_DEPTH');
    expect(error.message).toBe('Query depth limit of 12 exceeded, found 14.');
  });
});
