import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { findUserByEmail } from '../src/db/queries/accounts.js';
import { apiKeys } from '../src/db/schema/index.js';
import { createApiKey, createOperator, createUser } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { TypedDocumentString } from './gql/generated/graphql.js';
import { request, requestOverWebSocket } from './gql/request.js';

// Who a request is: no credentials (anonymous), a user's bearer JWT, or a partner's API key.
// Bad credentials are refused outright (HTTP 401, WebSocket close 4403), never served as anonymous.

let server: TestServer;
let operatorId: string;
const devAuth = (() => {
  const { auth } = loadConfig({});
  if (auth.kind !== 'hs256') throw new Error('tests sign their own tokens');
  return auth;
})();

beforeAll(async () => {
  server = await startTestServer();
  operatorId = await createOperator(server.database.db, 'Auth Test Parking');
});
afterAll(() => server?.stop());

const VIEWER = graphql(`
  query AuthViewer { viewer { user { id email displayName } vehicles { plate } } }
`);
const VIEWER_ID = graphql(`
  query AuthViewerId { viewer { user { id } } }
`);
const VIEWER_AND_A_LOT = graphql(`
  query AuthViewerAndALot { viewer { user { id } } lots(first: 1) { edges { node { id } } } }
`);
const VIEWER_AND_A_LOT_NAME = graphql(`
  query AuthViewerAndALotName { viewer { user { id } } lots(first: 1) { edges { node { name } } } }
`);
const ADD_VEHICLE = graphql(`
  mutation AuthAddVehicle($input: AddVehicleInput!) {
    addVehicle(input: $input) { vehicle { id plate } userErrors { code field } }
  }
`);

interface RawResponse<Data = unknown> {
  status: number;
  body: GraphQLResponse<Data>;
}

/** POSTs with an exact Authorization header value (or none), returning status and body. */
async function post<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  authorization?: string,
  variables?: Variables,
): Promise<RawResponse<Result>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined && { authorization }) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Result> };
}

/** The request was refused before execution: 401, one UNAUTHENTICATED error, no data at all. */
function expectRefused(response: RawResponse): void {
  expect(response.status, JSON.stringify(response.body)).toBe(401);
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.body.data).toBeUndefined();
}

function sign(
  claims: { sub: string; email?: string },
  options: { secret?: string; audience?: string; issuer?: string; expiresAt?: number } = {},
): Promise<string> {
  return new SignJWT(claims.email ? { email: claims.email } : {})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? devAuth.issuer)
    .setAudience(options.audience ?? devAuth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 3600)
    .sign(new TextEncoder().encode(options.secret ?? devAuth.secret));
}

async function driverId(): Promise<string> {
  return (await findUserByEmail(server.database.db, 'driver@parkway.dev'))!.id;
}

describe('HTTP: bearer tokens', () => {
  it('serves a request without Authorization as anonymous: viewer is null, public data is there', async () => {
    const response = await post(VIEWER_AND_A_LOT_NAME);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({ viewer: null, lots: { edges: [{ node: { name: expect.any(String) } }] } });
  });

  it('answers UNAUTHENTICATED to an anonymous mutation that needs a user', async () => {
    const response = await post(ADD_VEHICLE, undefined, { input: { plate: 'AN0N 1', country: 'GB' } });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors![0]!.path).toEqual(['addVehicle']);
    expect(response.body.data ?? null).toBeNull();
  });

  it('makes viewer the signed-in user for a valid development token', async () => {
    const token = await server.tokenFor('driver@parkway.dev');
    const response = await post(VIEWER, `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.viewer).toMatchObject({
      user: { email: 'driver@parkway.dev', displayName: expect.any(String) },
      vehicles: [{ plate: 'MA19XYZ' }, { plate: 'LV70VAN' }],
    });
  });

  it('accepts the scheme name in any case ("bearer")', async () => {
    const token = await server.tokenFor('admin@parkway.dev');
    const response = await post(VIEWER, `bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.body.data?.viewer?.user.email).toBe('admin@parkway.dev');
  });

  it('refuses a malformed token with 401', async () => {
    expectRefused(await post(VIEWER, 'Bearer not-a-jwt'));
    expectRefused(await post(VIEWER, 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl'));
  });

  it('refuses an expired token with 401', async () => {
    const token = await sign({ sub: await driverId(), email: 'driver@parkway.dev' }, { expiresAt: Math.floor(Date.now() / 1000) - 120 });
    expectRefused(await post(VIEWER, `Bearer ${token}`));
  });

  it('refuses a token signed with another secret with 401', async () => {
    const token = await sign({ sub: await driverId(), email: 'driver@parkway.dev' }, { secret: 'x'.repeat(48) });
    expectRefused(await post(VIEWER, `Bearer ${token}`));
  });

  it('refuses a token for another audience or issuer with 401', async () => {
    const sub = await driverId();
    expectRefused(await post(VIEWER, `Bearer ${await sign({ sub, email: 'driver@parkway.dev' }, { audience: 'someone-else' })}`));
    expectRefused(await post(VIEWER, `Bearer ${await sign({ sub, email: 'driver@parkway.dev' }, { issuer: 'someone-else' })}`));
  });

  it('refuses an unsigned (alg none) token with 401', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = { sub: await driverId(), iss: devAuth.issuer, aud: devAuth.audience, iat: now, exp: now + 3600 };
    expectRefused(await post(VIEWER, `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`));
  });

  it('refuses a valid token naming a user that does not exist with 401', async () => {
    const token = await sign({ sub: randomUUID(), email: `nobody-${randomUUID().slice(0, 6)}@test.example` });
    expectRefused(await post(VIEWER, `Bearer ${token}`));
  });

  it('refuses an Authorization header that is not "Bearer <credential>" with 401', async () => {
    const token = await server.tokenFor('driver@parkway.dev');
    for (const header of [`Basic ${Buffer.from('driver:pw').toString('base64')}`, 'Bearer', `Token ${token}`, `Bearer ${token} extra`, token]) {
      expectRefused(await post(VIEWER, header));
    }
  });

  it('does not run a mutation sent with a bad token', async () => {
    const plate = `BAD${randomUUID().slice(0, 4).toUpperCase()}`;
    expectRefused(await post(ADD_VEHICLE, 'Bearer not-a-jwt', { input: { plate, country: 'GB' } }));
    const mine = await request(server, VIEWER, {}, {
      as: await server.tokenFor('driver@parkway.dev'),
    });
    expect(mine.data!.viewer!.vehicles.map((vehicle) => vehicle.plate)).not.toContain(plate);
  });
});

