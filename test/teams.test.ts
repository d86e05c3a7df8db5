import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations, mailOutbox, operatorMembers } from '../src/db/schema/index.js';
import { addMember, createOperator, createUser } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// An operator's team through the public endpoint: an OWNER invites by email with a role, the
// invitee accepts with the mailed code (read from the mail outbox), owners change roles and remove
// members, and the last owner stays.

let server: TestServer;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer({ accounts: { attemptLimits: false } });
});
afterAll(() => server?.stop());

const gid = (type: 'Operator' | 'User', id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const ERRORS = `userErrors { code field message }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { email role expiresAt operator { id name } } ${ERRORS} } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { member { role user { id } } ${ERRORS} } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role user { id } } ${ERRORS} } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { role user { id } } ${ERRORS} } }`;
const TEAM = `query($id: ID!) { node(id: $id) { ... on Operator {
  members(first: 50) { edges { node { role joinedAt user { id displayName } } } }
  pendingInvitations { email role }
} } }`;

interface Team {
  members: { edges: Array<{ node: { role: string; joinedAt: string; user: { id: string; displayName: string } } }> } | null;
  pendingInvitations: Array<{ email: string; role: string }> | null;
}

type Payload = Record<string, unknown> & { userErrors: Array<{ code: string; field: string[] | null; message: string }> };

async function call(document: string, input: Record<string, unknown>, as: string): Promise<Payload> {
  const response = await server.graphql<Record<string, Payload>>(document, { input }, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

/** A new operator with an OWNER; their token. */
async function operatorWithOwner(): Promise<{ operatorId: string; ownerId: string; owner: string }> {
  const db = server.database.db;
  const operatorId = await createOperator(db, `Team Parking ${(counter += 1)}`, 'PRIVATE');
  const owner = await createUser(db, { displayName: 'Olive Owner' });
  await addMember(db, operatorId, owner.id, 'OWNER');
  return { operatorId, ownerId: owner.id, owner: await server.tokenFor(owner.email) };
}

/** A user of their own (through the fixtures) and their token. */
async function person(displayName = 'Team Person'): Promise<{ id: string; email: string; token: string }> {
  const user = await createUser(server.database.db, { displayName });
  return { ...user, token: await server.tokenFor(user.email) };
}

async function team(operatorId: string, as: string): Promise<Team> {
  const response = await server.graphql<{ node: Team }>(TEAM, { id: gid('Operator', operatorId) }, { as });
  expect(response.errors).toBeUndefined();
  return response.data!.node;
}

async function invitationCode(email: string): Promise<string> {
  const mails = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  const mail = mails.filter((row) => row.subject.startsWith('You are invited')).sort((a, b) => a.id - b.id).at(-1);
  return /^[A-Za-z0-9_-]{43}$/m.exec(mail!.body)![0];
}

async function rowsOf(operatorId: string) {
  const db = server.database.db;
  const [members] = await db.select({ n: count() }).from(operatorMembers).where(eq(operatorMembers.operatorId, operatorId));
  const [invited] = await db.select({ n: count() }).from(invitations).where(eq(invitations.operatorId, operatorId));
  const [mails] = await db.select({ n: count() }).from(mailOutbox);
  return { members: members!.n, invitations: invited!.n, mails: mails!.n };
}

describe('invitations', () => {
  it('invites by email; the invitee accepts with the mailed code and joins with the role', async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const invitee = await person('Mia Manager');

    const invited = await call(INVITE, { operatorId: gid('Operator', operatorId), email: ` ${invitee.email.toUpperCase()} `, role: 'MANAGER' }, owner);
    expect(invited).toMatchObject({ invitation: { email: invitee.email, role: 'MANAGER', operator: { id: gid('Operator', operatorId) } }, userErrors: [] });
    expect((await team(operatorId, owner)).pendingInvitations).toEqual([{ email: invitee.email, role: 'MANAGER' }]);

    const code = await invitationCode(invitee.email);
    const accepted = await call(ACCEPT, { token: code }, invitee.token);
    expect(accepted).toEqual({ member: { role: 'MANAGER', user: { id: gid('User', invitee.id) } }, userErrors: [] });

    const after = await team(operatorId, owner);
    expect(after.pendingInvitations).toEqual([]);
    expect(after.members!.edges.map(({ node }) => [node.user.displayName, node.role])).toEqual([
      ['Olive Owner', 'OWNER'],
      ['Mia Manager', 'MANAGER'],
    ]);
    // the new manager acts as one: their memberships say so
    const memberships = await server.graphql(`{ viewer { memberships { role operator { id } } } }`, undefined, { as: invitee.token });
    expect(memberships.data).toEqual({ viewer: { memberships: [{ role: 'MANAGER', operator: { id: gid('Operator', operatorId) } }] } });

    // single use
    expect((await call(ACCEPT, { token: code }, invitee.token)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'token'] })]);
  });

  it("refuses a user whose email is not the invited one, and leaves the invitation to its addressee", async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const invitee = await person();
    const stranger = await person();
    await call(INVITE, { operatorId: gid('Operator', operatorId), email: invitee.email, role: 'STAFF' }, owner);
    const code = await invitationCode(invitee.email);
    const before = await rowsOf(operatorId);

    expect(await call(ACCEPT, { token: code }, stranger.token)).toEqual({
      member: null,
      userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'token'] })],
    });
    expect((await server.graphql(ACCEPT, { input: { token: code } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowsOf(operatorId)).toEqual(before);
    expect((await call(ACCEPT, { token: code }, invitee.token)).userErrors).toEqual([]);
  });

  it('refuses an expired invitation and one replaced by a newer invitation', async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const invitee = await person();
    await call(INVITE, { operatorId: gid('Operator', operatorId), email: invitee.email, role: 'STAFF' }, owner);
    const first = await invitationCode(invitee.email);
    await call(INVITE, { operatorId: gid('Operator', operatorId), email: invitee.email, role: 'MANAGER' }, owner);
    const second = await invitationCode(invitee.email);
    expect((await team(operatorId, owner)).pendingInvitations).toEqual([{ email: invitee.email, role: 'MANAGER' }]);
    expect((await call(ACCEPT, { token: first }, invitee.token)).userErrors[0]!.code).toBe('INVALID_TOKEN');

    await server.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(invitations.operatorId, operatorId), eq(invitations.email, invitee.email)));
    expect((await call(ACCEPT, { token: second }, invitee.token)).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await team(operatorId, owner)).pendingInvitations).toEqual([]);
    expect((await team(operatorId, owner)).members!.edges).toHaveLength(1);
  });

  it.each([
    ['a member already', async (operatorId: string) => (await memberOf(operatorId, 'STAFF')).email, 'ALREADY_MEMBER', ['input', 'email']],
    ['not an email', async () => 'not-an-email', 'INVALID_EMAIL', ['input', 'email']],
  ])('refuses an address that is %s, writing nothing', async (_name, emailOf, code, field) => {
    const { operatorId, owner } = await operatorWithOwner();
    const email = await emailOf(operatorId);
    const before = await rowsOf(operatorId);
    expect(await call(INVITE, { operatorId: gid('Operator', operatorId), email, role: 'STAFF' }, owner)).toEqual({
      invitation: null,
      userErrors: [expect.objectContaining({ code, field })],
    });
    expect(await rowsOf(operatorId)).toEqual(before);
  });

  it('lets only owners invite', async () => {
    const { operatorId } = await operatorWithOwner();
    const manager = await memberOf(operatorId, 'MANAGER');
    const before = await rowsOf(operatorId);
    const refused = await call(INVITE, { operatorId: gid('Operator', operatorId), email: 'someone@team.example', role: 'OWNER' }, manager.token);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'operatorId'] })]);
    expect(await rowsOf(operatorId)).toEqual(before);
  });
});

