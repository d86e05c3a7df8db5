import { InvalidInputError } from './errors.js';
import type { TimeWindow } from './time/zoned.js';

/** The longest window a search, quote or availability question may ask about. */
export const MAX_WINDOW_DAYS = 31;
const MAX_WINDOW_MS = MAX_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/**
 * Checks a half-open window `[start, end)` a client sent.
 * @throws InvalidInputError naming `field` when it is empty, reversed or longer than 31 days.
 */
export function validateWindow(window: TimeWindow, field = 'window'): TimeWindow {
  const length = window.end.getTime() - window.start.getTime();
  if (!(length > 0)) throw new InvalidInputError(field, 'window.end must be after window.start');
  if (length > MAX_WINDOW_MS) {
    throw new InvalidInputError(field, `a window may be at most ${MAX_WINDOW_DAYS} days long`);
  }
  return window;
}
