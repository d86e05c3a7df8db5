import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from '../schema/index.js';
import { keyset, toMilliseconds } from './keyset.js';

// --- endpoints ---------------------------------------------------------------------------------

export type NewWebhookEndpoint = Pick<
  WebhookEndpointRow,
  'operatorId' | 'url' | 'description' | 'eventTypes' | 'secret' | 'occupancyIntervalSeconds'
>;

export async function insertWebhookEndpoint(db: Database, endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
  return row!;
}

export async function findWebhookEndpointById(db: Database, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

export async function findWebhookEndpointsByIds(db: Database, ids: readonly string[]): Promise<WebhookEndpointRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, [...ids]));
}

/** Changes an endpoint's settings; `enabled` true clears a disablement, false records the owner's. */
export async function updateWebhookEndpoint(
  db: Database,
  id: string,
  changes: Partial<Pick<WebhookEndpointRow, 'url' | 'description' | 'eventTypes' | 'occupancyIntervalSeconds'>> & { enabled?: boolean },
): Promise<WebhookEndpointRow | undefined> {
  const { enabled, ...settings } = changes;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...settings,
        ...(enabled === true && { disabledAt: null, disabledReason: null, failingSince: null }),
        updatedAt: sql`now()`,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    if (row && enabled === false && !row.disabledAt) return (await disable(tx, id, 'Disabled by its owner')).endpoint;
    return row;
  });
}

export async function deleteWebhookEndpoint(db: Database, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning();
  return row;
}

/** The current secret becomes the previous one (signing until `overlapSeconds` from now); `secret` signs from now on. */
export async function rotateWebhookSecret(db: Database, id: string, secret: string, overlapSeconds: number): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      previousSecret: sql`${webhookEndpoints.secret}`,
      previousSecretExpiresAt: sql`now() + make_interval(secs => ${overlapSeconds})`,
      secret,
      updatedAt: sql`now()`,
    })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return row;
}

/**
 * Disables an endpoint with a reason its owner can read, and dead-letters what it still had to
 * send (redeliver brings a delivery back). Keeps the first reason when already disabled.
 * Returns the endpoint and how many deliveries were dead-lettered.
 */
export async function disableWebhookEndpoint(db: Database, id: string, reason: string): Promise<{ endpoint: WebhookEndpointRow | undefined; deadLettered: number }> {
  return db.transaction((tx) => disable(tx, id, reason));
}

async function disable(db: Database, id: string, reason: string): Promise<{ endpoint: WebhookEndpointRow | undefined; deadLettered: number }> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ disabledAt: sql`coalesce(${webhookEndpoints.disabledAt}, now())`, disabledReason: sql`coalesce(${webhookEndpoints.disabledReason}, ${reason})`, updatedAt: sql`now()` })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  const dead = await db
    .update(webhookDeliveries)
    .set({ state: 'DEAD', lastError: sql`coalesce(${webhookDeliveries.lastError}, 'endpoint disabled')` })
    .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.state, 'PENDING')))
    .returning({ id: webhookDeliveries.id });
  return { endpoint: row, deadLettered: dead.length };
}

const ENDPOINTS_ORDER = keyset('asc', { column: toMilliseconds(webhookEndpoints.createdAt), type: 'timestamptz' }, { column: webhookEndpoints.id, type: 'uuid' });

/** A page of an operator's endpoints, oldest first, after the (created at, id) key. */
export function listWebhookEndpoints(
  db: Database,
  operatorId: string,
  after: readonly [string, string] | undefined,
  limit: number,
): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.operatorId, operatorId), after && ENDPOINTS_ORDER.after(after)))
    .orderBy(...ENDPOINTS_ORDER.orderBy)
    .limit(limit);
}

// --- the delivery log ---------------------------------------------------------------------------

const DELIVERIES_ORDER = keyset('desc', { column: webhookDeliveries.id, type: 'bigint' });

/** A page of an endpoint's deliveries, newest first, after the delivery with outbox id `after`. */
export function listWebhookDeliveries(db: Database, endpointId: string, after: number | undefined, limit: number): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), after !== undefined ? DELIVERIES_ORDER.after([after]) : undefined))
    .orderBy(...DELIVERIES_ORDER.orderBy)
    .limit(limit);
}

export async function findWebhookDeliveryByPublicId(db: Database, publicId: string): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.publicId, publicId));
  return row;
}

