import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '../src/db/schema/index.js';
import { hashPassword } from '../src/domain/auth/passwords.js';
import {
  cellsOf,
  createMatrixUsers,
  matrixCredentials,
  outcomeOf,
  postAs,
  rootField,
  type MatrixOutcome,
  type MutationPayload,
} from './helpers/authorization-matrix.js';
import { addMember, createOperator, createUser } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The authorization matrix of test/authorization.test.ts for the self-hosted account and team
// mutations. Written out from the SDL, src/domain/policy.ts and src/domain/accounts:
// - signUp, signIn, refreshSession, signOut, verifyEmail, requestPasswordReset, resetPassword act
//   on the credentials in their input (a password, a refresh token, a mailed code), never on the
//   viewer: every viewer gets the same answer, an API key included (it gains nothing it did not
//   send). A revoked key is refused before anything runs (HTTP 401), as everywhere.
// - changePassword and requestEmailVerification are the signed-in user's own (requireUser):
//   anonymous requests and API keys get UNAUTHENTICATED.
// - inviteMember, changeMemberRole, removeMember: the operator's OWNERs and admins
//   (canManageMembers); other signed-in users get FORBIDDEN (operators and their existence are
//   public); the team is people's business, so API keys get UNAUTHENTICATED (requireUser).
// - acceptInvitation of an invitation to the driver's address: the driver only; other users
//   FORBIDDEN (the code is not theirs), anonymous requests and keys UNAUTHENTICATED.
// - Operator.members: members of any role and admins; Operator.pendingInvitations: OWNERs and
//   admins; null for everyone else.
// Every cell acts on objects of its own and checks that a success did what it says.

const VIEWERS = ['anonymous', 'driver', 'staff', 'manager', 'owner', 'otherOwner', 'admin', 'partnerKey', 'revokedKey'] as const;
type ViewerName = (typeof VIEWERS)[number];
type UserViewerName = 'driver' | 'staff' | 'manager' | 'owner' | 'otherOwner' | 'admin';

let server: TestServer;
let credentials: Map<ViewerName, string | undefined>;
/** Each user viewer's current password (changePassword cells change it). */
const passwords = new Map<UserViewerName, string>();
const userIds = new Map<UserViewerName, string>();
let operatorId: string;
let cell = 0;
const PASSWORD = 'matrix passphrase 0';

beforeAll(async () => {
  server = await startTestServer({ accounts: { attemptLimits: false } });
  const db = server.database.db;
  operatorId = await createOperator(db, 'Matrix Team Parking', 'PRIVATE');
  const otherOperatorId = await createOperator(db, 'Other Team Parking', 'PRIVATE');
  const people = await createMatrixUsers<UserViewerName>(db, {
    driver: { displayName: 'Matrix Driver' },
    staff: { displayName: 'Matrix Staff', member: { operatorId, role: 'STAFF' } },
    manager: { displayName: 'Matrix Manager', member: { operatorId, role: 'MANAGER' } },
    owner: { displayName: 'Matrix Owner', member: { operatorId, role: 'OWNER' } },
    otherOwner: { displayName: 'Other Owner', member: { operatorId: otherOperatorId, role: 'OWNER' } },
    admin: { displayName: 'Matrix Admin', role: 'ADMIN' },
  });
  const passwordHash = await hashPassword(PASSWORD);
  const emails = {} as Record<UserViewerName, string>;
  for (const [name, { id, email }] of Object.entries(people) as Array<[UserViewerName, { id: string; email: string }]>) {
    await db.update(users).set({ passwordHash }).where(eq(users.id, id));
    passwords.set(name, PASSWORD);
    userIds.set(name, id);
    emails[name] = email;
  }
  credentials = await matrixCredentials(server, {
    users: emails,
    apiKeys: {
      partnerKey: { operatorId, scopes: ['bookings:read', 'lots:write'] },
      revokedKey: { operatorId, scopes: ['bookings:read'], revoked: true },
    },
  });
});
afterAll(() => server?.stop());

const post = (query: string, variables: Record<string, unknown> | undefined, viewer: ViewerName) => postAs(server, credentials.get(viewer), query, variables);

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
  succeeded: (payload: MutationPayload) => boolean;
  /** After an OK cell (e.g. remember the new password). */
  after?: (viewer: ViewerName, variables: Record<string, unknown> | undefined) => void;
  expected: Record<ViewerName, MatrixOutcome>;
}

