import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userRole } from './enums.js';

/** Everyone who signs in: drivers, operator members and platform admins. */
export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  /** Stored lower-cased so look-ups are case-insensitive. */
  email: text().notNull().unique(),
  displayName: text().notNull(),
  role: userRole().notNull().default('DRIVER'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
