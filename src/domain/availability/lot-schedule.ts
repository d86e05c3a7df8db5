import type { LotBlackoutRow, LotWeeklyHoursRow } from '../../db/schema/index.js';
import type { OpeningSchedule, WeeklyWindow } from '../schedule/index.js';
import type { IsoWeekday } from '../time/zoned.js';

/** The stored hours of one lot, as the schedule rules read them. */
export interface LotHours {
  timeZone: string;
  weeklyHours: LotWeeklyHoursRow[];
  blackouts: LotBlackoutRow[];
}

/** `HH:MM` from PostgreSQL's `HH:MM:SS` time text (`24:00:00` stays `24:00`). */
export function toHoursMinutes(time: string): string {
  return time.slice(0, 5);
}

/** Weekly windows of one purpose; null when the lot has none, which means "around the clock". */
export function weeklyWindowsOf(rows: LotWeeklyHoursRow[], purpose: LotWeeklyHoursRow['purpose']): WeeklyWindow[] | null {
  const windows = rows
    .filter((row) => row.purpose === purpose)
    .map((row) => ({
      dayOfWeek: row.dayOfWeek as IsoWeekday,
      opensAt: toHoursMinutes(row.opensAt),
      closesAt: toHoursMinutes(row.closesAt),
    }));
  return windows.length > 0 ? windows : null;
}

/** A lot's schedule for one purpose, without blackouts (those are judged on their own). */
export function scheduleOf(hours: LotHours, purpose: LotWeeklyHoursRow['purpose']): OpeningSchedule {
  return { timeZone: hours.timeZone, weekly: weeklyWindowsOf(hours.weeklyHours, purpose), blackouts: [] };
}
