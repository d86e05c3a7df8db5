import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { apiKeys, operatorMembers, users, type ApiKeyRow, type NewApiKey, type OperatorMemberRow, type UserRow } from '../schema/index.js';

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

export async function insertApiKey(db: Database, key: NewApiKey): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  return row!;
}

export async function findApiKeyById(db: Database, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

/** Revokes a key that is still live; undefined when it was already revoked. */
export async function revokeApiKeyRow(db: Database, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

/** An operator's keys, newest first, revoked ones included (they show when they stopped). */
export function listApiKeysOfOperator(db: Database, operatorId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.operatorId, operatorId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}
