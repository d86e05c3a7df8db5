import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operators } from './operators.js';

/** The feed formats a connector reads: DATEX II v3 ParkingStatusPublication (XML) or ParkAPI v3 parking sites (JSON). */
export const connectorFormat = pgEnum('connector_format', ['DATEX2_V3_STATUS_XML', 'PARKAPI_V3_JSON']);

/** Why one item of a feed was not applied. */
export interface SkippedFeedItem {
  /** The item's id in the feed (empty when it had none). */
  ref: string;
  reason: string;
}

/**
 * Another network's live feed, pulled on a schedule and mapped by id onto the operator's
 * count-only lots (their `external_ref`). The last poll's outcome is kept for the API.
 */
export const connectorSources = pgTable(
  'connector_sources',
  {
    id: uuid().primaryKey().defaultRandom(),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    format: connectorFormat().notNull(),
    url: text().notNull(),
    pollIntervalSeconds: integer().notNull().default(60),
    timeoutMs: integer().notNull().default(10_000),
    enabled: boolean().notNull().default(true),
    /** Not polled before this; pushed back by the interval after a poll, by the back-off after a failure. */
    nextPollAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Failed polls in a row (0 after a success); the back-off doubles with each. */
    consecutiveFailures: integer().notNull().default(0),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastSuccessAt: timestamp({ withTimezone: true }),
    lastErrorAt: timestamp({ withTimezone: true }),
    lastErrorCode: text(),
    lastError: text(),
    /** Items in the last feed read whole, and what became of them. */
    lastItemCount: integer(),
    lastAppliedCount: integer(),
    lastSkipped: jsonb().$type<SkippedFeedItem[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.operatorId),
    index('connector_sources_due').on(t.nextPollAt).where(sql`${t.enabled}`),
    check('connector_sources_poll_interval', sql`${t.pollIntervalSeconds} BETWEEN 1 AND 86400`),
    check('connector_sources_timeout', sql`${t.timeoutMs} BETWEEN 100 AND 60000`),
  ],
);

export type ConnectorSourceRow = typeof connectorSources.$inferSelect;
export type NewConnectorSource = typeof connectorSources.$inferInsert;