/** Attempts of some deliveries, oldest first. */
export function findWebhookAttempts(db: Database, deliveryIds: readonly number[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, [...deliveryIds]))
    .orderBy(webhookAttempts.id);
}

/** Queues a delivery again, due now (its event id stays, so receivers can deduplicate). */
export async function requeueWebhookDelivery(db: Database, id: number): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ state: 'PENDING', nextAttemptAt: sql`now()` })
    .where(eq(webhookDeliveries.id, id))
    .returning();
  return row;
}

// --- the outbox: fan-out -----------------------------------------------------------------------

/** The outbox cursor's durable state (see the webhook_outbox_cursor table). */
export interface OutboxCursorState {
  watermark: number;
  highest: number;
  gaps: Record<string, number>;
}

/**
 * Runs `work` in a transaction holding the named outbox cursor's row lock, or returns undefined
 * at once when another process holds it (it is fanning out; this one has nothing to add). The
 * cursor starts at the newest event when it does not exist yet: history is not replayed.
 */
export async function withOutboxCursor<T>(
  db: Database,
  name: string,
  work: (tx: Database, state: OutboxCursorState) => Promise<{ state: OutboxCursorState; result: T }>,
): Promise<T | undefined> {
  await db.execute(sql`
    INSERT INTO webhook_outbox_cursor (name, watermark, highest)
    SELECT ${name}, latest, latest FROM (
      SELECT (CASE WHEN is_called THEN last_value ELSE last_value - 1 END) AS latest FROM parking_events_id_seq) AS seq
    ON CONFLICT (name) DO NOTHING`);
  return db.transaction(async (tx) => {
    const [row] = await selectRows<{ watermark: string; highest: string; gaps: Record<string, number> }>(
      tx,
      sql`SELECT watermark, highest, gaps FROM webhook_outbox_cursor WHERE name = ${name} FOR UPDATE SKIP LOCKED`,
    );
    if (!row) return undefined;
    const { state, result } = await work(tx, { watermark: Number(row.watermark), highest: Number(row.highest), gaps: row.gaps });
    await tx.execute(sql`
      UPDATE webhook_outbox_cursor
      SET watermark = ${state.watermark}, highest = ${state.highest}, gaps = ${JSON.stringify(state.gaps)}::jsonb, updated_at = now()
      WHERE name = ${name}`);
    return result;
  });
}

/** The lowest watermark of every outbox: pruning keeps the events above it. */
export async function lowestOutboxWatermark(db: Database): Promise<number | undefined> {
  const [row] = await selectRows<{ watermark: string | null }>(db, sql`SELECT min(watermark) AS watermark FROM webhook_outbox_cursor`);
  return row?.watermark == null ? undefined : Number(row.watermark);
}

/** An enabled endpoint that may hear about a lot (the lot's operator registered it). */
export interface SubscribedEndpoint {
  endpointId: string;
  lotId: string;
  eventTypes: string[];
  occupancyIntervalSeconds: number;
}

export function findEndpointsOfLots(db: Database, lotIds: readonly string[]): Promise<SubscribedEndpoint[]> {
  if (lotIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      endpointId: webhookEndpoints.id,
      lotId: sql<string>`lots.id`,
      eventTypes: webhookEndpoints.eventTypes,
      occupancyIntervalSeconds: webhookEndpoints.occupancyIntervalSeconds,
    })
    .from(webhookEndpoints)
    .innerJoin(sql`lots`, sql`lots.operator_id = ${webhookEndpoints.operatorId}`)
    .where(sql`lots.id = ANY(${`{${lotIds.join(',')}}`}::uuid[]) AND ${webhookEndpoints.disabledAt} IS NULL`);
}

/** One event for one endpoint. */
export interface NewDelivery {
  endpointId: string;
  eventId: string;
  eventType: string;
  lotId: string;
  payload: string;
}

const INSERT_CHUNK = 500;

/** Writes deliveries; one already written for the same endpoint and event (a re-read) is skipped. */
export async function insertDeliveries(db: Database, deliveries: readonly NewDelivery[]): Promise<void> {
  for (let start = 0; start < deliveries.length; start += INSERT_CHUNK) {
    await db
      .insert(webhookDeliveries)
      .values(deliveries.slice(start, start + INSERT_CHUNK))
      .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] });
  }
}

