import type { TimeWindow } from '../time/zoned.js';

/**
 * Set algebra on half-open windows `[start, end)`. Half-open is what lets back-to-back windows
 * join (Mon 08:00-24:00 then Tue 00:00-08:00 is one stretch) and a blackout ending at 12:00 leave
 * 12:00 open.
 */

/** Sorted, disjoint, non-touching windows covering the same time as `windows`; empty ones vanish. */
export function unionOf(windows: readonly TimeWindow[]): TimeWindow[] {
  const sorted = windows.filter((w) => w.start < w.end).sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: TimeWindow[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) {
      if (window.end > last.end) last.end = window.end;
    } else {
      merged.push({ start: window.start, end: window.end });
    }
  }
  return merged;
}

/** The parts of sorted, disjoint `windows` that no window in `holes` touches. */
export function subtract(windows: readonly TimeWindow[], holes: readonly TimeWindow[]): TimeWindow[] {
  let remaining = [...windows];
  for (const hole of unionOf(holes)) {
    remaining = remaining.flatMap((w) => {
      if (hole.end <= w.start || w.end <= hole.start) return [w];
      const pieces: TimeWindow[] = [];
      if (w.start < hole.start) pieces.push({ start: w.start, end: hole.start });
      if (hole.end < w.end) pieces.push({ start: hole.end, end: w.end });
      return pieces;
    });
  }
  return remaining;
}

/** The parts of `windows` inside `bounds`. */
export function clipTo(windows: readonly TimeWindow[], bounds: TimeWindow): TimeWindow[] {
  return windows.flatMap((w) => {
    const start = w.start > bounds.start ? w.start : bounds.start;
    const end = w.end < bounds.end ? w.end : bounds.end;
    return start < end ? [{ start, end }] : [];
  });
}
