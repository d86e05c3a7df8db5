import type { Database } from '../db/client.js';
import { deleteHistoryBefore, recordOccupancySample, recountStarts } from '../db/queries/history.js';
import { sensorFreshSince, type LiveDataTtls } from '../domain/availability/freshness.js';
import { BUCKET_MS, bucketStartOf, retentionCutoff } from '../domain/history/buckets.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/**
 * Samples every lot's occupancy into the current 15-minute bucket of `occupancy_history` (one
 * statement for all lots), at most once per `sampleIntervalMs`, then recounts the bookings and
 * sessions started in this bucket and the previous one (so starts after the previous bucket's
 * last sample are counted too). While no leader runs (every process down) nothing is sampled:
 * those buckets have fewer samples or no row. Two leaders overlapping after a takeover may
 * sample the same instant twice: one more sample of the same value, harmless to min, max and mean.
 */
export function occupancyHistoryJob({
  db,
  logger,
  sampleIntervalMs,
  ttls,
  now = () => new Date(),
}: {
  db: Database;
  logger: Logger;
  sampleIntervalMs: number;
  /** SENSOR_STATUS_TTL / REPORTED_COUNTS_TTL (config.liveData) */
  ttls: LiveDataTtls;
  now?: () => Date;
}): Job {
  let lastSampleAt: number | undefined;
  return {
    name: 'occupancy-history',
    run: async ({ signal }) => {
      const at = now();
      if (lastSampleAt !== undefined && at.getTime() - lastSampleAt < sampleIntervalMs) return;
      lastSampleAt = at.getTime();
      const bucketStart = bucketStartOf(at);
      const rows = await recordOccupancySample(db, at, bucketStart, {
        sensorFreshSince: sensorFreshSince(at, ttls),
        reportedCountsFreshSince: new Date(at.getTime() - ttls.reportedCountsMs),
      });
      if (signal.aborted) return;
      await recountStarts(db, new Date(bucketStart.getTime() - BUCKET_MS), new Date(bucketStart.getTime() + BUCKET_MS), at);
      logger.debug({ rows, bucketStart }, 'occupancy history sampled');
    },
  };
}

/** Deletes history buckets older than `retentionDays`. */
export function historyRetentionJob({
  db,
  retentionDays,
  now = () => new Date(),
}: {
  db: Database;
  retentionDays: number;
  now?: () => Date;
}): Job {
  return { name: 'history-retention', run: () => deleteHistoryBefore(db, retentionCutoff(now(), retentionDays)) };
}
