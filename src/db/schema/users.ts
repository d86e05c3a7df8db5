import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userRole } from './enums.js';

/** Everyone who signs in: drivers, operator members and platform admins. */
export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  /** Stored lower-cased so look-ups are case-insensitive. */
  email: text().notNull().unique(),
  displayName: text().notNull(),
  role: userRole().notNull().default('DRIVER'),
  /**
   * argon2id hash (PHC string) of the password of a self-hosted account; null for users who sign
   * in through an identity provider only (or were created by the seed).
   */
  passwordHash: text(),
  /** When the user proved they receive mail at `email`; null until then. */
  emailVerifiedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
