// The search panel's time window: `<input type="datetime-local">` values (the browser's local
// time, "2026-11-27T09:00") to and from the API's instants (pure: unit-tested in Node).

/** How long the default window lasts: a typical short stay. */
const DEFAULT_HOURS = 2;

/** A window as the API takes it (`TimeWindowInput`). */
export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * The default window: from this minute, so a booking made from the page counts as reserved now
 * and its lot's marker drops at once, for two hours.
 */
export function defaultWindow(now: Date): { start: string; end: string } {
  const start = new Date(now);
  start.setSeconds(0, 0);
  const end = new Date(start.getTime() + DEFAULT_HOURS * 3_600_000);
  return { start: toLocalInputValue(start), end: toLocalInputValue(end) };
}

/** A `datetime-local` value for an instant, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The window from two `datetime-local` values, or a message saying what is wrong with them (the
 * server checks again: this only saves a round trip for the obvious mistakes).
 */
export function windowFromInputs(startValue: string, endValue: string): TimeWindow | { problem: string } {
  const start = new Date(startValue);
  const end = new Date(endValue);
  if (!startValue || Number.isNaN(start.getTime())) return { problem: 'Choose when the stay starts.' };
  if (!endValue || Number.isNaN(end.getTime())) return { problem: 'Choose when the stay ends.' };
  if (end <= start) return { problem: 'The stay must end after it starts.' };
  return { start: start.toISOString(), end: end.toISOString() };
}
