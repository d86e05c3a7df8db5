import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import { liveBooking } from './fragments.js';

/** What the occupancy triggers write into parking_events.payload (`details` since migration 0017). */
export interface ParkingEventPayload {
  bookingIds?: string[];
  spaceIds?: string[];
  /** One entry per changed booking, session or space, for webhooks' detail events. */
  details?: Array<Record<string, unknown>>;
}

/** One appended occupancy change (see the parking_events table). */
export interface ParkingEvent {
  id: number;
  lotId: string;
  kind: string;
  version: number;
  bookingIds: string[];
  spaceIds: string[];
  payload: ParkingEventPayload;
  /** When the writing transaction started (`now()` in the trigger): the event lag is measured from it. */
  createdAt: Date;
}

/**
 * The last id the event sequence handed out: where a process starting up begins to read. Not
 * max(id): after a restart PostgreSQL's sequence jumps ahead (it logs values in advance), and the
 * skipped ids would look like gaps to wait for.
 */
export async function readLatestEventId(db: Database): Promise<number> {
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END::text AS id FROM parking_events_id_seq`,
  );
  return Number(row?.id ?? 0);
}

/**
 * True for the statement `readEventsAfter` sends. Every process reads the event table on a timer
 * as well as on doorbells (src/realtime/hub.ts, the webhook worker), so whoever counts the
 * statements a request costs (tests, benchmarks) leaves these reads out.
 */
export function isEventMailboxRead(query: string): boolean {
  return query.includes('FROM parking_events WHERE id >');
}

/**
 * Events with an id above `afterId`, in id order, at most `limit`; and the events `gapIds` (ids
 * skipped by an earlier read whose transactions may have committed since), looked up by key.
 */
export async function readEventsAfter(db: Database, afterId: number, limit = 10_000, gapIds: readonly number[] = []): Promise<ParkingEvent[]> {
  const columns = sql`id, lot_id, kind, version, payload, (extract(epoch FROM created_at) * 1000)::float8 AS created_ms`;
  const newer = sql`SELECT ${columns} FROM parking_events WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`;
  const rows = await selectRows<{
    id: string;
    lot_id: string;
    kind: string;
    version: string;
    payload: ParkingEventPayload;
    created_ms: number;
  }>(
    db,
    gapIds.length === 0
      ? newer
      : sql`(${newer}) UNION ALL SELECT ${columns} FROM parking_events WHERE id = ANY(${`{${gapIds.join(',')}}`}::bigint[])`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    lotId: row.lot_id,
    kind: row.kind,
    version: Number(row.version),
    bookingIds: row.payload.bookingIds ?? [],
    spaceIds: row.payload.spaceIds ?? [],
    payload: row.payload,
    createdAt: new Date(Number(row.created_ms)),
  }));
}

/**
 * Appends CLOCK events for lots where a live booking's window started or ended in
 * `(since, until]`: occupancy "now" changes then without any write.
 */
export async function recordWindowBoundaries(db: Database, since: Date, until: Date): Promise<number> {
  const [row] = await selectRows<{ lots: number }>(
    db,
    sql`WITH crossed AS (
          SELECT lot_id, jsonb_agg(id) AS ids FROM bookings
          WHERE ${liveBooking(sql`status`)}
            AND ((lower(period) > ${since.toISOString()}::timestamptz AND lower(period) <= ${until.toISOString()}::timestamptz)
              OR (upper(period) > ${since.toISOString()}::timestamptz AND upper(period) <= ${until.toISOString()}::timestamptz))
          GROUP BY lot_id
        ), recorded AS (
          SELECT parkway_record_lot_changes('CLOCK', 'bookingIds', (SELECT jsonb_object_agg(lot_id, ids) FROM crossed))
        )
        SELECT (SELECT count(*) FROM crossed)::int AS lots FROM recorded`,
  );
  return row?.lots ?? 0;
}

/**
 * Deletes events older than `before`; readers only ever need the recent ones. The webhook outbox
 * is a durable reader: events above its cursor's watermark wait until it has fanned them out.
 */
export async function pruneEventsBefore(db: Database, before: Date): Promise<void> {
  await db.execute(sql`DELETE FROM parking_events WHERE created_at < ${before.toISOString()}::timestamptz
    AND id <= coalesce((SELECT min(watermark) FROM webhook_outbox_cursor), id)`);
}
