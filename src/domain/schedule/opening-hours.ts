import {
  addDays,
  assertTimeZone,
  instantOfLocal,
  isoWeekdayOf,
  localDaysCovering,
  minutesOfDay,
  parseWallClock,
  type IsoWeekday,
  type LocalDate,
  type TimeWindow,
} from '../time/zoned.js';
import { clipTo, subtract, unionOf } from './intervals.js';

/**
 * A recurring weekly opening, in the lot's local wall-clock time.
 * `closesAt` `24:00` closes at the end of the day; `closesAt` at or before `opensAt` runs past
 * midnight into the next day (Fri 22:00-02:00 is open until 02:00 on Saturday).
 */
export interface WeeklyWindow {
  /** ISO weekday the window opens on: 1 = Monday ... 7 = Sunday. */
  dayOfWeek: IsoWeekday;
  /** `HH:MM`, 00:00-23:59. */
  opensAt: string;
  /** `HH:MM`, 00:00-24:00. */
  closesAt: string;
}

/** A one-off closure `[start, end)` (maintenance, an event, a holiday), in real time. */
export type Blackout = TimeWindow;

/** When a lot (or an owner's listing) is open. */
export interface OpeningSchedule {
  /** IANA zone the weekly windows are written in. */
  timeZone: string;
  /** Weekly openings; null means open 24/7. */
  weekly: WeeklyWindow[] | null;
  blackouts: Blackout[];
}

/**
 * The open time inside `window`, in real (UTC) time, clipped to `window`, sorted, with touching
 * openings joined and blackouts removed. Lets the API explain a refusal ("open from 08:00").
 * @throws RangeError for an empty window, an unknown zone, or a malformed weekly window or blackout.
 */
export function openIntervalsWithin(schedule: OpeningSchedule, window: TimeWindow): TimeWindow[] {
  assertWindow(window, 'Window');
  assertTimeZone(schedule.timeZone);
  const openings = schedule.weekly === null ? [window] : weeklyOpenings(schedule.weekly, schedule.timeZone, window);
  for (const blackout of schedule.blackouts) assertWindow(blackout, 'Blackout');
  return clipTo(subtract(unionOf(openings), schedule.blackouts), window);
}

/**
 * Whether every instant of `window` is open: the question asked before a booking is allowed.
 * @throws RangeError as {@link openIntervalsWithin}.
 */
export function isOpenThroughout(schedule: OpeningSchedule, window: TimeWindow): boolean {
  // around the clock and no blackouts (most lots): open, once the arguments are checked
  if (schedule.weekly === null && schedule.blackouts.length === 0) {
    assertWindow(window, 'Window');
    assertTimeZone(schedule.timeZone);
    return true;
  }
  const [first, ...rest] = openIntervalsWithin(schedule, window);
  // The result is clipped and joined, so full cover is exactly one piece equal to the window.
  return (
    first !== undefined &&
    rest.length === 0 &&
    first.start.getTime() === window.start.getTime() &&
    first.end.getTime() === window.end.getTime()
  );
}

/**
 * A blackout for one whole local date in `timeZone` ("closed on 24 December"): from that day's
 * local midnight to the next, which is 23 or 25 real hours on daylight-saving change days.
 * @throws RangeError for an unknown zone or a date that does not exist.
 */
export function closedOnLocalDate(date: LocalDate, timeZone: string): Blackout {
  return {
    start: instantOfLocal(date, { hour: 0, minute: 0 }, timeZone),
    end: instantOfLocal(date, { hour: 24, minute: 0 }, timeZone),
  };
}

/** The weekly windows as real-time openings on every local day that can reach into `window`. */
function weeklyOpenings(weekly: readonly WeeklyWindow[], timeZone: string, window: TimeWindow): TimeWindow[] {
  const rules = weekly.map(parseWeeklyWindow);
  const days = localDaysCovering(window, timeZone);
  // An overnight window that opened the local day before the window starts may still be open.
  days.unshift(addDays(days[0]!, -1));
  return days.flatMap((day) => {
    const weekday = isoWeekdayOf(day);
    return rules
      .filter((rule) => rule.dayOfWeek === weekday)
      .map((rule) => ({
        start: instantOfLocal(day, rule.opensAt, timeZone),
        end: instantOfLocal(rule.overnight ? addDays(day, 1) : day, rule.closesAt, timeZone),
      }));
  });
}

function parseWeeklyWindow(window: WeeklyWindow) {
  if (!Number.isInteger(window.dayOfWeek) || window.dayOfWeek < 1 || window.dayOfWeek > 7) {
    throw new RangeError(`Invalid dayOfWeek ${window.dayOfWeek}: expected 1 (Monday) to 7 (Sunday)`);
  }
  const opensAt = parseWallClock(window.opensAt);
  const closesAt = parseWallClock(window.closesAt, { allowEndOfDay: true });
  return { dayOfWeek: window.dayOfWeek, opensAt, closesAt, overnight: minutesOfDay(closesAt) <= minutesOfDay(opensAt) };
}

function assertWindow({ start, end }: TimeWindow, what: string): void {
  if (!(start.getTime() < end.getTime())) throw new RangeError(`${what} must end after it starts`);
}
