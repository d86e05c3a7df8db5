import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  lots,
  lotWeeklyHours,
  operators,
  spaces,
  type LotRow,
  type NewLotWeeklyHours,
  type OperatorRow,
  type SpaceRow,
} from '../schema/index.js';
import { isPublishedLot } from './feeds.js';
import { uuidArray } from './fragments.js';
import type { LngLatBox } from './search.js';

/** Which lots an export covers: all that are not archived, optionally one operator's, optionally inside boxes. */
export interface LotExportFilter {
  operatorId?: string;
  boxes?: LngLatBox[];
  /** Only lots the open feeds publish (their operators opted in, see isPublishedLot). */
  publishedOnly?: boolean;
}

export interface ExportedLotRow {
  lot: LotRow;
  operatorName: string;
}

/** A page of lots for export, ordered by id, after `afterId` when given. */
export function findLotsForExport(db: Database, filter: LotExportFilter, limit: number, afterId?: string): Promise<ExportedLotRow[]> {
  return db
    .select({ lot: lots, operatorName: operators.name })
    .from(lots)
    .innerJoin(operators, eq(operators.id, lots.operatorId))
    .where(
      and(
        isNull(lots.archivedAt),
        filter.operatorId ? eq(lots.operatorId, filter.operatorId) : undefined,
        filter.boxes
          ? or(
              ...filter.boxes.map(
                ({ west, south, east, north }) =>
                  sql`(${lots.location}::geometry && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326))`,
              ),
            )
          : undefined,
        afterId ? gt(lots.id, afterId) : undefined,
        filter.publishedOnly ? isPublishedLot() : undefined,
      ),
    )
    .orderBy(asc(lots.id))
    .limit(limit);
}

/** How many spaces of each kind the lots have, whatever their status (their capacity). */
export function countSpacesByKind(
  db: Database,
  lotIds: readonly string[],
): Promise<Array<{ lotId: string; kind: SpaceRow['kind']; spaces: number }>> {
  return db
    .select({ lotId: spaces.lotId, kind: spaces.kind, spaces: sql<number>`count(*)::int` })
    .from(spaces)
    .where(sql`${spaces.lotId} = ANY(${uuidArray(lotIds)})`)
    .groupBy(spaces.lotId, spaces.kind);
}

/** The NETWORK operators with this exact name (an import's data source, e.g. "OpenStreetMap contributors"). */
export function findNetworkOperatorsByName(db: Database, name: string): Promise<OperatorRow[]> {
  return db
    .select()
    .from(operators)
    .where(and(eq(operators.kind, 'NETWORK'), eq(operators.name, name)))
    .orderBy(asc(operators.createdAt));
}

/** A NETWORK operator with no members: lots only an import (or an admin) writes. */
export async function insertNetworkOperator(db: Database, name: string): Promise<OperatorRow> {
  const [row] = await db.insert(operators).values({ name, kind: 'NETWORK' }).returning();
  return row!;
}

/**
 * Replaces the weekly hours of one purpose of many lots in one transaction: an import sets the
 * hours of hundreds of lots, and a transaction (a commit) per lot costs more than the rows.
 */
export function replaceWeeklyHoursOfLots(
  db: Database,
  purpose: NewLotWeeklyHours['purpose'],
  hoursByLot: ReadonlyMap<string, Array<Pick<NewLotWeeklyHours, 'dayOfWeek' | 'opensAt' | 'closesAt'>>>,
): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.delete(lotWeeklyHours).where(and(inArray(lotWeeklyHours.lotId, [...hoursByLot.keys()]), eq(lotWeeklyHours.purpose, purpose)));
    const rows = [...hoursByLot].flatMap(([lotId, windows]) => windows.map((window) => ({ ...window, lotId, purpose })));
    if (rows.length > 0) await tx.insert(lotWeeklyHours).values(rows);
  });
}
