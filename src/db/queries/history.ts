import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import type { SpaceRow } from '../schema/index.js';
import { spaceStatusCounts } from './space-counts.js';

type SpaceKind = SpaceRow['kind'];

/** The history's bucket, in seconds: every row covers `[bucket_start, bucket_start + 15 min)`. */
export const HISTORY_BUCKET_SECONDS = 900;

/** The 15-minute bucket (UTC) an instant column or expression falls in. */
function bucketOf(instant: SQL): SQL {
  return sql`to_timestamp(floor(extract(epoch FROM ${instant}) / ${sql.raw(String(HISTORY_BUCKET_SECONDS))}) * ${sql.raw(String(HISTORY_BUCKET_SECONDS))})`;
}

const timestamp = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** What a sample reads as current: sensor statuses and partner counts observed after these. */
export interface SampleFreshness {
  sensorFreshSince: Date;
  reportedCountsFreshSince: Date;
}

/**
 * Samples every lot's occupancy at `at` and merges it into the bucket `bucketStart`, in one
 * statement: per lot and kind, capacity (spaces in service) and occupied (capacity minus
 * available, by the same statuses as `Lot.occupancy`); a lot reporting counts for the lot as a
 * whole adds one STANDARD row while its counts are fresh (as lotOccupancy reads them). Lots with
 * nothing current to say (expired counts, no live source, archived) are not sampled: their bucket
 * gets fewer samples, never an invented one. Returns the rows written.
 */
export async function recordOccupancySample(db: Database, at: Date, bucketStart: Date, fresh: SampleFreshness): Promise<number> {
  const sampledLots = sql`s.lot_id IN (SELECT id FROM lots WHERE availability_source = 'SPACES' AND archived_at IS NULL)`;
  const rows = await selectRows<{ written: number }>(
    db,
    sql`
      WITH sample AS (
        SELECT "lotId" AS lot_id, kind, total - "outOfService" AS capacity, occupied + reserved + unknown AS occupied
        FROM (${spaceStatusCounts(sampledLots, at, fresh.sensorFreshSince, 'everyLot')}) AS counts
        UNION ALL
        SELECT id, 'STANDARD'::space_kind, reported_capacity,
          reported_capacity - least(reported_free, reported_capacity)
        FROM (
          SELECT id, reported_free, coalesce(reported_total, capacity, 0) AS reported_capacity
          FROM lots
          WHERE availability_source = 'REPORTED_COUNTS' AND archived_at IS NULL AND reported_free IS NOT NULL
            AND reported_at > ${timestamp(fresh.reportedCountsFreshSince)}
        ) AS reported
      ), written AS (
        INSERT INTO occupancy_history AS h (lot_id, space_kind, bucket_start, capacity, occupied_min, occupied_max, occupied_sum, samples)
        SELECT lot_id, kind, ${timestamp(bucketStart)}, capacity, occupied, occupied, occupied, 1 FROM sample
        ON CONFLICT (lot_id, space_kind, bucket_start) DO UPDATE SET
          capacity = excluded.capacity,
          occupied_min = least(h.occupied_min, excluded.occupied_min),
          occupied_max = greatest(h.occupied_max, excluded.occupied_max),
          occupied_sum = h.occupied_sum + excluded.occupied_sum,
          samples = h.samples + 1
        RETURNING 1
      )
      SELECT count(*)::int AS written FROM written`,
  );
  return rows[0]?.written ?? 0;
}

/**
 * Recounts bookings started (not cancelled, window starting in the bucket, up to `until`) and
 * parking sessions started (vehicles entered) for the sampled buckets in `[from, to)`, per lot
 * and kind, and writes the counts that changed. Counts are absolute, so running it twice, or in
 * two processes at once, gives the same rows; a bucket nobody sampled keeps no row.
 */
