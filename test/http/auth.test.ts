/** Authentication over HTTP: API keys, JWTs, and queries that need a key when so configured. */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/api-limits.js';
import { generateApiKey } from '../../src/config/api-keys.js';
import { createAuthenticator, type AuthConfig } from '../../src/server/auth/authenticator.js';
import { createJwtVerifier } from '../../src/server/auth/jwt.js';
import { createServer, type DiplomapServer } from '../../src/server/create-server.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { graphql } from '../support/serve-process.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';
const editor = generateApiKey('ed', 'editor');
const reader = generateApiKey('re', 'reader');

const CREATE = `mutation { createActor(input: { kind: NETWORK, name: "Keyed" }, source: { note: "auth test" }) { node { key } change { by } } }`;

async function jwt(claims: Record<string, unknown>, expiresIn = '5m'): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('maria')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

async function serverWith(
  auth: Omit<AuthConfig, 'jwt'>,
): Promise<{ server: DiplomapServer; url: string }> {
  const store = await MemoryStore.fromData(editFixture());
  const config: AuthConfig = {
    ...auth,
    jwt: await createJwtVerifier({ secret, roleClaim: 'role' }),
  };
  const server = await createServer(store, DEFAULT_LIMITS, undefined, config);
  return { server, url: await server.listen('127.0.0.1', 0) };
}

describe('authentication over HTTP', () => {
  let open: { server: DiplomapServer; url: string };
  let closed: { server: DiplomapServer; url: string };

  beforeAll(async () => {
    const keys = [editor.record, reader.record];
    open = await serverWith({ keys, queryAccess: 'public' });
    closed = await serverWith({ keys, queryAccess: 'key' });
  });
  afterAll(async () => {
    await open.server.stop();
    await closed.server.stop();
  });

  it('lets an editor key edit, recorded under the key id', async () => {
    const { status, body } = await graphql(
      open.url,
      CREATE,
      {},
      { authorization: `Bearer ${editor.key}` },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      createActor: { node: { key: 'keyed' }, change: { by: 'key:ed' } },
    });
  });

  it('accepts the key in X-API-Key too', async () => {
    const { body } = await graphql(
      open.url,
      '{ changes { totalCount } }',
      {},
      { 'x-api-key': reader.key },
    );
    expect(body.errors).toBeUndefined();
  });

  it('answers a wrong key with 401 UNAUTHENTICATED, even for a public query', async () => {
    const { status, body } = await graphql(
      open.url,
      '{ stats { nodeCount } }',
      {},
      {
        authorization: `Bearer ${editor.key}x`,
      },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a reader key an edit with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
    const asReader = await graphql(open.url, CREATE, {}, { authorization: `Bearer ${reader.key}` });
    expect(asReader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(open.url, CREATE);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const changes = await graphql(open.url, '{ changes { totalCount } }');
    expect(changes.body.data).toEqual({ changes: { totalCount: 1 } });
  });

  it('accepts a signed JWT with a role claim, and refuses expired or badly signed ones', async () => {
    const good = await graphql(
      closed.url,
      CREATE,
      {},
      {
        authorization: `Bearer ${await jwt({ role: 'editor' })}`,
      },
    );
    expect(good.body.data).toEqual({
      createActor: { node: { key: 'keyed' }, change: { by: 'jwt:maria' } },
    });

    const expired = await graphql(
      closed.url,
      '{ stats { nodeCount } }',
      {},
      {
        authorization: `Bearer ${await jwt({ role: 'reader' }, '-1m')}`,
      },
    );
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]?.message).toMatch(/^The token is not valid: /);

    const forged = (await jwt({ role: 'admin' })).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    const badSignature = await graphql(
      closed.url,
      '{ stats { nodeCount } }',
      {},
      {
        authorization: `Bearer ${forged}`,
      },
    );
    expect(badSignature.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const noRole = await graphql(
      closed.url,
      '{ stats { nodeCount } }',
      {},
      {
        authorization: `Bearer ${await jwt({})}`,
      },
    );
    expect(noRole.body.errors?.[0]?.message).toMatch(
      /"role" claim must be one of reader, editor, admin/,
    );
  });

  it('needs a credential for queries when QUERY_ACCESS is key', async () => {
    const anonymous = await graphql(closed.url, '{ stats { nodeCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withKey = await graphql(
      closed.url,
      '{ stats { nodeCount } }',
      {},
      { 'x-api-key': reader.key },
    );
    expect(withKey.body.errors).toBeUndefined();
  });

  it('refuses a malformed Authorization header', async () => {
    const authenticate = createAuthenticator({ keys: [], queryAccess: 'public' });
    await expect(authenticate({ authorization: 'Basic abc' })).rejects.toThrow(/Bearer/);
    await expect(authenticate({ authorization: 'Bearer nonsense' })).rejects.toThrow(
      /neither an API key/,
    );
  });
});
