import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import { lots, spaces, type LotRow, type NewLot, type SpaceRow } from '../schema/index.js';

/** The operator's lots with these external references. */
export function findLotsByExternalRefs(db: Database, operatorId: string, refs: readonly string[]): Promise<LotRow[]> {
  if (refs.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(lots)
    .where(and(eq(lots.operatorId, operatorId), inArray(lots.externalRef, [...refs])));
}

/** Spaces of the lots that carry an external reference (the ones a partner can address). */
export function findSpacesWithExternalRefs(db: Database, lotIds: readonly string[]): Promise<SpaceRow[]> {
  if (lotIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(spaces)
    .where(and(inArray(spaces.lotId, [...lotIds]), isNotNull(spaces.externalRef)));
}

export function insertLots(db: Database, rows: NewLot[]): Promise<LotRow[]> {
  return db.insert(lots).values(rows).returning();
}

/** A space the caller named, resolved to its id when it belongs to the operator. */
export interface SpaceReference {
  spaceId?: string;
  lotExternalRef?: string;
  spaceExternalRef?: string;
}

/** The ids (uuids, already decoded) of the operator's spaces named by id or by (lot reference, space reference), in input order. */
export async function resolveOperatorSpaces(
  db: Database,
  operatorId: string,
  references: readonly SpaceReference[],
): Promise<Array<string | undefined>> {
  const rows = await selectRows<{ ordinal: number; id: string }>(
    db,
    sql`
      SELECT r.ordinal, s.id
      FROM jsonb_to_recordset(${JSON.stringify(references.map((ref, ordinal) => ({ ordinal, ...ref })))}::jsonb)
        AS r(ordinal int, "spaceId" uuid, "lotExternalRef" text, "spaceExternalRef" text)
      JOIN lots l ON l.operator_id = ${operatorId}
      JOIN spaces s ON s.lot_id = l.id
      WHERE (r."spaceId" IS NOT NULL AND s.id = r."spaceId")
         OR (r."spaceId" IS NULL AND l.external_ref = r."lotExternalRef" AND s.external_ref = r."spaceExternalRef")`,
  );
  const byOrdinal = new Map(rows.map((row) => [row.ordinal, row.id]));
  return references.map((_, ordinal) => byOrdinal.get(ordinal));
}

/**
 * Stores sensor observations, one statement for all: a space keeps an observation only when it is
 * newer than the one it has (sensors retry and reorder). Returns the ids that took their report.
 */
export async function applySensorReports(
  db: Database,
  reports: ReadonlyArray<{ spaceId: string; status: 'OCCUPIED' | 'FREE'; observedAt: Date }>,
): Promise<Set<string>> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`
      UPDATE spaces s SET sensor_status = r.status::sensor_status, sensor_observed_at = r."observedAt"
      FROM jsonb_to_recordset(${JSON.stringify(reports)}::jsonb) AS r("spaceId" uuid, status text, "observedAt" timestamptz)
      WHERE s.id = r."spaceId" AND (s.sensor_observed_at IS NULL OR s.sensor_observed_at < r."observedAt")
      RETURNING s.id`,
  );
  return new Set(rows.map((row) => row.id));
}

/** The operator's lots named by id or by its own reference, in input order. */
export async function resolveOperatorLots(
  db: Database,
  operatorId: string,
  references: ReadonlyArray<{ lotId?: string; externalRef?: string }>,
): Promise<Array<Pick<LotRow, 'id' | 'availabilitySource'> | undefined>> {
  const rows = await selectRows<{ ordinal: number; id: string; availabilitySource: LotRow['availabilitySource'] }>(
    db,
    sql`
      SELECT r.ordinal, l.id, l.availability_source AS "availabilitySource"
      FROM jsonb_to_recordset(${JSON.stringify(references.map((ref, ordinal) => ({ ordinal, ...ref })))}::jsonb)
        AS r(ordinal int, "lotId" uuid, "externalRef" text)
      JOIN lots l ON l.operator_id = ${operatorId}
        AND ((r."lotId" IS NOT NULL AND l.id = r."lotId") OR (r."lotId" IS NULL AND l.external_ref = r."externalRef"))`,
  );
  const byOrdinal = new Map(rows.map(({ ordinal, ...lot }) => [ordinal, lot]));
  return references.map((_, ordinal) => byOrdinal.get(ordinal));
}

/**
 * Stores lot-level counts (free, and capacity when given) for lots without space-level data, each
 * only when newer than the lot's last report. Returns the ids that took their report.
 */
export async function applyLotCountReports(
  db: Database,
  reports: ReadonlyArray<{ lotId: string; free: number; total: number | null; observedAt: Date }>,
): Promise<Set<string>> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`
      UPDATE lots l SET reported_free = r.free, reported_total = coalesce(r.total, l.reported_total, l.capacity),
        reported_at = r."observedAt", availability_source = 'REPORTED_COUNTS'
      FROM jsonb_to_recordset(${JSON.stringify(reports)}::jsonb) AS r("lotId" uuid, free int, total int, "observedAt" timestamptz)
      WHERE l.id = r."lotId" AND l.availability_source <> 'SPACES' AND (l.reported_at IS NULL OR l.reported_at < r."observedAt")
      RETURNING l.id`,
  );
  return new Set(rows.map((row) => row.id));
}