export async function recountStarts(db: Database, from: Date, to: Date, until: Date): Promise<void> {
  const end = until < to ? until : to;
  await db.execute(sql`
    WITH started AS (
      SELECT b.lot_id, s.kind, ${bucketOf(sql`lower(b.period)`)} AS bucket_start, 1 AS bookings, 0 AS sessions
      FROM bookings b JOIN spaces s ON s.id = b.space_id
      WHERE lower(b.period) >= ${timestamp(from)} AND lower(b.period) < ${timestamp(end)} AND b.status <> 'CANCELLED'
      UNION ALL
      SELECT ps.lot_id, s.kind, ${bucketOf(sql`ps.entered_at`)}, 0, 1
      FROM parking_sessions ps JOIN spaces s ON s.id = ps.space_id
      WHERE ps.entered_at >= ${timestamp(from)} AND ps.entered_at < ${timestamp(end)}
    ), counts AS (
      SELECT h.lot_id, h.space_kind, h.bucket_start,
        coalesce(sum(started.bookings), 0)::int AS bookings, coalesce(sum(started.sessions), 0)::int AS sessions
      FROM occupancy_history h
      LEFT JOIN started ON started.lot_id = h.lot_id AND started.kind = h.space_kind AND started.bucket_start = h.bucket_start
      WHERE h.bucket_start >= ${timestamp(from)} AND h.bucket_start < ${timestamp(to)}
      GROUP BY h.lot_id, h.space_kind, h.bucket_start
    )
    UPDATE occupancy_history h SET bookings_started = counts.bookings, sessions_started = counts.sessions
    FROM counts
    WHERE h.lot_id = counts.lot_id AND h.space_kind = counts.space_kind AND h.bucket_start = counts.bucket_start
      AND (h.bookings_started, h.sessions_started) IS DISTINCT FROM (counts.bookings, counts.sessions)`);
}

/** Deletes the buckets that started before `before`. */
export async function deleteHistoryBefore(db: Database, before: Date): Promise<void> {
  await db.execute(sql`DELETE FROM occupancy_history WHERE bucket_start < ${timestamp(before)}`);
}

/** How rows are grouped for reading: as stored, or by hour or day of the lot's own clock. */
export type HistoryGrouping = 'FIFTEEN_MINUTES' | 'HOUR' | 'DAY';

/** One kind's figures over one bucket of a lot's history. */
export interface HistoryKindRow {
  bucketStart: Date;
  kind: SpaceKind;
  samples: number;
  capacity: number;
  occupiedMin: number;
  occupiedMean: number;
  occupiedMax: number;
  bookingsStarted: number;
  sessionsStarted: number;
}

/**
 * A lot's history in `[from, to)` per kind and bucket, oldest first: 15-minute rows as stored,
 * or merged by the hour or day of `timeZone` (capacity the largest, the mean weighted by samples).
 * Buckets without a row are absent.
 */
export function findLotHistory(
  db: Database,
  lotId: string,
  from: Date,
  to: Date,
  grouping: HistoryGrouping,
  timeZone: string,
): Promise<HistoryKindRow[]> {
  const bucket =
    grouping === 'FIFTEEN_MINUTES'
      ? sql`bucket_start`
      : sql`date_trunc(${grouping === 'HOUR' ? 'hour' : 'day'}, bucket_start, ${timeZone})`;
  return selectRows<HistoryKindRow>(
    db,
    sql`
      SELECT ${bucket} AS "bucketStart", space_kind AS kind,
        sum(samples)::int AS samples,
        max(capacity)::int AS capacity,
        min(occupied_min)::int AS "occupiedMin",
        (sum(occupied_sum)::float8 / sum(samples)) AS "occupiedMean",
        max(occupied_max)::int AS "occupiedMax",
        sum(bookings_started)::int AS "bookingsStarted",
        sum(sessions_started)::int AS "sessionsStarted"
      FROM occupancy_history
      WHERE lot_id = ${lotId} AND bucket_start >= ${timestamp(from)} AND bucket_start < ${timestamp(to)}
      GROUP BY 1, 2
      ORDER BY 1, 2`,
  ).then((rows) => rows.map((row) => ({ ...row, bucketStart: new Date(row.bucketStart) })));
}

/** One lot's day (its own time zone) for an operator report; measures are defined in schema/history.graphql. */
export interface ReportDayRow {
  lotId: string;
  lotName: string;
  /** `YYYY-MM-DD` in the lot's time zone. */
  day: string;
  /** Samples taken that day (over every kind); 0 when the history has nothing for the day. */
  samples: number;
  /** Sum over the day's samples of occupied, and of capacity (so their ratio is the mean utilisation). */
  occupiedSampled: number;
  capacitySampled: number;
  /** The most spaces in service at once that day (all kinds), from the history; null without samples. */
  capacity: number | null;
  bookingsStarted: number;
  noShows: number;
  sessionsStarted: number;
  /** Per currency: captures less refunds posted that day, VAT included, before commission. */
  revenue: Array<{ currency: string; amount: number }>;
}

/**
 * Per lot of the operator and day `from`..`to` (inclusive, `YYYY-MM-DD`, each lot's own time
 * zone) with anything to report: the history's samples, bookings that started (window start
 * passed by `now`, not cancelled) and those of them that were no-shows, sessions started, and
 * the ledger's captures and refunds on the operator's and the platform's side (so commission is
 * included). Ordered by lot name, then day.
 */
