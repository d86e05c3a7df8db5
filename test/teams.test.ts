import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations, mailOutbox, operatorMembers } from '../src/db/schema/index.js';
import { addMember, createOperator, createUser } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { AcceptInvitationInput, ChangeMemberRoleInput, InviteMemberInput, RemoveMemberInput } from './gql/generated/graphql.js';
import { dataOf, request } from './gql/request.js';

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
graphql(`
  fragment TeamsMemberPayload on OperatorMember { role user { id } }
`);
const INVITE = graphql(`
  mutation TeamsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { invitation { email role expiresAt operator { id name } } userErrors { code field message } }
  }
`);
const ACCEPT = graphql(`
  mutation TeamsAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation TeamsChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }
  }
`);
const REMOVE = graphql(`
  mutation TeamsRemove($input: RemoveMemberInput!) {
    removeMember(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }
  }
`);
const TEAM = graphql(`
  query TeamsTeam($id: ID!) {
    node(id: $id) {
      ... on Operator {
        members(first: 50) { edges { node { role joinedAt user { id displayName } } } }
        pendingInvitations { email role }
      }
    }
  }
`);
const MEMBERSHIPS = graphql(`
  query TeamsMemberships { viewer { memberships { role operator { id } } } }
`);
const MEMBERS_PAGE = graphql(`
  query TeamsMembersPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Operator { members(first: 2, after: $after) { edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } }
    }
  }
`);

// each mutation's payload (failing the test on GraphQL errors)
const invite = async (input: InviteMemberInput, as: string) => dataOf(await request(server, INVITE, { input }, { as })).inviteMember;
const accept = async (input: AcceptInvitationInput, as: string) => dataOf(await request(server, ACCEPT, { input }, { as })).acceptInvitation;
const changeRole = async (input: ChangeMemberRoleInput, as: string) => dataOf(await request(server, CHANGE_ROLE, { input }, { as })).changeMemberRole;
const remove = async (input: RemoveMemberInput, as: string) => dataOf(await request(server, REMOVE, { input }, { as })).removeMember;

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

