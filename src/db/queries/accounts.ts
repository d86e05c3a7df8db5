import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { apiKeys, operatorMembers, users, type ApiKeyRow, type OperatorMemberRow, type UserRow } from '../schema/index.js';

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user;
}

export function findMembershipsOfUser(db: Database, userId: string): Promise<OperatorMemberRow[]> {
  return db.select().from(operatorMembers).where(eq(operatorMembers.userId, userId));
}

/** The key with this public prefix, unless revoked. */
export async function findLiveApiKeyByPrefix(db: Database, prefix: string): Promise<ApiKeyRow | undefined> {
  const [key] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)));
  return key;
}

/**
 * Records that a key was used. At most one write a minute per key: a busy partner's every
 * request should not become a write.
 */
export async function touchApiKey(db: Database, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}

export function findUsersByIds(db: Database, ids: readonly string[]): Promise<UserRow[]> {
  return db.select().from(users).where(inArray(users.id, [...ids]));
}
