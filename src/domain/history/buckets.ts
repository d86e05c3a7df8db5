import { HISTORY_BUCKET_SECONDS } from '../../db/queries/history.js';

/** The history's finest bucket: 15 minutes, aligned to UTC (so to every real time zone's quarter hours). */
export const BUCKET_MS = HISTORY_BUCKET_SECONDS * 1_000;

/** The start of the 15-minute bucket `at` falls in. */
export function bucketStartOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / BUCKET_MS) * BUCKET_MS);
}

/**
 * How long history is kept and how often it is sampled. HISTORY_SAMPLE_INTERVAL (seconds): the
 * scheduler samples at most this often, and no more often than its own interval (15 s).
 * HISTORY_RETENTION_DAYS: buckets older than this are deleted.
 */
export interface HistorySettings {
  /** @default 60_000 */
  sampleIntervalMs: number;
  /** @default 400 */
  retentionDays: number;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { sampleIntervalMs: 60_000, retentionDays: 400 };

const DAY_MS = 24 * 60 * 60_000;

/** The oldest bucket start still kept at `now`. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return bucketStartOf(new Date(now.getTime() - retentionDays * DAY_MS));
}
