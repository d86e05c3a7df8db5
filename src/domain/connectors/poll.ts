/**
 * One poll of one source: fetch the feed (fetch-feed.ts: bounded in time and size, public
 * addresses only), read it, and store its
 * counts through the same path as `reportLotAvailability`, all in one transaction with the
 * source's status, so a poll is applied whole or not at all and its status always says which.
 */
import type { Database } from '../../db/client.js';
import { recordPollFailure, recordPollSuccess } from '../../db/queries/connectors.js';
import type { ConnectorSourceRow, SkippedFeedItem } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import { MAX_REPORTS_PER_CALL, storeLotCounts, type LotCountReport } from '../partners/report-availability.js';
import { readDatex2Status } from './datex2-status.js';
import { checkFeedItems, FeedError, type RawFeedItem } from './feed-items.js';
import { fetchFeed } from './fetch-feed.js';
import { readParkApiSites } from './parkapi.js';

/** Items kept in a source's status; the count says how many there were. */
const MAX_PROBLEMS_KEPT = 100;

export interface PollOptions {
  logger: Logger;
  /** Aborted when the scheduler stops: the poll ends without writing anything. */
  signal: AbortSignal;
  /** Longest wait between failed polls. */
  maxBackoffSeconds: number;
  /** Accept feeds on private, loopback and link-local addresses (development and tests). */
  allowPrivateNetworks: boolean;
  now?: () => Date;
}

/** What a poll did (for logs and tests); the source's status in the database says the same. */
export type PollResult =
  | { ok: true; itemCount: number; appliedCount: number; skipped: SkippedFeedItem[] }
  | { ok: false; code: FeedError['code']; message: string }
  | { ok: false; code: 'ABORTED'; message: string };

/** Polls one source once and records the outcome. Never throws. */
export async function pollSource(db: Database, source: ConnectorSourceRow, options: PollOptions): Promise<PollResult> {
  const now = options.now ?? (() => new Date());
  const attemptedAt = now();
  try {
    const body = await fetchFeed(source.url, {
      timeoutMs: source.timeoutMs,
      allowPrivateNetworks: options.allowPrivateNetworks,
      signal: options.signal,
      accept: source.format === 'PARKAPI_V3_JSON' ? 'application/json' : 'application/xml, text/xml',
    });
    const { items, publishedAt } = readFeed(source.format, body);
    const { counts, skipped } = checkFeedItems(items, publishedAt ?? attemptedAt, now());
    if (options.signal.aborted) return { ok: false, code: 'ABORTED', message: 'scheduler stopping' };
    return await db.transaction(async (tx) => {
      const reports: LotCountReport[] = counts.map(({ ref, free, total, observedAt }) => ({ externalRef: ref, free, total, observedAt }));
      let appliedCount = 0;
      for (let start = 0; start < reports.length; start += MAX_REPORTS_PER_CALL) {
        const batch = reports.slice(start, start + MAX_REPORTS_PER_CALL);
        const stored = await storeLotCounts(tx, source.operatorId, batch);
        // the items were checked above, so a refusal here is a bug: roll the poll back
        if (!stored.ok) throw new FeedError('INTERNAL', stored.errors[0]?.message ?? 'counts refused');
        stored.value.forEach((result, index) => {
          if (result === 'APPLIED') appliedCount += 1;
          else if (result === 'UNKNOWN_LOT' || result === 'HAS_SPACE_DATA') skipped.push({ ref: batch[index]!.externalRef!, reason: result });
        });
      }
      const outcome = { itemCount: items.length, appliedCount, skipped: skipped.slice(0, MAX_PROBLEMS_KEPT) };
      await recordPollSuccess(tx, source.id, attemptedAt, outcome);
      return { ok: true as const, ...outcome };
    });
  } catch (error) {
    if (options.signal.aborted) return { ok: false, code: 'ABORTED', message: 'scheduler stopping' };
    const failure = error instanceof FeedError ? error : new FeedError('INTERNAL', 'the poll failed unexpectedly');
    if (!(error instanceof FeedError)) options.logger.error({ err: error, source: source.id }, 'connector poll failed unexpectedly');
    try {
      await recordPollFailure(db, source.id, attemptedAt, { code: failure.code, message: failure.message, items: failure.items.slice(0, MAX_PROBLEMS_KEPT) }, options.maxBackoffSeconds);
    } catch (recordError) {
      options.logger.error({ err: recordError, source: source.id }, 'could not record a connector poll failure');
    }
    return { ok: false, code: failure.code, message: failure.message };
  }
}

function readFeed(format: ConnectorSourceRow['format'], body: string): { items: RawFeedItem[]; publishedAt: Date | null } {
  if (format === 'PARKAPI_V3_JSON') return { ...readParkApiSites(body), publishedAt: null };
  const { items, publishedAt } = readDatex2Status(body);
  return { items, publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : null };
}