/** A lot's occupancy snapshot for one endpoint, at most one per `intervalSeconds`. */
export interface NewOccupancyDelivery extends NewDelivery {
  lotVersion: number;
  intervalSeconds: number;
}

/**
 * Coalesces occupancy snapshots: where the endpoint still has an untried snapshot of the lot,
 * that row takes the newer one; otherwise a new row is queued, due no sooner than the interval
 * after the endpoint's previous snapshot of the lot.
 */
export async function upsertOccupancyDeliveries(db: Database, deliveries: readonly NewOccupancyDelivery[]): Promise<void> {
  for (let start = 0; start < deliveries.length; start += INSERT_CHUNK) {
    const rows = deliveries.slice(start, start + INSERT_CHUNK).map((row) => ({
      endpoint_id: row.endpointId,
      event_id: row.eventId,
      event_type: row.eventType,
      lot_id: row.lotId,
      lot_version: row.lotVersion,
      payload: row.payload,
      interval_seconds: row.intervalSeconds,
    }));
    await db.execute(sql`
      WITH incoming AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          AS x(endpoint_id uuid, event_id text, event_type text, lot_id uuid, lot_version bigint, payload text, interval_seconds int)
      ), replaced AS (
        UPDATE webhook_deliveries d
        SET event_id = i.event_id, payload = i.payload, lot_version = i.lot_version
        FROM incoming i
        WHERE d.endpoint_id = i.endpoint_id AND d.lot_id = i.lot_id AND d.event_type = i.event_type
          AND d.state = 'PENDING' AND d.attempts = 0 AND d.lot_version < i.lot_version
        RETURNING d.endpoint_id, d.lot_id, d.event_type
      )
      INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, lot_id, lot_version, payload, next_attempt_at)
      SELECT i.endpoint_id, i.event_id, i.event_type, i.lot_id, i.lot_version, i.payload,
        greatest(now(), (SELECT max(p.created_at) FROM webhook_deliveries p
                         WHERE p.endpoint_id = i.endpoint_id AND p.lot_id = i.lot_id AND p.event_type = i.event_type)
                        + make_interval(secs => i.interval_seconds))
      FROM incoming i
      -- not when a waiting delivery took the snapshot above; the statement's snapshot may still show
      -- one waiting that a sender leased meanwhile (then the UPDATE skipped it, and this one is new)
      WHERE NOT EXISTS (SELECT 1 FROM replaced r WHERE r.endpoint_id = i.endpoint_id AND r.lot_id = i.lot_id AND r.event_type = i.event_type)
        AND NOT EXISTS (
          SELECT 1 FROM webhook_deliveries p
          WHERE p.endpoint_id = i.endpoint_id AND p.lot_id = i.lot_id AND p.event_type = i.event_type AND p.lot_version >= i.lot_version)
      ON CONFLICT (endpoint_id, event_id) DO NOTHING`);
  }
}

// --- the outbox: sending -----------------------------------------------------------------------

/** A leased delivery with what sending it needs from its endpoint. */
export interface LeasedDelivery {
  delivery: WebhookDeliveryRow;
  endpoint: WebhookEndpointRow;
}

/**
 * Leases up to `limit` due deliveries of enabled endpoints: each one's attempt count goes up and
 * its next attempt moves `leaseSeconds` ahead under a row lock (SKIP LOCKED), so no other sender
 * takes the same attempt. A delivery waits while an earlier one of the same endpoint and lot is
 * undelivered (order per lot); occupancy snapshots are outside that order (each carries its version).
 */
export async function leaseDueDeliveries(db: Database, limit: number, leaseSeconds: number): Promise<LeasedDelivery[]> {
  const leased = await selectRows<{ id: string }>(
    db,
    sql`UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
        WHERE id IN (
          SELECT d.id FROM webhook_deliveries d
          WHERE d.state = 'PENDING' AND d.next_attempt_at <= now()
            -- a scalar subquery, not a join: the planner cannot start from the endpoints and sort the backlog
            AND (SELECT e.disabled_at IS NULL FROM webhook_endpoints e WHERE e.id = d.endpoint_id)
            AND (d.event_type = 'lot.occupancy' OR NOT EXISTS (
              SELECT 1 FROM webhook_deliveries p
              WHERE p.endpoint_id = d.endpoint_id AND p.lot_id = d.lot_id AND p.id < d.id
                AND p.state = 'PENDING' AND p.event_type <> 'lot.occupancy'))
          -- the due index's order: the scan stops at the limit instead of sorting the backlog
          ORDER BY d.next_attempt_at
          LIMIT ${limit}
          FOR UPDATE OF d SKIP LOCKED)
          AND state = 'PENDING'
        RETURNING id`,
  );
  if (leased.length === 0) return [];
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, leased.map((row) => Number(row.id))))
    .orderBy(webhookDeliveries.id);
  const endpoints = new Map((await findWebhookEndpointsByIds(db, [...new Set(deliveries.map((row) => row.endpointId))])).map((row) => [row.id, row]));
  return deliveries.flatMap((delivery) => {
    const endpoint = endpoints.get(delivery.endpointId);
    return endpoint ? [{ delivery, endpoint }] : [];
  });
}

