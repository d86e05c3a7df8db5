import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * Refresh tokens of self-hosted sessions. Each is single use: refreshing marks it used and issues
 * the next one of the same family (one family per sign-in). Presenting a used token again means
 * it was copied, so the whole family is revoked (refresh-token rotation with reuse detection).
 * Only the SHA-256 of a token is stored.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The sign-in this token descends from; revoking a session revokes its family. */
    familyId: uuid().notNull(),
    /** Hex SHA-256 of the token. */
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** When it was exchanged for the next token; a second use is reuse. */
    usedAt: timestamp({ withTimezone: true }),
    /** When its family was signed out, or revoked for reuse or a password change. */
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.familyId), index().on(t.userId)],
);

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
