import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../src/db/queries/accounts.js';
import { userIdentities, users } from '../src/db/schema/index.js';
import { graphql } from './gql/generated/index.js';
import type { OidcViewerQuery } from './gql/generated/graphql.js';
import { requestOverWebSocket } from './gql/request.js';
import { onPostgres } from './helpers/database.js';
import { nodeId } from './helpers/fixtures.js';
import { startOpenIdProvider, type ProviderAccount, type TestOpenIdProvider } from './helpers/oidc-provider.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { eventually } from './helpers/subscriptions.js';

// Parkway configured with a real OpenID Provider (oidc-provider, started here on a local port):
// tokens come from its authorization-code flow and are checked against the JWKS its discovery
// document names. A provider account signs in as the user linked to its (issuer, subject), is
// linked to an existing user only by a verified email, and otherwise gets a new DRIVER account.

let provider: TestOpenIdProvider;
let server: TestServer;

beforeAll(async () => {
  provider = await startOpenIdProvider();
  server = await startTestServer({
    auth: { kind: 'oidc', jwksUrl: provider.jwksUri, issuer: provider.issuer, audience: provider.audience, jwksCooldownMs: 0 },
  });
});
afterAll(async () => {
  await server?.stop();
  await provider?.stop();
});

const VIEWER = graphql(`
  query OidcViewer { viewer { user { id email displayName } } }
`);

/** POSTs `{ viewer }` with a bearer token; returns the HTTP status and the body. */
async function viewerWith(token: string): Promise<{ status: number; body: GraphQLResponse<OidcViewerQuery> }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: VIEWER.toString() }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<OidcViewerQuery> };
}

/** Signs in through the provider and returns who Parkway says the viewer is. */
async function signInAs(account: ProviderAccount): Promise<NonNullable<OidcViewerQuery['viewer']>['user']> {
  const { status, body } = await viewerWith(await provider.accessTokenFor(account));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.viewer!.user;
}

async function expectRefused(token: string, message?: RegExp): Promise<void> {
  const { status, body } = await viewerWith(token);
  expect(status, JSON.stringify(body)).toBe(401);
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  if (message) expect(body.errors?.[0]?.message).toMatch(message);
  expect(body.data).toBeUndefined();
}

const newSubject = () => `subject-${randomBytes(6).toString('hex')}`;
const newEmail = () => `oidc-${randomBytes(6).toString('hex')}@example.net`;

function identitiesOf(subject: string) {
  return server.database.db.select().from(userIdentities).where(eq(userIdentities.subject, subject));
}

function usersWithEmail(email: string) {
  return server.database.db.select().from(users).where(eq(users.email, email));
}

