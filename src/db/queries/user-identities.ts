import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { userIdentities, users, type NewUser, type UserRow } from '../schema/index.js';

/** The user an OpenID Provider account (issuer, subject) is linked to. */
export async function findUserByIdentity(db: Database, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row?.user;
}

/** True when at least one provider account is linked to the user. */
export async function hasIdentity(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ subject: userIdentities.subject }).from(userIdentities).where(eq(userIdentities.userId, userId)).limit(1);
  return row !== undefined;
}

/**
 * Links a provider account that vouches for the user's email to the user, and records the email
 * as verified; a provider account linked already (to anyone) keeps its first link.
 */
export async function linkVerifiedIdentity(db: Database, identity: { issuer: string; subject: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(userIdentities).values(identity).onConflictDoNothing();
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(and(eq(users.id, identity.userId), isNull(users.emailVerifiedAt)));
  });
}

/**
 * Creates a user and links a provider account to them in one transaction. Undefined, and nothing
 * written, when the email or the identity was taken first (by a concurrent request, say): the
 * unique constraints decide, so two first requests never create two users.
 */
export function insertUserWithIdentity(
  db: Database,
  user: NewUser,
  identity: { issuer: string; subject: string },
): Promise<UserRow | undefined> {
  return db
    .transaction(async (tx) => {
      const [created] = await tx.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
      if (!created) return undefined;
      const [linked] = await tx
        .insert(userIdentities)
        .values({ ...identity, userId: created.id })
        .onConflictDoNothing()
        .returning();
      if (!linked) throw new IdentityTaken();
      return created;
    })
    .catch((error: unknown) => {
      if (error instanceof IdentityTaken) return undefined;
      throw error;
    });
}

/** Rolls back a user created for an identity that a concurrent request linked first. */
class IdentityTaken extends Error {}
