import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { lots } from './lots.js';
import { operators } from './operators.js';

/**
 * An HTTPS endpoint an operator (or its `webhooks:manage` key) registered to receive signed
 * event deliveries (Standard Webhooks). While a rotation overlaps, deliveries are signed with
 * both `secret` and `previousSecret`.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid().primaryKey().defaultRandom(),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    description: text().notNull().default(''),
    /** Event type names, e.g. `booking.created`, `lot.occupancy`. */
    eventTypes: text().array().notNull(),
    /** `whsec_` + base64 of 32 random bytes. */
    secret: text().notNull(),
    /** The secret before the last rotation; still signs until `previousSecretExpiresAt`. */
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    /** `lot.occupancy` is sent at most once per lot per this many seconds. */
    occupancyIntervalSeconds: integer().notNull().default(60),
    /** Set when the endpoint was disabled (by its owner or after failing too long); null while enabled. */
    disabledAt: timestamp({ withTimezone: true }),
    disabledReason: text(),
    /** Since when every attempt has failed; null after a success. */
    failingSince: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.operatorId, t.createdAt),
    check('webhook_endpoints_occupancy_interval', sql`${t.occupancyIntervalSeconds} BETWEEN 1 AND 86400`),
  ],
);

/**
 * One event for one endpoint: the outbox row the sender delivers at least once. Rows of one
 * endpoint and lot go out in id order (an earlier undelivered row holds the later ones back);
 * `lot.occupancy` rows are snapshots, coalesced instead of queued.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    /** The id the API shows (a global id of a uuid, as every Node's); `id` orders the outbox. */
    publicId: uuid().notNull().defaultRandom(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The event's id, sent as `webhook-id`: the same on every attempt and redelivery. */
    eventId: text().notNull(),
    eventType: text().notNull(),
    lotId: uuid().references(() => lots.id, { onDelete: 'set null' }),
    /** For `lot.occupancy`: the lot's occupancy version in `payload` (a newer one replaces an unsent older one). */
    lotVersion: bigint({ mode: 'number' }),
    /** The JSON body, exactly as signed and sent. */
    payload: text().notNull(),
    /** PENDING (to send), DELIVERED, or DEAD (given up after the retry horizon, or its endpoint was disabled). */
    state: text().notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    /** Not sent before this; while a sender holds the row it is the end of that sender's lease. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastStatusCode: integer(),
    lastError: text(),
    lastDurationMs: integer(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event').on(t.endpointId, t.eventId),
    uniqueIndex('webhook_deliveries_public_id').on(t.publicId),
    index('webhook_deliveries_due').on(t.nextAttemptAt).where(sql`${t.state} = 'PENDING'`),
    // the per-lot order check and occupancy coalescing look up an endpoint's rows for a lot
    index('webhook_deliveries_endpoint_lot').on(t.endpointId, t.lotId, t.id),
    index('webhook_deliveries_endpoint_log').on(t.endpointId, t.createdAt, t.id),
    check('webhook_deliveries_state', sql`${t.state} IN ('PENDING', 'DELIVERED', 'DEAD')`),
  ],
);

/** Every attempt to send a delivery: the delivery log's response codes and timings. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    deliveryId: bigint({ mode: 'number' })
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The HTTP status the endpoint answered; null when no answer came (refused, timeout, blocked address). */
    statusCode: integer(),
    durationMs: integer().notNull(),
    error: text(),
  },
  (t) => [index().on(t.deliveryId, t.id)],
);

/**
 * Where the outbox is in parking_events: every event up to `watermark` has its deliveries
 * written (or matched no endpoint); so has every event up to `highest` except the `gaps`, ids
 * skipped because their transactions had not committed when read (a bigserial id is taken at
 * insert, not commit). A gap is looked for until it fills or times out (a rollback never fills).
 * Pruning keeps events above the watermark. One row per outbox (`name`).
 */
export const webhookOutboxCursor = pgTable('webhook_outbox_cursor', {
  name: text().primaryKey(),
  watermark: bigint({ mode: 'number' }).notNull(),
  highest: bigint({ mode: 'number' }).notNull().default(0),
  /** Missing ids between `watermark` and `highest`: `{ "<id>": <epoch ms first missed> }`. */
  gaps: jsonb().$type<Record<string, number>>().notNull().default({}),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
