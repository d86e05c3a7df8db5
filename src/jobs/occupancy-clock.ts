import type { Database } from '../db/client.js';
import { pruneEventsBefore, recordWindowBoundaries } from '../db/queries/events.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/** How long occupancy events are kept: readers need seconds; an hour helps debugging. */
export const EVENT_RETENTION_MS = 60 * 60_000;

/**
 * Occupancy "now" also changes when nothing is written: a booking's window starts (the space
 * becomes RESERVED) or ends (AVAILABLE again). Each run records a CLOCK event for every lot
 * where a live window crossed a boundary since the previous run, so live maps follow the clock.
 * The first run of a new leader looks back one interval; a boundary seen twice is harmless
 * (subscribers get the same state again, with a new version).
 */
export function occupancyClockJob({
  db,
  logger,
  intervalMs,
  now = () => new Date(),
}: {
  db: Database;
  logger: Logger;
  intervalMs: number;
  now?: () => Date;
}): Job {
  let since: Date | undefined;
  return {
    name: 'occupancy-clock',
    run: async () => {
      const until = now();
      const from = since ?? new Date(until.getTime() - intervalMs);
      const lots = await recordWindowBoundaries(db, from, until);
      since = until;
      if (lots > 0) logger.debug({ lots }, 'booking windows started or ended');
    },
  };
}

/** Deletes occupancy events older than the retention period. */
export function pruneEventsJob({ db, now = () => new Date() }: { db: Database; now?: () => Date }): Job {
  return {
    name: 'prune-events',
    run: () => pruneEventsBefore(db, new Date(now().getTime() - EVENT_RETENTION_MS)),
  };
}