export function operatorReportRows(db: Database, operatorId: string, from: string, to: string, now: Date): Promise<ReportDayRow[]> {
  // a day in any time zone lies within a day either side of the same UTC date
  const lower = sql`(${from}::date - 1)::timestamp AT TIME ZONE 'UTC'`;
  const upper = sql`(${to}::date + 2)::timestamp AT TIME ZONE 'UTC'`;
  const localDay = (instant: SQL) => sql`(${instant} AT TIME ZONE l.time_zone)::date`;
  const inRange = (instant: SQL) => sql`${instant} >= ${lower} AND ${instant} < ${upper} AND ${localDay(instant)} BETWEEN ${from}::date AND ${to}::date`;
  return selectRows<ReportDayRow>(
    db,
    sql`
      WITH op_lots AS (
        SELECT id, name, time_zone FROM lots WHERE operator_id = ${operatorId}
      ), history_buckets AS (
        -- kinds are sampled together: a bucket's samples are any kind's, its capacity their sum
        SELECT h.lot_id, ${localDay(sql`h.bucket_start`)} AS day,
          max(h.samples) AS samples,
          sum(h.occupied_sum)::float8 AS occupied_sampled,
          sum(h.capacity::bigint * h.samples)::float8 AS capacity_sampled,
          sum(h.capacity) AS capacity
        FROM occupancy_history h JOIN op_lots l ON l.id = h.lot_id
        WHERE ${inRange(sql`h.bucket_start`)}
        GROUP BY h.lot_id, day, h.bucket_start
      ), history_days AS (
        SELECT lot_id, day, sum(samples)::int AS samples, sum(occupied_sampled) AS occupied_sampled,
          sum(capacity_sampled) AS capacity_sampled, max(capacity)::int AS capacity
        FROM history_buckets
        GROUP BY lot_id, day
      ), booking_days AS (
        SELECT b.lot_id, ${localDay(sql`lower(b.period)`)} AS day,
          count(*)::int AS bookings_started,
          count(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS no_shows
        FROM bookings b JOIN op_lots l ON l.id = b.lot_id
        WHERE ${inRange(sql`lower(b.period)`)} AND lower(b.period) <= ${timestamp(now)} AND b.status <> 'CANCELLED'
        GROUP BY b.lot_id, day
      ), session_days AS (
        SELECT ps.lot_id, ${localDay(sql`ps.entered_at`)} AS day, count(*)::int AS sessions_started
        FROM parking_sessions ps JOIN op_lots l ON l.id = ps.lot_id
        WHERE ${inRange(sql`ps.entered_at`)}
        GROUP BY ps.lot_id, day
      ), revenue_days AS (
        SELECT lot_id, day, jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount) ORDER BY currency) AS revenue
        FROM (
          SELECT p.lot_id, ${localDay(sql`je.created_at`)} AS day, jl.currency, -sum(jl.amount)::float8 AS amount
          FROM journal_entries je
          JOIN payments p ON p.id = je.payment_id
          JOIN op_lots l ON l.id = p.lot_id
          JOIN journal_lines jl ON jl.entry_id = je.id
          JOIN ledger_accounts a ON a.id = jl.account_id
          WHERE p.operator_id = ${operatorId} AND je.kind IN ('CAPTURE', 'REFUND')
            AND a.kind IN ('OPERATOR_PAYABLE', 'PLATFORM_COMMISSION') AND ${inRange(sql`je.created_at`)}
          GROUP BY p.lot_id, day, jl.currency
        ) AS per_currency
        GROUP BY lot_id, day
      ), days AS (
        SELECT lot_id, day FROM history_days
        UNION SELECT lot_id, day FROM booking_days
        UNION SELECT lot_id, day FROM session_days
        UNION SELECT lot_id, day FROM revenue_days
      )
      SELECT l.id AS "lotId", l.name AS "lotName", to_char(d.day, 'YYYY-MM-DD') AS day,
        coalesce(h.samples, 0) AS samples,
        coalesce(h.occupied_sampled, 0) AS "occupiedSampled",
        coalesce(h.capacity_sampled, 0) AS "capacitySampled",
        h.capacity,
        coalesce(b.bookings_started, 0) AS "bookingsStarted",
        coalesce(b.no_shows, 0) AS "noShows",
        coalesce(s.sessions_started, 0) AS "sessionsStarted",
        coalesce(r.revenue, '[]'::jsonb) AS revenue
      FROM days d
      JOIN op_lots l ON l.id = d.lot_id
      LEFT JOIN history_days h USING (lot_id, day)
      LEFT JOIN booking_days b USING (lot_id, day)
      LEFT JOIN session_days s USING (lot_id, day)
      LEFT JOIN revenue_days r USING (lot_id, day)
      ORDER BY l.name, l.id, d.day`,
  );
}
