import { InvalidInputError } from './errors.js';
import type { TimeWindow } from './time/zoned.js';

/** The longest window a search, quote, availability question or booking may ask about. */
export const MAX_WINDOW_DAYS = 31;
const MAX_WINDOW_MS = MAX_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** What is wrong with a half-open window `[start, end)`, or undefined when nothing is. */
export function windowProblem(window: TimeWindow): string | undefined {
  const length = window.end.getTime() - window.start.getTime();
  if (!(length > 0)) return 'window.end must be after window.start';
  if (length > MAX_WINDOW_MS) return `a window may be at most ${MAX_WINDOW_DAYS} days long`;
  return undefined;
}

/**
 * Checks a window a client sent to a query.
 * @throws InvalidInputError naming `field` when it is empty, reversed or longer than 31 days.
 */
export function validateWindow(window: TimeWindow, field = 'window'): TimeWindow {
  const problem = windowProblem(window);
  if (problem) throw new InvalidInputError(field, problem);
  return window;
}
