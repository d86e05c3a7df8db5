import type { Database } from '../db/client.js';
import { recordExpiredReports } from '../db/queries/live-data-expiry.js';
import type { LiveDataTtls } from '../domain/availability/freshness.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/**
 * A sensor status or partner count that outlives its time-to-live turns UNKNOWN with nobody
 * writing anything: each run records an EXPIRED event for every lot where one did since the
 * previous run, so live maps show it. As with the occupancy clock, a new leader looks back one
 * interval, and an expiry seen twice is harmless.
 */
export function liveDataExpiryJob({
  db,
  logger,
  intervalMs,
  ttls,
  now = () => new Date(),
}: {
  db: Database;
  logger: Logger;
  intervalMs: number;
  /** SENSOR_STATUS_TTL / REPORTED_COUNTS_TTL (config.liveData) */
  ttls: LiveDataTtls;
  now?: () => Date;
}): Job {
  let since: Date | undefined;
  return {
    name: 'live-data-expiry',
    run: async () => {
      const until = now();
      const lots = await recordExpiredReports(db, since ?? new Date(until.getTime() - intervalMs), until, ttls);
      since = until;
      if (lots > 0) logger.debug({ lots }, 'sensor statuses or partner counts expired');
    },
  };
}
