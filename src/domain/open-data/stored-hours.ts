import type { Database } from '../../db/client.js';
import { findWeeklyHoursOfLots } from '../../db/queries/lot-hours.js';
import type { WeeklyHoursInput } from '../inventory/prices-and-hours.js';

/** The OPENING_HOURS windows stored for each lot; a lot without any is open around the clock. */
export async function storedOpeningHours(db: Database, lotIds: string[]): Promise<Map<string, WeeklyHoursInput>> {
  const byLot = new Map<string, WeeklyHoursInput>();
  if (lotIds.length === 0) return byLot;
  for (const row of await findWeeklyHoursOfLots(db, lotIds)) {
    if (row.purpose !== 'OPENING_HOURS') continue;
    // `time` columns come back as HH:MM:SS
    const window = { dayOfWeek: row.dayOfWeek, opensAt: row.opensAt.slice(0, 5), closesAt: row.closesAt.slice(0, 5) };
    byLot.set(row.lotId, [...(byLot.get(row.lotId) ?? []), window]);
  }
  return byLot;
}
