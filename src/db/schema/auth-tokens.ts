import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** What a mailed account token proves when it comes back. */
export const authTokenPurpose = pgEnum('auth_token_purpose', ['VERIFY_EMAIL', 'RESET_PASSWORD']);

/**
 * Single-use, expiring tokens sent by mail (email verification, password reset). Only the
 * SHA-256 is stored; using one sets `usedAt` in the same statement that checks it is unused.
 */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: authTokenPurpose().notNull(),
    /** Hex SHA-256 of the token. */
    tokenHash: text().notNull().unique(),
    /** The address the token was sent to: a verification only verifies this address. */
    email: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

export type AuthTokenRow = typeof authTokens.$inferSelect;
export type AuthTokenPurpose = (typeof authTokenPurpose.enumValues)[number];
