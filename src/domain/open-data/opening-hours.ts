/**
 * The common subset of OpenStreetMap's `opening_hours` syntax, to and from the weekly hours a lot
 * stores (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification).
 *
 * Understood: `24/7`; rules separated by `;`, each an optional weekday selector (`Mo`, `Mo-Fr`,
 * `Sa-Mo` wrapping over Sunday, `Mo,We,Fr-Su`) followed by time ranges (`08:00-18:00`,
 * `10:00-12:00,14:00-18:00`), by `off`/`closed`, or by nothing (the whole day). A later rule
 * replaces the hours of the days it names, and days no rule names are closed, as in OSM.
 * A range that ends at or before it starts runs past midnight (`22:00-02:00`), and OSM's
 * extended end times (`22:00-26:00`) mean the same: the lot's weekly hours store such a window
 * as one row opening on the first day, which is exactly what the schedule code expects.
 * Everything else (public holidays, sunrise, months, week numbers, comments, fallback rules)
 * is unsupported: the caller imports the lot without hours and says so.
 */
import type { WeeklyHoursInput } from '../inventory/prices-and-hours.js';

export type OpeningHoursParse = { ok: true; windows: WeeklyHoursInput } | { ok: false; reason: string };

type WeeklyWindow = WeeklyHoursInput[number];

const DAY_NAMES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAY_SELECTOR = `${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*`;
const TIME = '\\d{1,2}:\\d{2}';
const TIME_SELECTOR = `${TIME}-${TIME}(?:,${TIME}-${TIME})*`;
const RULE = new RegExp(`^(?:(${DAY_SELECTOR})(?:\\s+|$))?(${TIME_SELECTOR}|off|closed)?$`);
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
const WHOLE_DAY = { opensAt: '00:00', closesAt: '24:00' };

/** Parses an `opening_hours` value; an empty list of windows means open around the clock. */
export function parseOpeningHours(value: string): OpeningHoursParse {
  const text = value.trim();
  if (text === '24/7') return { ok: true, windows: [] };
  const rules = text.split(';').map((rule) => rule.trim());
  // a trailing `;` is common in hand-written values and harmless
  if (rules.at(-1) === '') rules.pop();
  if (rules.length === 0) return unsupported('it is empty');

  const byDay = new Map<number, Array<Omit<WeeklyWindow, 'dayOfWeek'>>>();
  for (const rule of rules) {
    const applied = rule === '24/7' ? { days: ALL_DAYS, times: [WHOLE_DAY] } : parseRule(rule);
    if ('reason' in applied) return unsupported(applied.reason);
    for (const day of applied.days) byDay.set(day, applied.times);
  }

  const windows = ALL_DAYS.flatMap((dayOfWeek) => (byDay.get(dayOfWeek) ?? []).map((time) => ({ dayOfWeek, ...time })));
  if (windows.length === 0) return unsupported('it closes the lot on every day');
  return { ok: true, windows: isAroundTheClock(windows) ? [] : windows };
}

/**
 * Writes weekly hours as an `opening_hours` value that `parseOpeningHours` reads back to the
 * same windows: days with the same hours share one rule (`Mo-Fr 08:00-18:00; Sa 09:00-13:00`).
 */
export function formatOpeningHours(windows: WeeklyHoursInput): string {
  if (windows.length === 0 || isAroundTheClock(windows)) return '24/7';
  const daysByTimes = new Map<string, number[]>();
  for (const dayOfWeek of ALL_DAYS) {
    const times = sortWindows(windows.filter((window) => window.dayOfWeek === dayOfWeek))
      .map(({ opensAt, closesAt }) => `${opensAt}-${closesAt}`)
      .join(',');
    if (times) daysByTimes.set(times, [...(daysByTimes.get(times) ?? []), dayOfWeek]);
  }
  return [...daysByTimes].map(([times, days]) => `${formatDays(days)} ${times}`).join('; ');
}

/** True when both lists describe the same weekly hours, whatever their order. */
export function sameWeeklyHours(a: WeeklyHoursInput, b: WeeklyHoursInput): boolean {
  const key = (windows: WeeklyHoursInput) =>
    sortWindows(windows)
      .map((window) => `${window.dayOfWeek} ${window.opensAt}-${window.closesAt}`)
      .join(';');
  return key(a) === key(b);
}

function parseRule(rule: string): { days: number[]; times: Array<Omit<WeeklyWindow, 'dayOfWeek'>> } | { reason: string } {
  const match = RULE.exec(rule);
  if (!match || rule === '') return { reason: `"${rule}" is not a weekday and time rule` };
  const [, daySelector, timeSelector] = match;
  const days = daySelector ? daysOf(daySelector) : ALL_DAYS;
  if (timeSelector === 'off' || timeSelector === 'closed') return { days, times: [] };
  if (!timeSelector) return { days, times: [WHOLE_DAY] };
  const times: Array<Omit<WeeklyWindow, 'dayOfWeek'>> = [];
  for (const range of timeSelector.split(',')) {
    const [opens, closes] = range.split('-') as [string, string];
    const opensAt = clockTime(opens, false);
    const closesAt = clockTime(closes, true);
    if (!opensAt || !closesAt) return { reason: `"${range}" is not a time range from 00:00 to at most 48:00` };
    if (opensAt === closesAt) return { reason: `"${range}" opens and closes at the same time` };
    times.push({ opensAt, closesAt });
  }
  return { days, times };
}

/** `Sa-Mo` wraps over Sunday: Saturday, Sunday, Monday. */
function daysOf(selector: string): number[] {
  const days = new Set<number>();
  for (const part of selector.split(',')) {
    const [first, last = first] = part.split('-').map((name) => DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number]) + 1) as [
      number,
      number?,
    ];
    for (let day = first; ; day = (day % 7) + 1) {
      days.add(day);
      if (day === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** `8:00` → `08:00`; an end time past midnight (`26:00`, OSM's extended time) → `02:00`. */
function clockTime(text: string, isEnd: boolean): string | undefined {
  const [hour, minute] = text.split(':').map(Number) as [number, number];
  if (minute > 59) return undefined;
  const minutes = hour * 60 + minute;
  if (isEnd ? minutes > 48 * 60 : minutes >= 24 * 60) return undefined;
  if (isEnd && minutes === 24 * 60) return '24:00';
  const ofDay = minutes % (24 * 60);
  return `${pad(Math.floor(ofDay / 60))}:${pad(ofDay % 60)}`;
}

function isAroundTheClock(windows: WeeklyHoursInput): boolean {
  return ALL_DAYS.every((day) =>
    windows.some((window) => window.dayOfWeek === day && window.opensAt === '00:00' && window.closesAt === '24:00'),
  );
}

/** `[1, 2, 3, 5, 6, 7]` → `Mo-We,Fr-Su`. */
function formatDays(days: number[]): string {
  const runs: Array<[number, number]> = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  const name = (day: number) => DAY_NAMES[day - 1]!;
  return runs
    .map(([first, last]) => (first === last ? name(first) : last === first + 1 ? `${name(first)},${name(last)}` : `${name(first)}-${name(last)}`))
    .join(',');
}

function sortWindows(windows: WeeklyHoursInput): WeeklyHoursInput {
  return [...windows].sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function unsupported(reason: string): OpeningHoursParse {
  return { ok: false, reason };
}
