import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { memberRole } from './enums.js';
import { operators } from './operators.js';
import { users } from './users.js';

/**
 * An OWNER's invitation to join an operator with a role, mailed as a single-use, expiring token
 * (only its SHA-256 is stored). One pending invitation per operator and address: inviting again
 * replaces it.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    /** Normalised address of the invitee; only a user signed in with it may accept. */
    email: text().notNull(),
    role: memberRole().notNull(),
    /** Hex SHA-256 of the token. */
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Replaced by a newer invitation, or withdrawn. */
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.operatorId),
    uniqueIndex('invitations_pending_unique')
      .on(t.operatorId, t.email)
      .where(sql`${t.acceptedAt} IS NULL AND ${t.revokedAt} IS NULL`),
  ],
);

export type InvitationRow = typeof invitations.$inferSelect;
