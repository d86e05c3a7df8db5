import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import { lots, lotWeeklyHours, openDataPublications, operators } from '../schema/index.js';

/**
 * True for a lot the open feeds publish (in a statement that joins its operator): not archived,
 * and its operator opted in, or has not said and is a network (private yards stay out until
 * their owner opts in).
 */
export function isPublishedLot(): SQL {
  return sql`(${lots.archivedAt} IS NULL AND coalesce(
    (SELECT p.publish FROM ${openDataPublications} p WHERE p.operator_id = ${lots.operatorId}),
    ${operators.kind} = 'NETWORK'))`;
}

/** The operator's explicit choice; undefined when it never made one. */
export async function findOpenDataPublication(db: Database, operatorId: string): Promise<boolean | undefined> {
  const [row] = await db.select({ publish: openDataPublications.publish }).from(openDataPublications).where(eq(openDataPublications.operatorId, operatorId));
  return row?.publish;
}

export async function upsertOpenDataPublication(db: Database, operatorId: string, publish: boolean): Promise<void> {
  await db
    .insert(openDataPublications)
    .values({ operatorId, publish })
    .onConflictDoUpdate({
      target: openDataPublications.operatorId,
      set: { publish, updatedAt: sql`CASE WHEN ${openDataPublications.publish} = ${publish} THEN ${openDataPublications.updatedAt} ELSE now() END` },
    });
}

/**
 * What the feeds' validators are made of: the published lots' count, the sum of their occupancy
 * versions (each only goes up, so the sum moves with any change), and the latest change times.
 */
export interface FeedState {
  lots: number;
  versions: string;
  /** Empty unless asked for: a fingerprint of their weekly hours. */
  hours: string;
  /** The newest of: a published lot's row change, a partner's count, an opt-in or opt-out. */
  changedAt: Date | null;
  /** The newest occupancy event of any lot (a cheap upper bound for live counts). */
  lastEventAt: Date | null;
}

/**
 * The feeds' state now; `withHours` adds a fingerprint of the published lots' weekly hours
 * (changing them touches no lot row, and the GeoJSON export carries them as `opening_hours`).
 */
export async function readFeedState(db: Database, { withHours = false } = {}): Promise<FeedState> {
  const hours = withHours
    ? sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', h.lot_id, h.purpose, h.day_of_week, h.opens_at, h.closes_at))), 0)
        FROM ${lotWeeklyHours} h JOIN ${lots} ON ${lots.id} = h.lot_id JOIN ${operators} ON ${operators.id} = ${lots.operatorId}
        WHERE ${isPublishedLot()})`
    : sql`''`;
  const [row] = await selectRows<{ lots: number; versions: string; hours: string; changedAt: string | null; lastEventAt: string | null }>(
    db,
    sql`
      SELECT count(*)::int AS lots, coalesce(sum(${lots.occupancyVersion}), 0)::text AS versions, ${hours} AS hours,
        greatest(max(${lots.updatedAt}), max(${lots.reportedAt}), (SELECT max(updated_at) FROM ${openDataPublications})) AS "changedAt",
        (SELECT max(created_at) FROM parking_events) AS "lastEventAt"
      FROM ${lots} JOIN ${operators} ON ${operators.id} = ${lots.operatorId}
      WHERE ${isPublishedLot()}`,
  );
  return {
    lots: row!.lots,
    versions: row!.versions,
    hours: row!.hours,
    changedAt: row!.changedAt ? new Date(row!.changedAt) : null,
    lastEventAt: row!.lastEventAt ? new Date(row!.lastEventAt) : null,
  };
}