describe('WebSocket: credentials in connection_init', () => {
  it('makes viewer the signed-in user over graphql-ws', async () => {
    const token = await server.tokenFor('driver@parkway.dev');
    const response = await requestOverWebSocket(server, VIEWER, {}, { as: token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer?.user.email).toBe('driver@parkway.dev');
  });

  it('serves a connection without credentials as anonymous', async () => {
    const response = await requestOverWebSocket(server, VIEWER_ID, {});
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewer: null });
  });

  it('closes a connection with a bad token with code 4403', async () => {
    for (const credential of ['not-a-jwt', await sign({ sub: randomUUID() })]) {
      const client = server.wsClient({ as: credential });
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      const outcome = await new Promise<'result' | 'error' | 'complete'>((resolve) => {
        client.subscribe({ query: VIEWER.toString() }, { next: () => resolve('result'), error: () => resolve('error'), complete: () => resolve('complete') });
      });
      expect(outcome).toBe('error');
      expect(await closed).toBe(4403);
    }
  });
});

describe('API keys', () => {
  it('authenticates a partner key: no 401, viewer null (a key is not a user), public data served', async () => {
    const { key } = await createApiKey(server.database.db, operatorId, { scopes: ['lots:write'] });
    const response = await post(VIEWER_AND_A_LOT, `Bearer ${key}`);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toMatchObject({ viewer: null, lots: { edges: [{ node: { id: expect.any(String) } }] } });
  });

  it('authenticates a key over graphql-ws too', async () => {
    const { key } = await createApiKey(server.database.db, operatorId);
    const response = await requestOverWebSocket(server, VIEWER_ID, {}, { as: key });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewer: null });
  });

  it('answers UNAUTHENTICATED when a key calls a mutation that needs a user', async () => {
    const { key } = await createApiKey(server.database.db, operatorId, { scopes: ['lots:write', 'bookings:read'] });
    const response = await post(ADD_VEHICLE, `Bearer ${key}`, { input: { plate: 'KEY 1', country: 'GB' } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data ?? null).toBeNull();
  });

  it('refuses a revoked key with 401', async () => {
    const { key } = await createApiKey(server.database.db, operatorId, { revoked: true });
    expectRefused(await post(VIEWER, `Bearer ${key}`));
  });

  it('refuses a key that is revoked after it was used', async () => {
    const { id, key } = await createApiKey(server.database.db, operatorId);
    expect((await post(VIEWER, `Bearer ${key}`)).status).toBe(200);
    await server.database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
    expectRefused(await post(VIEWER, `Bearer ${key}`));
  });

  it('refuses a wrong secret with a valid prefix, and an unknown prefix, with 401', async () => {
    const { key, prefix } = await createApiKey(server.database.db, operatorId);
    const secret = key.slice(prefix.length + 1);
    const tampered = `${prefix}_${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    expect(tampered).not.toBe(key);
    expectRefused(await post(VIEWER, `Bearer ${tampered}`));
    expectRefused(await post(VIEWER, `Bearer pk_00000000_${secret}`));
    expectRefused(await post(VIEWER, `Bearer ${prefix}_short`));
  });

  it('refuses a key over graphql-ws with close code 4403 when revoked', async () => {
    const { key } = await createApiKey(server.database.db, operatorId, { revoked: true });
    const client = server.wsClient({ as: key });
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    client.subscribe({ query: VIEWER.toString() }, { next: () => {}, error: () => {}, complete: () => {} });
    expect(await closed).toBe(4403);
  });

  it('records when a key was last used', async () => {
    const { id, key } = await createApiKey(server.database.db, operatorId);
    const lastUsed = async () =>
      (await server.database.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id)))[0]!.at;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    expect((await post(VIEWER, `Bearer ${key}`)).status).toBe(200);
    const at = await lastUsed();
    expect(at).toBeInstanceOf(Date);
    expect(at!.getTime()).toBeGreaterThan(before - 60_000);
    expect(at!.getTime()).toBeLessThan(Date.now() + 60_000);
  });

  it('does not record use of a refused (wrong secret) key', async () => {
    const { id, key, prefix } = await createApiKey(server.database.db, operatorId);
    const secret = key.slice(prefix.length + 1);
    const tampered = `${prefix}_${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    expectRefused(await post(VIEWER, `Bearer ${tampered}`));
    const [row] = await server.database.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id));
    expect(row!.at).toBeNull();
  });
});

describe('users the token names', () => {
  it('signs in a user created after start-up, by the user id in the token', async () => {
    const user = await createUser(server.database.db, { displayName: 'Fresh Driver' });
    const response = await post(VIEWER, `Bearer ${await server.tokenFor(user.email)}`);
    expect(response.status).toBe(200);
    expect(response.body.data?.viewer).toMatchObject({ user: { email: user.email, displayName: 'Fresh Driver' }, vehicles: [] });
  });
});
