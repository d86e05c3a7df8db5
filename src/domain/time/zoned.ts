/**
 * Conversions between UTC instants and local wall-clock time in an IANA time zone.
 *
 * Opening hours, owner schedules and tariff bands are wall-clock rules ("08:00 to 18:00 in
 * Europe/London") while bookings are UTC instants, so every rule is materialised through these
 * helpers. Node 20 has no Temporal, so offsets are read from Intl.DateTimeFormat.
 */

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A calendar date with no zone attached; month is 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time of day. `24:00` (hour 24, minute 0) means the end of the day. */
export interface WallClockTime {
  hour: number;
  minute: number;
}

/** A half-open span of real time `[start, end)`: it contains `start` but not `end`. */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** What a clock on the wall of the car park shows at some instant (seconds dropped). */
export interface LocalDateTime extends LocalDate, WallClockTime {
  weekday: IsoWeekday;
}

const DAY_MS = 86_400_000;

// Building a formatter costs far more than using one, and a search prices many lots in few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        // h23: some ICU versions print midnight as "24" with hour12: false
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Checks that `timeZone` is an IANA zone this runtime knows.
 * @throws RangeError for an unknown zone.
 */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/**
 * Wall clocks already worked out, per zone, by whole UTC second. `formatToParts` costs
 * microseconds and a search checks the same few instants (window ends, day boundaries) for every
 * lot in a zone: it was the largest cost in a search page's profile (docs/performance.md).
 * Exact, not an approximation: the key is the instant the answer is for. A zone's map is
 * emptied when it reaches `MAX_CACHED_INSTANTS`, which bounds the memory.
 */
const wallClocks = new Map<string, Map<number, number>>();
const MAX_CACHED_INSTANTS = 10_000;

/** The local wall clock at `ms`, to the second, written as if it were a UTC timestamp. */
function wallClockMs(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  let known = wallClocks.get(timeZone);
  const cached = known?.get(wholeSecond);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(wholeSecond)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = utcMs(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!);
  if (!known) wallClocks.set(timeZone, (known = new Map()));
  if (known.size >= MAX_CACHED_INSTANTS) known.clear();
  known.set(wholeSecond, wall);
  return wall;
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** UTC offset in effect at `ms` (local minus UTC), in milliseconds. */
function offsetMs(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

/** The local date, time and weekday that `instant` shows in `timeZone`. */
export function localDateTimeOf(instant: Date, timeZone: string): LocalDateTime {
  const wall = new Date(wallClockMs(instant.getTime(), timeZone));
  const date = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  return { ...date, hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), weekday: isoWeekdayOf(date) };
}

/**
 * The UTC instant at which the clocks in `timeZone` show `date` at `time` (`24:00` is the next
 * day's midnight).
 *
 * Daylight-saving changes make some wall times special, resolved so that a later wall time never
 * maps to an earlier instant (a window like 01:30-02:15 never turns inside out):
 * - a time skipped by a spring-forward gap resolves to the first valid instant after the gap,
 *   the moment the clocks jump (01:30 on 2026-03-29 in London is 01:00Z, shown as 02:00 BST):
 *   a lot "opening at 01:30" opens as soon as the clock has passed 01:30;
 * - a time repeated by a fall-back overlap resolves to its earlier occurrence (01:30 on
 *   2026-10-25 in London is 00:30Z, in BST), the first time the clock shows it.
 * @throws RangeError for an unknown zone or a date or time that does not exist on any calendar.
 */
export function instantOfLocal(date: LocalDate, time: WallClockTime, timeZone: string): Date {
  assertLocalDate(date);
  const isEndOfDay = time.hour === 24 && time.minute === 0;
  if (!isEndOfDay && !isTimeOfDay(time)) {
    throw new RangeError(`Invalid wall-clock time ${time.hour}:${time.minute}`);
  }
  const day = isEndOfDay ? addDays(date, 1) : date;
  const clock = isEndOfDay ? { hour: 0, minute: 0 } : time;
  const wall = utcMs(day.year, day.month, day.day, clock.hour, clock.minute);

  // Offsets stay within ±14 hours, so the instant showing `wall` is less than a day from it and
  // can only have the offset in force a day before or a day after (the same, away from a change).
  const offsetBefore = offsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wall + DAY_MS, timeZone);
  const matches = [wall - offsetBefore, wall - offsetAfter].filter((ms) => ms + offsetMs(ms, timeZone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));

  // In a gap the clock jumps from before `wall` to after it: find that jump, to the second.
  let shownBefore = (wall - offsetAfter) / 1000;
  let shownAfter = (wall - offsetBefore) / 1000;
  while (shownAfter - shownBefore > 1) {
    const middle = Math.floor((shownBefore + shownAfter) / 2);
    if (offsetMs(middle * 1000, timeZone) === offsetBefore) shownBefore = middle;
    else shownAfter = middle;
  }
  return new Date(shownAfter * 1000);
}

/**
 * The local calendar days that overlap `window` in `timeZone`, in order. A window ending exactly
 * at local midnight does not include the next day.
 * @throws RangeError when the window is empty or reversed, or for an unknown zone.
 */
export function localDaysCovering({ start, end }: TimeWindow, timeZone: string): LocalDate[] {
  if (!(start.getTime() < end.getTime())) throw new RangeError('Window must end after it starts');
  const last = localDateTimeOf(new Date(end.getTime() - 1), timeZone);
  const days: LocalDate[] = [];
  for (let day: LocalDate = localDateTimeOf(start, timeZone); compareDates(day, last) <= 0; day = addDays(day, 1)) {
    days.push({ year: day.year, month: day.month, day: day.day });
  }
  return days;
}

/** The calendar date `days` days after `date` (before, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(utcMs(date.year, date.month, date.day) + days * DAY_MS);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** The ISO weekday of a calendar date (1 = Monday ... 7 = Sunday). */
export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(utcMs(date.year, date.month, date.day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/**
 * Parses an `HH:MM` wall-clock time as written in schedules and tariffs.
 * `24:00` (the end of a day) is accepted only with `allowEndOfDay`, since a window may close at
 * midnight but cannot open at the end of its day.
 * @throws RangeError for anything else.
 */
export function parseWallClock(text: string, { allowEndOfDay = false } = {}): WallClockTime {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const time = match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
  if (time && (isTimeOfDay(time) || (allowEndOfDay && time.hour === 24 && time.minute === 0))) return time;
  const latest = allowEndOfDay ? '24:00' : '23:59';
  throw new RangeError(`Invalid wall-clock time "${text}": expected HH:MM from 00:00 to ${latest}`);
}

/** Minutes since local midnight: the order of wall-clock times within one day. */
export function minutesOfDay(time: WallClockTime): number {
  return time.hour * 60 + time.minute;
}

function isTimeOfDay({ hour, minute }: WallClockTime): boolean {
  return Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour < 24 && minute >= 0 && minute < 60;
}

function assertLocalDate(date: LocalDate): void {
  const roundTrip = addDays(date, 0);
  if (roundTrip.year !== date.year || roundTrip.month !== date.month || roundTrip.day !== date.day) {
    throw new RangeError(`Invalid calendar date ${date.year}-${date.month}-${date.day}`);
  }
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
