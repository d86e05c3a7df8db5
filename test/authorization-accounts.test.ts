import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, operators, users } from '../src/db/schema/index.js';
import { hashPassword } from '../src/domain/auth/passwords.js';
import { createApiKey, createUser } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// The authorization matrix of test/authorization.test.ts for the self-hosted account mutations.
// Written out from the SDL and src/domain/accounts:
// - signUp, signIn, refreshSession, signOut, verifyEmail, requestPasswordReset, resetPassword act
//   on the credentials in their input (a password, a refresh token, a mailed code), never on the
//   viewer: every viewer gets the same answer, an API key included (it gains nothing it did not
//   send). A revoked key is refused before anything runs (HTTP 401), as everywhere.
// - changePassword and requestEmailVerification are the signed-in user's own (requireUser):
//   anonymous requests and API keys get UNAUTHENTICATED.
// Every cell acts on objects of its own and checks that a success did what it says.

const VIEWERS = ['anonymous', 'driver', 'staff', 'owner', 'admin', 'partnerKey', 'revokedKey'] as const;
type ViewerName = (typeof VIEWERS)[number];
type UserViewerName = 'driver' | 'staff' | 'owner' | 'admin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'HTTP_401';

let server: TestServer;
const credentials = new Map<ViewerName, string | undefined>();
/** Each user viewer's current password (changePassword cells change it). */
const passwords = new Map<UserViewerName, string>();
let cell = 0;
const PASSWORD = 'matrix passphrase 0';

beforeAll(async () => {
  server = await startTestServer({ accounts: { attemptLimits: false } });
  const db = server.database.db;
  const [citypark] = await db.select().from(operators).where(eq(operators.name, 'CityPark'));
  const driver = await createUser(db, { displayName: 'Matrix Driver' });
  const admin = await createUser(db, { displayName: 'Matrix Admin', role: 'ADMIN' });
  const emails: Record<UserViewerName, string> = {
    driver: driver.email,
    staff: 'gate@citypark.example',
    owner: 'ops@citypark.example',
    admin: admin.email,
  };
  for (const [name, email] of Object.entries(emails) as Array<[UserViewerName, string]>) {
    await db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.email, email));
    passwords.set(name, PASSWORD);
    credentials.set(name, await server.tokenFor(email));
  }
  credentials.set('anonymous', undefined);
  credentials.set('partnerKey', (await createApiKey(db, citypark!.id, { scopes: ['bookings:read', 'lots:write'] })).key);
  credentials.set('revokedKey', (await createApiKey(db, citypark!.id, { scopes: ['bookings:read'], revoked: true })).key);
});
afterAll(() => server?.stop());

