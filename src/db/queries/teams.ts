import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { invitations, operatorMembers, operators, users, type InvitationRow, type OperatorMemberRow, type UserRow } from '../schema/index.js';
import { keyset, toMilliseconds } from './keyset.js';

type MemberRole = OperatorMemberRow['role'];

/** A member with their user, as `Operator.members` lists them. */
export type MemberWithUser = OperatorMemberRow & { user: UserRow };

/**
 * Locks the operator's row until the transaction ends, so changes to its members happen one at a
 * time (two owners demoting each other at once must not leave it without an owner).
 */
export async function lockOperator(db: Database, operatorId: string): Promise<void> {
  await db.select({ id: operators.id }).from(operators).where(eq(operators.id, operatorId)).for('update');
}

export async function findMember(db: Database, operatorId: string, userId: string): Promise<OperatorMemberRow | undefined> {
  const [row] = await db
    .select()
    .from(operatorMembers)
    .where(and(eq(operatorMembers.operatorId, operatorId), eq(operatorMembers.userId, userId)));
  return row;
}

export async function countOwners(db: Database, operatorId: string): Promise<number> {
  const [row] = await db
    .select({ owners: sql<number>`count(*)::int` })
    .from(operatorMembers)
    .where(and(eq(operatorMembers.operatorId, operatorId), eq(operatorMembers.role, 'OWNER')));
  return row!.owners;
}

export async function setMemberRole(db: Database, operatorId: string, userId: string, role: MemberRole): Promise<OperatorMemberRow> {
  const [row] = await db
    .update(operatorMembers)
    .set({ role })
    .where(and(eq(operatorMembers.operatorId, operatorId), eq(operatorMembers.userId, userId)))
    .returning();
  return row!;
}

export async function deleteMember(db: Database, operatorId: string, userId: string): Promise<void> {
  await db.delete(operatorMembers).where(and(eq(operatorMembers.operatorId, operatorId), eq(operatorMembers.userId, userId)));
}

/** Adds a member; undefined when the user is one already (nothing changed). */
export async function insertMember(db: Database, member: { operatorId: string; userId: string; role: MemberRole }): Promise<OperatorMemberRow | undefined> {
  const [row] = await db.insert(operatorMembers).values(member).onConflictDoNothing().returning();
  return row;
}

/** The member whose account has this address, if any. */
export async function findMemberByEmail(db: Database, operatorId: string, email: string): Promise<OperatorMemberRow | undefined> {
  const [row] = await db
    .select({ member: operatorMembers })
    .from(operatorMembers)
    .innerJoin(users, eq(users.id, operatorMembers.userId))
    .where(and(eq(operatorMembers.operatorId, operatorId), eq(users.email, email)));
  return row?.member;
}

const MEMBERS_ORDER = keyset('asc', { column: toMilliseconds(operatorMembers.createdAt), type: 'timestamptz' }, { column: operatorMembers.userId, type: 'uuid' });

/**
 * A page of members, oldest first, after the (joined at, user id) key; `limit` rows at most. Join
 * times are compared to the millisecond, the precision a cursor carries.
 */
export async function listMembers(
  db: Database,
  operatorId: string,
  after: readonly [string, string] | undefined,
  limit: number,
): Promise<MemberWithUser[]> {
  const rows = await db
    .select({ member: operatorMembers, user: users })
    .from(operatorMembers)
    .innerJoin(users, eq(users.id, operatorMembers.userId))
    .where(
      and(
        eq(operatorMembers.operatorId, operatorId),
        after && MEMBERS_ORDER.after(after),
      ),
    )
    .orderBy(...MEMBERS_ORDER.orderBy)
    .limit(limit);
  return rows.map(({ member, user }) => ({ ...member, user }));
}

// --- invitations ------------------------------------------------------------------------------

/** Withdraws the pending invitations of an address (a new one replaces them). */
export async function revokePendingInvitations(db: Database, operatorId: string, email: string): Promise<void> {
  await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.operatorId, operatorId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
}

export async function insertInvitation(
  db: Database,
  invitation: { operatorId: string; email: string; role: MemberRole; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(invitation).returning();
  return row!;
}

/** The invitation if it can be accepted now (not accepted, withdrawn or expired). */
export async function findLiveInvitation(db: Database, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(and(eq(invitations.tokenHash, tokenHash), liveInvitation()));
  return row;
}

/** Marks a live invitation accepted by `userId`, in one statement; undefined when it no longer is live. */
export async function acceptLiveInvitation(db: Database, id: string, userId: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedBy: userId })
    .where(and(eq(invitations.id, id), liveInvitation()))
    .returning();
  return row;
}

/** An operator's invitations that can still be accepted, oldest first. */
export function listPendingInvitations(db: Database, operatorId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.operatorId, operatorId), liveInvitation()))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
}

function liveInvitation() {
  return and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`));
}
