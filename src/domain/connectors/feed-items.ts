/**
 * What a connector reads from another network's feed, whatever its format: one live count per
 * site, named by the feed's own id (the lot's `externalRef` here), checked in one place.
 */
import type { SkippedFeedItem } from '../../db/schema/index.js';

/** A site's count as the feed states it, before it is checked (values as they came). */
export interface RawFeedItem {
  /** The site's id in the feed; empty when the feed gave none. */
  ref: string;
  free: unknown;
  total: unknown;
  observedAt: unknown;
}

/** A count fit to store. */
export interface FeedCount {
  ref: string;
  free: number;
  /** Spaces in all now; null when the feed does not say (the lot's declared capacity then). */
  total: number | null;
  observedAt: Date;
}

/** Why an item was not applied: some are skipped (the rest of the poll applies), the others refuse the poll. */
export type FeedItemProblem =
  | 'UNKNOWN_LOT'
  | 'HAS_SPACE_DATA'
  | 'NO_LIVE_COUNT'
  | 'MISSING_ID'
  | 'NOT_A_COUNT'
  | 'NEGATIVE_COUNT'
  | 'FREE_EXCEEDS_TOTAL'
  | 'BAD_TIME'
  | 'FUTURE_TIME';

/** Why a poll failed as a whole: nothing of it was written. */
export type PollErrorCode = 'TIMEOUT' | 'NETWORK' | 'ADDRESS_REFUSED' | 'HTTP_STATUS' | 'TOO_LARGE' | 'MALFORMED' | 'INVALID_ITEMS' | 'INTERNAL';

/** A poll that cannot be applied; its message is shown to the source's owner. */
export class FeedError extends Error {
  constructor(
    readonly code: PollErrorCode,
    message: string,
    /** For INVALID_ITEMS: the items at fault. */
    readonly items: SkippedFeedItem[] = [],
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** A partner's clock may run this far ahead of ours (as for reportLotAvailability). */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;
/** The largest capacity a lot may report (as for reportLotAvailability). */
const MAX_TOTAL = 100_000;

/**
 * Checks a feed's items. Items with no live count are skipped; an item whose values are wrong
 * (a negative or non-numeric count, more free than in all, no id, a bad or future time) makes
 * the whole feed invalid: a publisher sending nonsense for one site may be wrong about others.
 * @throws FeedError INVALID_ITEMS listing every item at fault
 */
export function checkFeedItems(
  items: readonly RawFeedItem[],
  defaultObservedAt: Date,
  now: Date,
): { counts: FeedCount[]; skipped: SkippedFeedItem[] } {
  const counts: FeedCount[] = [];
  const skipped: SkippedFeedItem[] = [];
  const invalid: SkippedFeedItem[] = [];
  for (const item of items) {
    const problem = (reason: FeedItemProblem) => invalid.push({ ref: item.ref, reason });
    if (!item.ref) {
      problem('MISSING_ID');
      continue;
    }
    const free = countOf(item.free);
    const total = countOf(item.total);
    const observedAt = item.observedAt === undefined || item.observedAt === null ? defaultObservedAt : instantOf(item.observedAt);
    if (free === undefined) skipped.push({ ref: item.ref, reason: 'NO_LIVE_COUNT' });
    else if (free === null || total === null) problem('NOT_A_COUNT');
    else if (free < 0 || (total !== undefined && total < 0)) problem('NEGATIVE_COUNT');
    else if (total !== undefined && (total < free || total > MAX_TOTAL)) problem('FREE_EXCEEDS_TOTAL');
    else if (!observedAt) problem('BAD_TIME');
    else if (observedAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) problem('FUTURE_TIME');
    else counts.push({ ref: item.ref, free, total: total ?? null, observedAt });
  }
  if (invalid.length > 0) {
    const shown = invalid.slice(0, 3).map(({ ref, reason }) => `${ref || '(no id)'}: ${reason}`);
    throw new FeedError('INVALID_ITEMS', `${invalid.length} item(s) with wrong values (${shown.join('; ')}${invalid.length > 3 ? '; ...' : ''})`, invalid);
  }
  return { counts, skipped };
}

/** A whole number written as digits (feeds send strings or numbers); undefined when absent, null when not a count. */
function countOf(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^-?\d{1,9}$/.test(text) ? Number(text) : null;
}

/** An ISO 8601 instant with a zone (a local time would be a guess); null when it is not one. */
function instantOf(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