/** A new member of the operator with this role. */
async function memberOf(operatorId: string, role: 'OWNER' | 'MANAGER' | 'STAFF', displayName = `${role} member`) {
  const member = await person(displayName);
  await addMember(server.database.db, operatorId, member.id, role);
  return member;
}

describe('roles and removal', () => {
  it('changes roles and removes members', async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const staff = await memberOf(operatorId, 'STAFF');
    const input = { operatorId: gid('Operator', operatorId), userId: gid('User', staff.id) };

    expect(await call(CHANGE_ROLE, { ...input, role: 'MANAGER' }, owner)).toEqual({ member: { role: 'MANAGER', user: { id: input.userId } }, userErrors: [] });
    expect((await team(operatorId, owner)).members!.edges.find(({ node }) => node.user.id === input.userId)!.node.role).toBe('MANAGER');
    // a manager may not change roles, not even their own
    expect((await call(CHANGE_ROLE, { ...input, role: 'OWNER' }, staff.token)).userErrors[0]!.code).toBe('FORBIDDEN');

    expect(await call(REMOVE, input, owner)).toEqual({ member: { role: 'MANAGER', user: { id: input.userId } }, userErrors: [] });
    expect((await team(operatorId, owner)).members!.edges.map(({ node }) => node.user.id)).not.toContain(input.userId);
    expect((await call(REMOVE, input, owner)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'userId'] })]);
    // a former member sees the team no more
    expect(await team(operatorId, staff.token)).toEqual({ members: null, pendingInvitations: null });
  });

  it('never leaves an operator without an owner', async () => {
    const { operatorId, ownerId, owner } = await operatorWithOwner();
    const self = { operatorId: gid('Operator', operatorId), userId: gid('User', ownerId) };
    const before = await rowsOf(operatorId);
    expect((await call(CHANGE_ROLE, { ...self, role: 'MANAGER' }, owner)).userErrors).toEqual([expect.objectContaining({ code: 'LAST_OWNER' })]);
    expect((await call(REMOVE, self, owner)).userErrors).toEqual([expect.objectContaining({ code: 'LAST_OWNER' })]);
    expect(await rowsOf(operatorId)).toEqual(before);
    expect((await team(operatorId, owner)).members!.edges.map(({ node }) => node.role)).toEqual(['OWNER']);

    // with a second owner, the first may step down (and then no longer manage the team)
    const second = await memberOf(operatorId, 'OWNER');
    expect((await call(CHANGE_ROLE, { ...self, role: 'STAFF' }, owner)).userErrors).toEqual([]);
    expect((await call(REMOVE, { ...self }, owner)).userErrors[0]!.code).toBe('FORBIDDEN');
    expect((await call(REMOVE, { operatorId: self.operatorId, userId: gid('User', second.id) }, second.token)).userErrors[0]!.code).toBe('LAST_OWNER');
  });

  it('lets exactly one of two owners demoting each other at once succeed', async () => {
    const { operatorId, ownerId, owner } = await operatorWithOwner();
    const other = await memberOf(operatorId, 'OWNER');
    const operator = gid('Operator', operatorId);
    const results = await Promise.all([
      call(CHANGE_ROLE, { operatorId: operator, userId: gid('User', other.id), role: 'MANAGER' }, owner),
      call(CHANGE_ROLE, { operatorId: operator, userId: gid('User', ownerId), role: 'MANAGER' }, other.token),
    ]);
    // the second to run finds its caller demoted by the first
    expect(results.map((result) => result.userErrors[0]?.code ?? 'OK').sort()).toEqual(['FORBIDDEN', 'OK']);
    const [owners] = await server.database.db
      .select({ n: count() })
      .from(operatorMembers)
      .where(and(eq(operatorMembers.operatorId, operatorId), eq(operatorMembers.role, 'OWNER')));
    expect(owners!.n).toBe(1);
  });
});

describe('Operator.members', () => {
  it('pages by cursor, oldest member first', async () => {
    const { operatorId, owner } = await operatorWithOwner();
    for (const name of ['Second', 'Third', 'Fourth']) await memberOf(operatorId, 'STAFF', name);
    const PAGE = `query($id: ID!, $after: String) { node(id: $id) { ... on Operator { members(first: 2, after: $after) {
      edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } } } }`;
    type Page = { node: { members: { edges: Array<{ node: { user: { displayName: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const first = (await server.graphql<Page>(PAGE, { id: gid('Operator', operatorId) }, { as: owner })).data!.node.members;
    expect(first.edges.map(({ node }) => node.user.displayName)).toEqual(['Olive Owner', 'Second']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await server.graphql<Page>(PAGE, { id: gid('Operator', operatorId), after: first.pageInfo.endCursor }, { as: owner })).data!.node.members;
    expect(second.edges.map(({ node }) => node.user.displayName)).toEqual(['Third', 'Fourth']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad: GraphQLResponse = await server.graphql(PAGE, { id: gid('Operator', operatorId), after: 'bm90LWEtY3Vyc29y' }, { as: owner });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
