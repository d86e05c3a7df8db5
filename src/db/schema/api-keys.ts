import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gates } from './gates.js';
import { operators } from './operators.js';
import { users } from './users.js';

/**
 * Partner API keys. The secret is shown once at creation; only its SHA-256 is stored, found by
 * the key's public `prefix` (the part before the secret), so a database leak reveals no key.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** The key's public part, e.g. `pk_3f9a1c2e`; unique, shown in listings. */
    prefix: text().notNull().unique(),
    /** Hex SHA-256 of the whole key. */
    secretHash: text().notNull(),
    /** What the key may do, e.g. `lots:write`, `availability:write`, `bookings:read`. */
    scopes: text().array().notNull(),
    /** A gate device's key: it may report plate reads for this gate only. */
    gateId: uuid().references(() => gates.id, { onDelete: 'cascade' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.operatorId)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;
