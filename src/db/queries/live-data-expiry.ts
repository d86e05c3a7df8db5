import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';

/**
 * Appends EXPIRED occupancy events for lots where a bay sensor's status, or the partner's lot
 * count, reached its time-to-live in `(since, until]`: the lot's occupancy changes then (a bay
 * becomes UNKNOWN) without any write, like a booking window starting. Each side reads its own
 * partial index (`spaces_sensor_observed_at`, `lots_reported_at`) for one interval's worth of rows.
 */
export async function recordExpiredReports(
  db: Database,
  since: Date,
  until: Date,
  ttls: { sensorStatusMs: number; reportedCountsMs: number },
): Promise<number> {
  const shifted = (at: Date, ms: number) => sql`${new Date(at.getTime() - ms).toISOString()}::timestamptz`;
  const [row] = await selectRows<{ lots: number }>(
    db,
    sql`WITH expired_statuses AS (
          SELECT lot_id, jsonb_agg(id) AS ids FROM spaces
          WHERE sensor_observed_at > ${shifted(since, ttls.sensorStatusMs)} AND sensor_observed_at <= ${shifted(until, ttls.sensorStatusMs)}
          GROUP BY lot_id
        ), expired_counts AS (
          SELECT id AS lot_id, jsonb_build_array(id) AS ids FROM lots
          WHERE availability_source = 'REPORTED_COUNTS'
            AND reported_at > ${shifted(since, ttls.reportedCountsMs)} AND reported_at <= ${shifted(until, ttls.reportedCountsMs)}
        ), recorded AS (
          SELECT parkway_record_lot_changes('EXPIRED', 'spaceIds', (SELECT jsonb_object_agg(lot_id, ids) FROM expired_statuses)),
                 parkway_record_lot_changes('EXPIRED', 'lotIds', (SELECT jsonb_object_agg(lot_id, ids) FROM expired_counts))
        )
        SELECT ((SELECT count(*) FROM expired_statuses) + (SELECT count(*) FROM expired_counts))::int AS lots FROM recorded`,
  );
  return row?.lots ?? 0;
}