async function team(operatorId: string, as: string) {
  const response = await request(server, TEAM, { id: gid('Operator', operatorId) }, { as });
  expect(response.errors).toBeUndefined();
  const node = response.data!.node!;
  if (!('members' in node)) throw new Error(`expected an Operator, got ${JSON.stringify(node)}`);
  return node;
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

    const invited = await invite({ operatorId: gid('Operator', operatorId), email: ` ${invitee.email.toUpperCase()} `, role: 'MANAGER' }, owner);
    expect(invited).toMatchObject({ invitation: { email: invitee.email, role: 'MANAGER', operator: { id: gid('Operator', operatorId) } }, userErrors: [] });
    expect((await team(operatorId, owner)).pendingInvitations).toEqual([{ email: invitee.email, role: 'MANAGER' }]);

    const code = await invitationCode(invitee.email);
    const accepted = await accept({ token: code }, invitee.token);
    expect(accepted).toEqual({ member: { role: 'MANAGER', user: { id: gid('User', invitee.id) } }, userErrors: [] });

    const after = await team(operatorId, owner);
    expect(after.pendingInvitations).toEqual([]);
    expect(after.members!.edges.map(({ node }) => [node.user.displayName, node.role])).toEqual([
      ['Olive Owner', 'OWNER'],
      ['Mia Manager', 'MANAGER'],
    ]);
    // the new manager acts as one: their memberships say so
    const memberships = await request(server, MEMBERSHIPS, {}, { as: invitee.token });
    expect(memberships.data).toEqual({ viewer: { memberships: [{ role: 'MANAGER', operator: { id: gid('Operator', operatorId) } }] } });

    // single use
    expect((await accept({ token: code }, invitee.token)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'token'] })]);
  });

  it("refuses a user whose email is not the invited one, and leaves the invitation to its addressee", async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const invitee = await person();
    const stranger = await person();
    await invite({ operatorId: gid('Operator', operatorId), email: invitee.email, role: 'STAFF' }, owner);
    const code = await invitationCode(invitee.email);
    const before = await rowsOf(operatorId);

    expect(await accept({ token: code }, stranger.token)).toEqual({
      member: null,
      userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'token'] })],
    });
    expect((await request(server, ACCEPT, { input: { token: code } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowsOf(operatorId)).toEqual(before);
    expect((await accept({ token: code }, invitee.token)).userErrors).toEqual([]);
  });

  it('refuses an expired invitation and one replaced by a newer invitation', async () => {
    const { operatorId, owner } = await operatorWithOwner();
    const invitee = await person();
    await invite({ operatorId: gid('Operator', operatorId), email: invitee.email, role: 'STAFF' }, owner);
    const first = await invitationCode(invitee.email);
    await invite({ operatorId: gid('Operator', operatorId), email: invitee.email, role: 'MANAGER' }, owner);
    const second = await invitationCode(invitee.email);
    expect((await team(operatorId, owner)).pendingInvitations).toEqual([{ email: invitee.email, role: 'MANAGER' }]);
    expect((await accept({ token: first }, invitee.token)).userErrors[0]!.code).toBe('INVALID_TOKEN');

    await server.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(invitations.operatorId, operatorId), eq(invitations.email, invitee.email)));
    expect((await accept({ token: second }, invitee.token)).userErrors[0]!.code).toBe('INVALID_TOKEN');
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
    expect(await invite({ operatorId: gid('Operator', operatorId), email, role: 'STAFF' }, owner)).toEqual({
      invitation: null,
      userErrors: [expect.objectContaining({ code, field })],
    });
    expect(await rowsOf(operatorId)).toEqual(before);
  });

  it('lets only owners invite', async () => {
    const { operatorId } = await operatorWithOwner();
    const manager = await memberOf(operatorId, 'MANAGER');
    const before = await rowsOf(operatorId);
    const refused = await invite({ operatorId: gid('Operator', operatorId), email: 'someone@team.example', role: 'OWNER' }, manager.token);
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

    expect(await changeRole({ ...input, role: 'MANAGER' }, owner)).toEqual({ member: { role: 'MANAGER', user: { id: input.userId } }, userErrors: [] });
    expect((await team(operatorId, owner)).members!.edges.find(({ node }) => node.user.id === input.userId)!.node.role).toBe('MANAGER');
    // a manager may not change roles, not even their own
    expect((await changeRole({ ...input, role: 'OWNER' }, staff.token)).userErrors[0]!.code).toBe('FORBIDDEN');

    expect(await remove(input, owner)).toEqual({ member: { role: 'MANAGER', user: { id: input.userId } }, userErrors: [] });
    expect((await team(operatorId, owner)).members!.edges.map(({ node }) => node.user.id)).not.toContain(input.userId);
    expect((await remove(input, owner)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'userId'] })]);
    // a former member sees the team no more
    expect(await team(operatorId, staff.token)).toEqual({ members: null, pendingInvitations: null });
  });

  it('never leaves an operator without an owner', async () => {
    const { operatorId, ownerId, owner } = await operatorWithOwner();
    const self = { operatorId: gid('Operator', operatorId), userId: gid('User', ownerId) };
    const before = await rowsOf(operatorId);
    expect((await changeRole({ ...self, role: 'MANAGER' }, owner)).userErrors).toEqual([expect.objectContaining({ code: 'LAST_OWNER' })]);
    expect((await remove(self, owner)).userErrors).toEqual([expect.objectContaining({ code: 'LAST_OWNER' })]);
    expect(await rowsOf(operatorId)).toEqual(before);
    expect((await team(operatorId, owner)).members!.edges.map(({ node }) => node.role)).toEqual(['OWNER']);

    // with a second owner, the first may step down (and then no longer manage the team)
    const second = await memberOf(operatorId, 'OWNER');
    expect((await changeRole({ ...self, role: 'STAFF' }, owner)).userErrors).toEqual([]);
    expect((await remove({ ...self }, owner)).userErrors[0]!.code).toBe('FORBIDDEN');
    expect((await remove({ operatorId: self.operatorId, userId: gid('User', second.id) }, second.token)).userErrors[0]!.code).toBe('LAST_OWNER');
  });

  it('lets exactly one of two owners demoting each other at once succeed', async () => {
    const { operatorId, ownerId, owner } = await operatorWithOwner();
    const other = await memberOf(operatorId, 'OWNER');
    const operator = gid('Operator', operatorId);
    const results = await Promise.all([
      changeRole({ operatorId: operator, userId: gid('User', other.id), role: 'MANAGER' }, owner),
      changeRole({ operatorId: operator, userId: gid('User', ownerId), role: 'MANAGER' }, other.token),
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
    const page = async (after?: string | null) => {
      const node = (await request(server, MEMBERS_PAGE, { id: gid('Operator', operatorId), after }, { as: owner })).data!.node!;
      return 'members' in node ? node.members! : undefined;
    };
    const first = (await page())!;
    expect(first.edges.map(({ node }) => node.user.displayName)).toEqual(['Olive Owner', 'Second']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page(first.pageInfo.endCursor))!;
    expect(second.edges.map(({ node }) => node.user.displayName)).toEqual(['Third', 'Fourth']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await request(server, MEMBERS_PAGE, { id: gid('Operator', operatorId), after: 'bm90LWEtY3Vyc29y' }, { as: owner });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
