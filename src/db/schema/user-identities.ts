import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * Which OpenID Provider account signs in as which user: the provider's issuer and its subject
 * (`iss`, `sub`) are the only stable name it gives a person, so a user is found by this pair and
 * never by an email claim alone (see docs/decisions/oidc-account-linking.md).
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    /** The provider's `iss`, exactly as in its tokens. */
    issuer: text().notNull(),
    /** The provider's `sub` for this person; unique within the issuer. */
    subject: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index().on(t.userId)],
);

export type UserIdentityRow = typeof userIdentities.$inferSelect;
export type NewUserIdentity = typeof userIdentities.$inferInsert;
