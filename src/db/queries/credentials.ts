import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  authTokens,
  refreshTokens,
  users,
  type AuthTokenPurpose,
  type AuthTokenRow,
  type RefreshTokenRow,
  type UserRow,
} from '../schema/index.js';

/** Inserts a user with a password; undefined when the email is taken (nothing written). */
export async function insertUserWithPassword(
  db: Database,
  user: { email: string; displayName: string; passwordHash: string },
): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
  return row;
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Marks the user's address verified if it is still `email` (it may have changed since the mail). */
export async function markEmailVerified(db: Database, userId: string, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
    .where(and(eq(users.id, userId), eq(users.email, email)))
    .returning();
  return row;
}

// --- refresh tokens ---------------------------------------------------------------------------

export async function insertRefreshToken(
  db: Database,
  token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(refreshTokens).values(token);
}

/**
 * Marks a live token used and returns it, in one statement: of two requests with the same token
 * only one gets the row. Undefined when the token is unknown, used, revoked or expired.
 */
export async function useRefreshToken(db: Database, tokenHash: string): Promise<RefreshTokenRow | undefined> {
  const [row] = await db
    .update(refreshTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(refreshTokens.tokenHash, tokenHash),
        isNull(refreshTokens.usedAt),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row;
}

export async function findRefreshToken(db: Database, tokenHash: string): Promise<RefreshTokenRow | undefined> {
  const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  return row;
}

/** Revokes a session (a family: a sign-in and all its refreshes) or every session of a user. */
export async function revokeRefreshTokens(db: Database, scope: { familyId: string } | { userId: string }): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        'familyId' in scope ? eq(refreshTokens.familyId, scope.familyId) : eq(refreshTokens.userId, scope.userId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}

// --- mailed account tokens --------------------------------------------------------------------

export async function insertAuthToken(
  db: Database,
  token: { userId: string; purpose: AuthTokenPurpose; tokenHash: string; email: string; expiresAt: Date },
): Promise<void> {
  await db.insert(authTokens).values(token);
}

/** Marks an unused, unexpired token of this purpose used and returns it; undefined otherwise. */
export async function useAuthToken(db: Database, purpose: AuthTokenPurpose, tokenHash: string): Promise<AuthTokenRow | undefined> {
  const [row] = await db.update(authTokens).set({ usedAt: sql`now()` }).where(liveAuthToken(purpose, tokenHash)).returning();
  return row;
}

/** The token if it could be used now, without using it. */
export async function findLiveAuthToken(db: Database, purpose: AuthTokenPurpose, tokenHash: string): Promise<AuthTokenRow | undefined> {
  const [row] = await db.select().from(authTokens).where(liveAuthToken(purpose, tokenHash));
  return row;
}

function liveAuthToken(purpose: AuthTokenPurpose, tokenHash: string) {
  return and(
    eq(authTokens.tokenHash, tokenHash),
    eq(authTokens.purpose, purpose),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, sql`now()`),
  );
}

/** Retires the user's other unused tokens of a purpose once one is used (an older reset link dies with it). */
export async function retireAuthTokens(db: Database, userId: string, purpose: AuthTokenPurpose): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}