const EVERYONE: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'OK',
  driver: 'OK',
  staff: 'OK',
  manager: 'OK',
  owner: 'OK',
  otherOwner: 'OK',
  admin: 'OK',
  partnerKey: 'OK',
  revokedKey: 'HTTP_401',
};
const SIGNED_IN_USERS: Record<ViewerName, MatrixOutcome> = { ...EVERYONE, anonymous: 'UNAUTHENTICATED', partnerKey: 'UNAUTHENTICATED' };
const OWNERS_AND_ADMINS: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'FORBIDDEN',
  staff: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  owner: 'OK',
  otherOwner: 'FORBIDDEN',
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
  {
    name: 'inviteMember',
    document: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { email } userErrors { code } } }`,
    variables: async () => ({ input: { operatorId: gid('Operator', operatorId), email: freshEmail(), role: 'STAFF' } }),
    succeeded: (payload) => payload.invitation !== null,
    expected: OWNERS_AND_ADMINS,
  },
  {
    name: "acceptInvitation of an invitation to the driver's address",
    document: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { member { role } userErrors { code } } }`,
    variables: async () => {
      // an operator of its own per cell: once the driver has joined one, they cannot be invited to it again
      const cellOperator = await createOperator(server.database.db, `Invitation Cell ${(cell += 1)}`, 'PRIVATE');
      await addMember(server.database.db, cellOperator, userIds.get('owner')!, 'OWNER');
      const [driver] = await server.database.db.select().from(users).where(eq(users.id, userIds.get('driver')!));
      const invite = await post(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { userErrors { code } } }`,
        { input: { operatorId: gid('Operator', cellOperator), email: driver!.email, role: 'STAFF' } },
        'owner',
      );
      expect(invite.body.data).toEqual({ inviteMember: { userErrors: [] } });
      return { input: { token: await mailedCode(driver!.email, /invited/) } };
    },
    succeeded: (payload) => payload.member !== null,
    expected: { ...SIGNED_IN_USERS, staff: 'FORBIDDEN', manager: 'FORBIDDEN', owner: 'FORBIDDEN', otherOwner: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: 'changeMemberRole of a STAFF member',
    document: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } userErrors { code } } }`,
    variables: async () => ({ input: { operatorId: gid('Operator', operatorId), userId: gid('User', await newStaff()), role: 'MANAGER' } }),
    succeeded: (payload) => (payload.member as { role: string } | null)?.role === 'MANAGER',
    expected: OWNERS_AND_ADMINS,
  },
  {
    name: 'removeMember of a STAFF member',
    document: `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { role } userErrors { code } } }`,
    variables: async () => ({ input: { operatorId: gid('Operator', operatorId), userId: gid('User', await newStaff()) } }),
    succeeded: (payload) => payload.member !== null,
    expected: OWNERS_AND_ADMINS,
  },
];

const gid = (type: 'Operator' | 'User', id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

/** A new STAFF member of the matrix operator. */
async function newStaff(): Promise<string> {
  const staff = await createUser(server.database.db, { displayName: 'Cell Staff' });
  await addMember(server.database.db, operatorId, staff.id, 'STAFF');
  return staff.id;
}

describe.each(MUTATIONS)('$name', (mutation) => {
  it.each(cellsOf(VIEWERS, mutation.expected))('as %s: %s', async (viewer, expected) => {
    const variables = await mutation.variables(viewer);
    const outcome = outcomeOf(await post(mutation.document, variables, viewer), rootField(mutation.document), mutation.succeeded);
    if (outcome === 'OK') mutation.after?.(viewer, variables);
    expect(outcome).toBe(expected);
  });
});

describe('Operator.members and Operator.pendingInvitations', () => {
  const TEAM = `query($id: ID!) { node(id: $id) { ... on Operator { members { edges { node { role } } } pendingInvitations { role } } } }`;
  const sees = (members: boolean, invitations: boolean) => ({ members, invitations });
  const expected: Record<ViewerName, ReturnType<typeof sees> | 'HTTP_401'> = {
    anonymous: sees(false, false),
    driver: sees(false, false),
    staff: sees(true, false),
    manager: sees(true, false),
    owner: sees(true, true),
    otherOwner: sees(false, false),
    admin: sees(true, true),
    partnerKey: sees(false, false), // a key is not a person of the team
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS)('as %s', async (viewer) => {
    const response = await post(TEAM, { id: gid('Operator', operatorId) }, viewer);
    if (response.status === 401) return expect('HTTP_401').toBe(expected[viewer]);
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data!.node as { members: { edges: unknown[] } | null; pendingInvitations: unknown[] | null };
    expect(sees(node.members !== null, node.pendingInvitations !== null)).toEqual(expected[viewer]);
    if (node.members) expect(node.members.edges.length).toBeGreaterThanOrEqual(3);
  });
});