/** What one attempt came to. */
export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  delivered: boolean;
}

/** One finished attempt of a leased delivery (`attempt` is the number its lease gave it). */
export interface FinishedAttempt {
  delivery: { id: number; endpointId: string };
  attempt: number;
  result: AttemptResult;
  /** When to try again; undefined after a success, or to dead-letter it. */
  retryAt: Date | undefined;
}

/**
 * Records a batch of attempts in one transaction: each delivery's new state (DELIVERED, DEAD, or
 * PENDING until its retry), its log row, and its endpoint's failing-since mark (cleared by any
 * success in the batch). An attempt whose lease was lost meanwhile (another sender took the
 * delivery) is not recorded. Returns the failing-since of each endpoint that had a recorded
 * failure, and how many deliveries were dead-lettered (their retries exhausted).
 */
export async function recordAttempts(
  db: Database,
  attempts: readonly FinishedAttempt[],
): Promise<{ failingSince: Map<string, Date | null>; deadLettered: number }> {
  if (attempts.length === 0) return { failingSince: new Map(), deadLettered: 0 };
  const rows = attempts.map(({ delivery, attempt, result, retryAt }) => ({
    id: delivery.id,
    endpoint_id: delivery.endpointId,
    attempt,
    state: result.delivered ? 'DELIVERED' : retryAt ? 'PENDING' : 'DEAD',
    retry_at: retryAt?.toISOString() ?? null,
    delivered: result.delivered,
    status_code: result.statusCode,
    error: result.error,
    duration_ms: result.durationMs,
  }));
  return db.transaction(async (tx) => {
    const recorded = await selectRows<{ endpoint_id: string; delivered: boolean; state: string }>(
      tx,
      sql`WITH finished AS (
            SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
              AS x(id bigint, endpoint_id uuid, attempt int, state text, retry_at timestamptz, delivered boolean, status_code int, error text, duration_ms int)
          ), updated AS (
            UPDATE webhook_deliveries d
            SET state = f.state, next_attempt_at = coalesce(f.retry_at, d.next_attempt_at),
                delivered_at = CASE WHEN f.delivered THEN now() ELSE d.delivered_at END,
                last_attempt_at = now(), last_status_code = f.status_code, last_error = f.error, last_duration_ms = f.duration_ms
            FROM finished f
            WHERE d.id = f.id AND d.attempts = f.attempt AND d.state = 'PENDING'
            RETURNING d.id
          ), logged AS (
            INSERT INTO webhook_attempts (delivery_id, status_code, duration_ms, error)
            SELECT f.id, f.status_code, f.duration_ms, f.error FROM finished f JOIN updated u ON u.id = f.id
          )
          SELECT f.endpoint_id, f.delivered, f.state FROM finished f JOIN updated u ON u.id = f.id`,
    );
    const succeeded = [...new Set(recorded.filter((row) => row.delivered).map((row) => row.endpoint_id))];
    const failed = [...new Set(recorded.filter((row) => !row.delivered).map((row) => row.endpoint_id))].filter((id) => !succeeded.includes(id));
    if (succeeded.length > 0) {
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(and(inArray(webhookEndpoints.id, succeeded), sql`${webhookEndpoints.failingSince} IS NOT NULL`));
    }
    const deadLettered = recorded.filter((row) => row.state === 'DEAD').length;
    if (failed.length === 0) return { failingSince: new Map(), deadLettered };
    const marked = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())` })
      .where(inArray(webhookEndpoints.id, failed))
      .returning({ id: webhookEndpoints.id, failingSince: webhookEndpoints.failingSince });
    return { failingSince: new Map(marked.map((row) => [row.id, row.failingSince])), deadLettered };
  });
}
