/**
 * Reads ParkAPI v3 parking sites (JSON): `{ "items": [ ... ] }` (a bare array too), each site
 * named by `uid`, with `realtime_free_capacity`, `realtime_capacity` and
 * `realtime_data_updated_at`. Sites without live data (`has_realtime_data: false`, or no free
 * capacity) are skipped.
 */
import { FeedError, type RawFeedItem } from './feed-items.js';

/** @throws FeedError MALFORMED for text that is not JSON or not a list of parking sites */
export function readParkApiSites(text: string): { items: RawFeedItem[] } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new FeedError('MALFORMED', 'not JSON');
  }
  const sites = Array.isArray(document) ? document : (document as { items?: unknown } | null)?.items;
  if (!Array.isArray(sites)) throw new FeedError('MALFORMED', 'not ParkAPI v3 parking sites: no "items" list');
  return {
    items: sites.map((site: unknown) => {
      if (site === null || typeof site !== 'object') return { ref: '', free: undefined, total: undefined, observedAt: undefined };
      const { uid, has_realtime_data: live, realtime_free_capacity: free, realtime_capacity: total, realtime_data_updated_at: at } = site as Record<string, unknown>;
      return {
        ref: typeof uid === 'string' ? uid.trim() : typeof uid === 'number' ? String(uid) : '',
        free: live === false ? undefined : free,
        total,
        observedAt: at,
      };
    }),
  };
}
