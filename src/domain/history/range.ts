import { InvalidInputError } from '../errors.js';
import { BUCKET_MS, bucketStartOf, retentionCutoff } from './buckets.js';

/** How long each point of a history is (schema/history.graphql HistoryBucket). */
export type HistoryBucket = 'FIFTEEN_MINUTES' | 'HOUR' | 'DAY';

/**
 * The longest range each bucket may be asked for, in days: enough for a week of quarter hours, a
 * quarter of hours, the whole retention of days; each is a few thousand points at most.
 */
export const MAX_RANGE_DAYS: Record<HistoryBucket, number> = { FIFTEEN_MINUTES: 7, HOUR: 93, DAY: 400 };

/** Codes sent as `extensions.reason` for a range that cannot be answered. */
export const RangeProblem = {
  REVERSED: 'RANGE_REVERSED',
  TOO_LONG: 'RANGE_TOO_LONG',
  BEFORE_RETENTION: 'RANGE_BEFORE_RETENTION',
  INVALID_DATE: 'INVALID_DATE',
} as const;

const DAY_MS = 24 * 60 * 60_000;

/**
 * Checks a history range and rounds it out to whole 15-minute buckets.
 * @throws InvalidInputError (field `range`, with a RangeProblem reason) when `to` is not after
 * `from`, the range is longer than the bucket allows, or `from` is older than the history kept.
 */
export function validateHistoryRange(
  range: { from: Date; to: Date },
  bucket: HistoryBucket,
  now: Date,
  retentionDays: number,
): { from: Date; to: Date } {
  const length = range.to.getTime() - range.from.getTime();
  if (!(length > 0)) throw new InvalidInputError('range', 'range.to must be after range.from', RangeProblem.REVERSED);
  const maxDays = MAX_RANGE_DAYS[bucket];
  if (length > maxDays * DAY_MS) {
    throw new InvalidInputError('range', `a range of ${bucket} buckets may be at most ${maxDays} days long`, RangeProblem.TOO_LONG);
  }
  if (range.from < retentionCutoff(now, retentionDays)) {
    throw new InvalidInputError('range', `history is kept for ${retentionDays} days: range.from is older`, RangeProblem.BEFORE_RETENTION);
  }
  return { from: bucketStartOf(range.from), to: new Date(bucketStartOf(new Date(range.to.getTime() - 1)).getTime() + BUCKET_MS) };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The longest report, in days. */
export const MAX_REPORT_DAYS = 93;

/**
 * Checks a report's days (`YYYY-MM-DD`, inclusive).
 * @throws InvalidInputError (field `range.from` or `range.to`, or `range`) naming the RangeProblem.
 */
export function validateReportRange(range: { from: string; to: string }): { from: string; to: string } {
  const from = parseDay(range.from, 'range.from');
  const to = parseDay(range.to, 'range.to');
  if (to < from) throw new InvalidInputError('range', 'range.to must not be before range.from', RangeProblem.REVERSED);
  if ((to - from) / DAY_MS + 1 > MAX_REPORT_DAYS) {
    throw new InvalidInputError('range', `a report may cover at most ${MAX_REPORT_DAYS} days`, RangeProblem.TOO_LONG);
  }
  return range;
}

function parseDay(day: string, field: string): number {
  const time = DATE.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  // Date.parse rolls 2026-02-30 over to March: a real date prints back the same
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new InvalidInputError(field, `${field} must be a date as YYYY-MM-DD, got "${day}"`, RangeProblem.INVALID_DATE);
  }
  return time;
}