async function post(query: string, variables: Record<string, unknown> | undefined, viewer: ViewerName) {
  const credential = credentials.get(viewer);
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(credential && { authorization: `Bearer ${credential}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

const freshEmail = () => `matrix-${(cell += 1)}-${Date.now() % 100_000}@accounts.example`;

/** A new account (through the API, as anonymous): its email and first session's refresh token. */
async function newAccount(): Promise<{ email: string; refreshToken: string }> {
  const email = freshEmail();
  const { body } = await post(
    `mutation($input: SignUpInput!) { signUp(input: $input) { session { refreshToken } } }`,
    { input: { email, password: PASSWORD, displayName: 'Matrix Account' } },
    'anonymous',
  );
  return { email, refreshToken: (body.data!.signUp as { session: { refreshToken: string } }).session.refreshToken };
}

async function mailedCode(email: string, subject: RegExp): Promise<string> {
  const mails = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(asc(mailOutbox.id));
  return /^[A-Za-z0-9_-]{43}$/m.exec(mails.filter((mail) => subject.test(mail.subject)).at(-1)!.body)![0];
}

interface MutationCase {
  name: string;
  document: string;
  /** Variables for this cell (objects of its own). */
  variables: (viewer: ViewerName) => Promise<Record<string, unknown> | undefined>;
  /** True when a successful payload did what it says. */
  succeeded: (payload: Record<string, unknown>) => boolean;
  /** After an OK cell (e.g. remember the new password). */
  after?: (viewer: ViewerName, variables: Record<string, unknown> | undefined) => void;
  expected: Record<ViewerName, Outcome>;
}

const EVERYONE: Record<ViewerName, Outcome> = {
  anonymous: 'OK',
  driver: 'OK',
  staff: 'OK',
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'OK',
  revokedKey: 'HTTP_401',
};
const SIGNED_IN_USERS: Record<ViewerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'OK',
  staff: 'OK',
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'UNAUTHENTICATED',
  revokedKey: 'HTTP_401',
};
const hasSession = (payload: Record<string, unknown>) => typeof (payload.session as { accessToken?: unknown } | null)?.accessToken === 'string';
const isOk = (payload: Record<string, unknown>) => payload.ok === true;

const MUTATIONS: MutationCase[] = [
  {
    name: 'signUp',
    document: `mutation($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }`,
    variables: async () => ({ input: { email: freshEmail(), password: PASSWORD, displayName: 'Cell' } }),
    succeeded: hasSession,
    expected: EVERYONE,
  },
  {
    name: 'signIn',
    document: `mutation($input: SignInInput!) { signIn(input: $input) { session { accessToken } userErrors { code } } }`,
    variables: async () => ({ input: { email: (await newAccount()).email, password: PASSWORD } }),
    succeeded: hasSession,
    expected: EVERYONE,
  },
  {
    name: 'refreshSession',
    document: `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { session { accessToken } userErrors { code } } }`,
    variables: async () => ({ input: { refreshToken: (await newAccount()).refreshToken } }),
    succeeded: hasSession,
    expected: EVERYONE,
  },
  {
    name: 'signOut',
    document: `mutation($input: SignOutInput!) { signOut(input: $input) { ok userErrors { code } } }`,
    variables: async () => ({ input: { refreshToken: (await newAccount()).refreshToken } }),
    succeeded: isOk,
    expected: EVERYONE,
  },
  {
    name: "changePassword (the viewer's own)",
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { session { accessToken } userErrors { code } } }`,
    variables: async (viewer) => ({
      input: { currentPassword: passwords.get(viewer as UserViewerName) ?? PASSWORD, newPassword: `matrix passphrase ${(cell += 1)}` },
    }),
    succeeded: hasSession,
    after: (viewer, variables) => passwords.set(viewer as UserViewerName, (variables!.input as { newPassword: string }).newPassword),
    expected: SIGNED_IN_USERS,
  },
  {
    name: "requestEmailVerification (the viewer's own)",
    document: `mutation { requestEmailVerification { ok userErrors { code } } }`,
    variables: async () => undefined,
    succeeded: isOk,
    expected: SIGNED_IN_USERS,
  },
  {
    name: 'verifyEmail',
    document: `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code } } }`,
    variables: async () => ({ input: { token: await mailedCode((await newAccount()).email, /Confirm/) } }),
    succeeded: (payload) => payload.user !== null,
    expected: EVERYONE,
  },
  {
    name: 'requestPasswordReset',
    document: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code } } }`,
    variables: async () => ({ input: { email: (await newAccount()).email } }),
    succeeded: isOk,
    expected: EVERYONE,
  },
  {
    name: 'resetPassword',
    document: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }`,
    variables: async () => {
      const { email } = await newAccount();
      await post(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }`, { input: { email } }, 'anonymous');
      return { input: { token: await mailedCode(email, /Reset/), newPassword: 'a brand new passphrase' } };
    },
    succeeded: isOk,
    expected: EVERYONE,
  },
];

function outcomeOf(response: { status: number; body: GraphQLResponse }, mutation: MutationCase): string {
  if (response.status === 401) {
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    return 'HTTP_401';
  }
  const error = response.body.errors?.[0];
  if (error) return error.extensions?.code === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : `GraphQL error ${String(error.extensions?.code)}: ${error.message}`;
  const payload = Object.values(response.body.data!)[0] as Record<string, unknown> & { userErrors: unknown[] };
  if (payload.userErrors.length === 0 && mutation.succeeded(payload)) return 'OK';
  return `unexpected payload ${JSON.stringify(payload)}`;
}

describe.each(MUTATIONS)('$name', (mutation) => {
  it.each(VIEWERS.map((viewer) => [viewer, mutation.expected[viewer]] as const))('as %s: %s', async (viewer, expected) => {
    const variables = await mutation.variables(viewer);
    const outcome = outcomeOf(await post(mutation.document, variables, viewer), mutation);
    if (outcome === 'OK') mutation.after?.(viewer, variables);
    expect(outcome).toBe(expected);
  });
});
