import { and, asc, inArray, sql } from 'drizzle-orm';
import type { Period } from '../schema/columns.js';
import type { Database } from '../client.js';
import { windowRange } from './fragments.js';
import { lotBlackouts, lotWeeklyHours, type LotBlackoutRow, type LotWeeklyHoursRow } from '../schema/index.js';

/** Weekly opening and bookable hours of several lots, ordered by day then opening time. */
export function findWeeklyHoursOfLots(db: Database, lotIds: readonly string[]): Promise<LotWeeklyHoursRow[]> {
  return db
    .select()
    .from(lotWeeklyHours)
    .where(inArray(lotWeeklyHours.lotId, [...lotIds]))
    .orderBy(asc(lotWeeklyHours.dayOfWeek), asc(lotWeeklyHours.opensAt));
}

/** Blackouts of several lots that overlap `window`. */
export function findBlackoutsOfLots(db: Database, lotIds: readonly string[], window: Period): Promise<LotBlackoutRow[]> {
  return db
    .select()
    .from(lotBlackouts)
    .where(
      and(
        inArray(lotBlackouts.lotId, [...lotIds]),
        sql`${lotBlackouts.period} && ${windowRange(window)}`,
      ),
    );
}