describe('OIDC: a new provider account', () => {
  it('creates a DRIVER on first use, linked by (issuer, subject), and is the same user on the next request', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: true, name: 'Olga Ivanova' };
    const first = await signInAs(account);
    expect(first).toMatchObject({ email: account.email, displayName: 'Olga Ivanova' });
    const [created] = await usersWithEmail(account.email);
    expect(created).toMatchObject({ role: 'DRIVER', displayName: 'Olga Ivanova' });
    expect(first.id).toBe(nodeId('User', created!.id));
    expect(created!.emailVerifiedAt).toBeInstanceOf(Date);
    const again = await signInAs(account);
    expect(again.id).toBe(first.id);
    expect(await identitiesOf(account.sub)).toEqual([
      expect.objectContaining({ issuer: provider.issuer, subject: account.sub, userId: created!.id }),
    ]);
  });

  it('stays the same user when the provider later reports another email', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: true };
    const first = await signInAs(account);
    const renamed = await signInAs({ ...account, email: newEmail() });
    expect(renamed).toEqual(first);
  });

  it('names the user by preferred_username, else by the local part of the email', async () => {
    const email = newEmail();
    expect(await signInAs({ sub: newSubject(), email: newEmail(), email_verified: true, preferred_username: 'olga.i' })).toMatchObject({
      displayName: 'olga.i',
    });
    expect(await signInAs({ sub: newSubject(), email, email_verified: true })).toMatchObject({ displayName: email.split('@')[0] });
  });

  it('creates one user when two first requests arrive at once', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: false };
    const tokens = await Promise.all([1, 2, 3, 4].map(() => provider.accessTokenFor(account)));
    const answers = await Promise.all(tokens.map(viewerWith));
    for (const answer of answers) expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.body.data!.viewer!.user.id)).size).toBe(1);
    expect(await usersWithEmail(account.email)).toHaveLength(1);
    expect(await identitiesOf(account.sub)).toHaveLength(1);
  });

  // two requests racing for real: the test plays the one that wins, in a transaction it commits
  // only once the server's insert waits for it (a wait PGlite, with one connection, cannot have)
  it.runIf(onPostgres)('signs in as the user a concurrent first request created, when it loses the race to it (PostgreSQL only)', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: true };
    const token = await provider.accessTokenFor(account);
    const db = server.database.db;
    let winnerId = '';
    let answer: ReturnType<typeof viewerWith> | undefined;
    await db.transaction(async (tx) => {
      const [winner] = await tx.insert(users).values({ email: account.email, displayName: 'Winner', role: 'DRIVER' }).returning();
      await tx.insert(userIdentities).values({ issuer: provider.issuer, subject: account.sub, userId: winner!.id });
      winnerId = winner!.id;
      answer = viewerWith(token);
      await eventually(async () => {
        const waiting = await db.execute(sql`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        return (waiting as unknown as { rows: unknown[] }).rows.length > 0;
      }, 10_000, "the server's insert waiting for the winner's");
    });
    const { body } = await answer!;
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.viewer!.user.id).toBe(nodeId('User', winnerId));
    expect(await usersWithEmail(account.email)).toHaveLength(1);
  });

  it('creates an account with an unverified email nobody uses (see docs/decisions/oidc-account-linking.md)', async () => {
    const account = { sub: newSubject(), email: newEmail() };
    expect(await signInAs(account)).toMatchObject({ email: account.email });
    expect(await usersWithEmail(account.email)).toEqual([expect.objectContaining({ role: 'DRIVER', emailVerifiedAt: null })]);
  });

  it('refuses a token without an email, and creates nothing', async () => {
    const sub = newSubject();
    await expectRefused(await provider.accessTokenFor({ sub, name: 'No Mail' }), /email/);
    expect(await identitiesOf(sub)).toEqual([]);
  });
});

describe('OIDC: an existing Parkway account', () => {
  it('links a provider account whose email is verified to the user with that email', async () => {
    const priya = (await findUserByEmail(server.database.db, 'priya@example.com'))!;
    const account = { sub: newSubject(), email: 'Priya@Example.com', email_verified: true, name: 'Someone Else' };
    expect(await signInAs(account)).toEqual({ id: nodeId('User', priya.id), email: priya.email, displayName: priya.displayName });
    expect(await identitiesOf(account.sub)).toEqual([expect.objectContaining({ userId: priya.id })]);
    expect((await usersWithEmail(priya.email))[0]!.emailVerifiedAt).toBeInstanceOf(Date);
    // linked by subject from now on, whatever email the provider reports
    expect((await signInAs({ ...account, email: newEmail(), email_verified: false })).id).toBe(nodeId('User', priya.id));
  });

  it.each([
    ['email_verified: false', { email_verified: false }],
    ['no email_verified claim', {}],
  ])('never signs in as the owner of an email that is not verified (%s), and creates nothing', async (_case, verified) => {
    const driver = (await findUserByEmail(server.database.db, 'driver@parkway.dev'))!;
    const sub = newSubject();
    const token = await provider.accessTokenFor({ sub, email: 'driver@parkway.dev', ...verified });
    await expectRefused(token, /verify/);
    expect(await identitiesOf(sub)).toEqual([]);
    expect(await usersWithEmail('driver@parkway.dev')).toEqual([driver]);
  });

  it('links a second provider account with the verified email to an account whose email is verified', async () => {
    const email = newEmail();
    const first = await signInAs({ sub: newSubject(), email, email_verified: true });
    expect(await signInAs({ sub: newSubject(), email, email_verified: true })).toEqual(first);
  });

  it('never links a verified email into an account someone made with that email unverified (pre-hijacking)', async () => {
    const email = newEmail();
    const squatter = await signInAs({ sub: newSubject(), email, email_verified: false });
    const owner = newSubject();
    await expectRefused(await provider.accessTokenFor({ sub: owner, email, email_verified: true }), /not verified its address/);
    expect(await identitiesOf(owner)).toEqual([]);
    expect(await usersWithEmail(email)).toEqual([expect.objectContaining({ emailVerifiedAt: null })]);
    expect(nodeId('User', (await usersWithEmail(email))[0]!.id)).toBe(squatter.id);
  });

  it('refuses the takeover over WebSocket too: connection_init is closed with 4403', async () => {
    const sub = newSubject();
    const client = server.wsClient({ as: await provider.accessTokenFor({ sub, email: 'driver@parkway.dev', email_verified: false }) });
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const outcome = await new Promise<string>((resolve) => {
      client.subscribe({ query: VIEWER.toString() }, { next: () => resolve('result'), error: () => resolve('error'), complete: () => resolve('complete') });
    });
    expect(outcome).toBe('error');
    expect(await closed).toBe(4403);
    expect(await identitiesOf(sub)).toEqual([]);
  });
});

describe('OIDC: tokens', () => {
  it('signs in over WebSocket with the token in connection_init', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: true };
    const response = await requestOverWebSocket(server, VIEWER, {}, { as: await provider.accessTokenFor(account) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer?.user).toMatchObject({ email: account.email });
    expect((await signInAs(account)).id).toBe(response.data?.viewer?.user.id);
  });

  it('accepts a token signed with a key the provider rotated to mid-run', async () => {
    const account = { sub: newSubject(), email: newEmail(), email_verified: true };
    const before = await provider.accessTokenFor(account);
    const user = await signInAs(account);
    const oldKid = decodeProtectedHeader(before).kid;

    const newKid = await provider.rotateKeys();
    const after = await provider.accessTokenFor(account);
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect(newKid).not.toBe(oldKid);
    expect((await viewerWith(after)).body.data?.viewer?.user.id).toBe(user.id);
    // the old key is still published, so tokens it signed are still good
    expect((await viewerWith(before)).body.data?.viewer?.user.id).toBe(user.id);
  });

  it('refuses a token for another audience, and creates nothing', async () => {
    const sub = newSubject();
    await expectRefused(await provider.accessTokenFor({ sub, email: newEmail(), email_verified: true }, { resource: 'https://elsewhere.test/api' }));
    expect(await identitiesOf(sub)).toEqual([]);
  });

  it("refuses a token from another issuer, even one signed with the configured provider's key", async () => {
    const impostor = await startOpenIdProvider({ signingKeys: provider.signingKeys });
    try {
      const sub = newSubject();
      const token = await impostor.accessTokenFor({ sub, email: newEmail(), email_verified: true });
      expect(decodeProtectedHeader(token).kid).toBe(provider.signingKeys[0]!.kid);
      await expectRefused(token);
      expect(await identitiesOf(sub)).toEqual([]);
    } finally {
      await impostor.stop();
    }
  });

  it('refuses a development token (HS256) once an OpenID Provider is configured', async () => {
    await expectRefused(await server.tokenFor('driver@parkway.dev'));
  });
});
