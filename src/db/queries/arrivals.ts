import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import {
  gates,
  staffActions,
  type GateRow,
  type NewStaffAction,
  type StaffActionRow,
} from '../schema/index.js';
import type { LatLng } from '../wkb.js';
import { atOperatorLots, uuidArray } from './fragments.js';
import { keyset, toMilliseconds } from './keyset.js';
import type { TimeListKey } from './gates.js';

/** Whether `position` is within the lot's geofence: `geofence_radius_m` around its location (on the spheroid). */
export async function isWithinGeofence(db: Database, lotId: string, position: LatLng): Promise<boolean> {
  const [row] = await selectRows<{ inside: boolean }>(
    db,
    sql`SELECT ST_DWithin(location, ST_SetSRID(ST_MakePoint(${position.lng}, ${position.lat}), 4326)::geography, geofence_radius_m) AS inside
      FROM lots WHERE id = ${lotId}`,
  );
  return row?.inside === true;
}

/**
 * The lot's self check-in point, made on first use. Call under the lot's lock (the partial unique
 * index `gates_one_self_check_in_point` is the final guard).
 */
export async function selfCheckInPointOf(db: Database, lotId: string): Promise<GateRow> {
  const [found] = await db
    .select()
    .from(gates)
    .where(and(eq(gates.lotId, lotId), eq(gates.kind, 'SELF_CHECK_IN_POINT'), sql`${gates.removedAt} IS NULL`));
  if (found) return found;
  const [made] = await db
    .insert(gates)
    .values({ lotId, name: 'Self check-in', direction: 'BOTH', kind: 'SELF_CHECK_IN_POINT', minConfidence: 0 })
    .returning();
  return made!;
}

export async function insertStaffAction(db: Database, action: NewStaffAction): Promise<StaffActionRow> {
  const [row] = await db.insert(staffActions).values(action).returning();
  return row!;
}

/** What staff did by hand at the operator's lots, newest first. */
const STAFF_ACTIONS_ORDER = keyset('desc', { column: toMilliseconds(staffActions.createdAt), type: 'timestamptz' }, { column: staffActions.id, type: 'uuid' });

export function listStaffActions(db: Database, operatorId: string, limit: number, after?: TimeListKey): Promise<StaffActionRow[]> {
  return db
    .select()
    .from(staffActions)
    .where(
      and(
        atOperatorLots(staffActions.lotId, operatorId),
        after && STAFF_ACTIONS_ORDER.after([after.at, after.id]),
      ),
    )
    .orderBy(...STAFF_ACTIONS_ORDER.orderBy)
    .limit(limit);
}

/** Which kind of source last told us something about a lot's occupancy. */
export type LiveDataSource = 'SENSOR' | 'PARTNER_COUNTS' | 'GATE' | 'SELF_CHECK_IN' | 'STAFF';

/** The newest report of each lot, whatever its source. */
export interface LatestReportRow {
  lotId: string;
  source: LiveDataSource;
  reportedAt: Date;
}

/**
 * Per lot, the newest of: a bay sensor's observation, the partner's count report, a gate
 * camera's read, a driver's own check-in or check-out, a staff action. Each is read newest-first
 * from an index on (lot_id, time) where there is one; lots nothing ever reported for are absent.
 */
export async function findLatestReports(db: Database, lotIds: readonly string[]): Promise<LatestReportRow[]> {
  const rows = await selectRows<{ lotId: string; source: LiveDataSource; reportedAt: string }>(
    db,
    sql`
      SELECT l.id AS "lotId", latest.source, latest.at AS "reportedAt"
      FROM lots l
      CROSS JOIN LATERAL (
        SELECT source, at FROM (
          SELECT 'SENSOR' AS source, (SELECT max(s.sensor_observed_at) FROM spaces s WHERE s.lot_id = l.id) AS at
          UNION ALL SELECT 'PARTNER_COUNTS', l.reported_at
          UNION ALL SELECT 'GATE', (SELECT pr.read_at FROM plate_reads pr WHERE pr.lot_id = l.id ORDER BY pr.created_at DESC LIMIT 1)
          UNION ALL SELECT 'SELF_CHECK_IN', (
            SELECT max(greatest(ps.entered_at, ps.exited_at)) FROM parking_sessions ps
            JOIN gates g ON g.id = ps.entry_gate_id OR g.id = ps.exit_gate_id
            WHERE ps.lot_id = l.id AND g.kind = 'SELF_CHECK_IN_POINT')
          UNION ALL SELECT 'STAFF', (SELECT sa.created_at FROM staff_actions sa WHERE sa.lot_id = l.id ORDER BY sa.created_at DESC LIMIT 1)
        ) AS reports
        WHERE at IS NOT NULL
        ORDER BY at DESC
        LIMIT 1
      ) AS latest
      WHERE l.id = ANY(${uuidArray(lotIds)})`,
  );
  return rows.map((row) => ({ ...row, reportedAt: new Date(row.reportedAt) }));
}
