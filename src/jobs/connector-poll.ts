import type { Database } from '../db/client.js';
import { claimDueSources } from '../db/queries/connectors.js';
import { pollSource } from '../domain/connectors/poll.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

export interface ConnectorPollJobOptions {
  db: Database;
  logger: Logger;
  /** Sources polled at the same time by this process. @default 8 */
  maxConcurrent?: number;
  /** The longest back-off after failures in a row. @default 3600 (an hour) */
  maxBackoffSeconds?: number;
  /**
   * Pull feeds from private, loopback and link-local addresses too (development and tests;
   * CONNECTORS_ALLOW_PRIVATE_NETWORKS). Off, such a source fails with ADDRESS_REFUSED.
   * @default false
   */
  allowPrivateNetworks?: boolean;
}

/**
 * Pulls other networks' feeds (domain/connectors): each round starts a poll of every source that
 * is due and not already being polled here, and returns without waiting for them. A poll runs to
 * its own timeout, so a slow or silent feed never holds up another source, the next round, or the
 * scheduler's other jobs. Sources are claimed with a conditional update (claimDueSources), so a
 * second leader overlapping this one does not poll them again. When the scheduler stops or loses
 * leadership, polls in flight are aborted and write nothing.
 */
export function connectorPollJob({ db, logger, maxConcurrent = 8, maxBackoffSeconds = 3_600, allowPrivateNetworks = false }: ConnectorPollJobOptions): Job {
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    name: 'connector-poll',
    run: async ({ signal }) => {
      const room = maxConcurrent - inFlight.size;
      if (room <= 0 || signal.aborted) return;
      const due = await claimDueSources(db, [...inFlight.keys()], room);
      for (const source of due) {
        const poll = pollSource(db, source, { logger, signal, maxBackoffSeconds, allowPrivateNetworks })
          .then((result) => {
            if (!result.ok) logger.info({ source: source.id, code: result.code, error: result.message }, 'connector poll failed');
          })
          .finally(() => inFlight.delete(source.id));
        inFlight.set(source.id, poll);
      }
    },
  };
}
