/**
 * The open feeds over HTTP, beside /graphql: the published lots (an operator's choice, see
 * domain/open-data/feeds/publication.ts) as DATEX II v3 (table and status, XML and JSON),
 * ParkAPI v3 parking sites and OSM-tagged GeoJSON. No credentials; any origin may read them.
 *
 * Cacheable: every answer carries an ETag and Last-Modified derived from the published lots'
 * state (their count, occupancy versions and change times), read before the document, so a
 * change between the two costs a client one more download, never a missed change. A request
 * whose If-None-Match (or, without it, If-Modified-Since) still holds gets 304 and no body.
 */
import { createHash } from 'node:crypto';
import type { Express, Request } from 'express';
import type { Database } from '../db/client.js';
import type { LiveDataTtls } from '../domain/availability/freshness.js';
import { readFeedState, type FeedState } from '../db/queries/feeds.js';
import { exportLotsAsGeoJson } from '../domain/open-data/export-geojson.js';
import { parkingStatusPublication, parkingTablePublication, type FeedPublisher } from '../domain/open-data/feeds/datex2.js';
import { readPublishedLots } from '../domain/open-data/feeds/feed-lots.js';
import { parkApiSites } from '../domain/open-data/feeds/parkapi.js';

export const FEEDS_PATH = '/feeds';

/** @default { country: 'gb', nationalIdentifier: 'Parkway', lang: 'en' } */
export const DEFAULT_FEED_PUBLISHER: FeedPublisher = { country: 'gb', nationalIdentifier: 'Parkway', lang: 'en' };

const XML = 'application/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const GEOJSON = 'application/geo+json; charset=utf-8';

interface Feed {
  path: string;
  contentType: string;
  /** The document carries opening hours, so its validators must move with them. */
  withHours?: boolean;
  /** The body, for the state's time (its publication time, so equal states give equal bodies). */
  build(db: Database, at: Date, version: string): Promise<string>;
}

const FEEDS = (publisher: FeedPublisher, liveData: LiveDataTtls): Feed[] => [
  {
    path: '/datex2/v3/parking-table.xml',
    contentType: XML,
    build: async (db, at, version) => parkingTablePublication(await readPublishedLots(db, { live: false, liveData }), publisher, version, at).xml,
  },
  {
    path: '/datex2/v3/parking-table.json',
    contentType: JSON_TYPE,
    build: async (db, at, version) => JSON.stringify(parkingTablePublication(await readPublishedLots(db, { live: false, liveData }), publisher, version, at).json),
  },
  {
    path: '/datex2/v3/parking-status.xml',
    contentType: XML,
    build: async (db, at) => parkingStatusPublication(await readPublishedLots(db, { live: true, liveData }), publisher, at).xml,
  },
  {
    path: '/datex2/v3/parking-status.json',
    contentType: JSON_TYPE,
    build: async (db, at) => JSON.stringify(parkingStatusPublication(await readPublishedLots(db, { live: true, liveData }), publisher, at).json),
  },
  {
    path: '/parkapi/v3/parking-sites.json',
    contentType: JSON_TYPE,
    build: async (db) => JSON.stringify(parkApiSites(await readPublishedLots(db, { live: true, liveData }))),
  },
  {
    path: '/osm/lots.geojson',
    contentType: GEOJSON,
    withHours: true,
    build: async (db) => JSON.stringify(await exportLotsAsGeoJson(db, { publishedOnly: true })),
  },
];

/** Mounts GET (and HEAD) `/feeds/...`; see docs/open-feeds.md. Live feeds believe live data for `liveData`'s TTLs. */
export function mountFeeds(
  app: Express,
  { db, liveData, publisher = DEFAULT_FEED_PUBLISHER }: { db: Database; liveData: LiveDataTtls; publisher?: FeedPublisher },
): void {
  for (const feed of FEEDS(publisher, liveData)) {
    app.get(`${FEEDS_PATH}${feed.path}`, async (req, res) => {
      const state = await readFeedState(db, { withHours: feed.withHours });
      const { etag, lastModified } = validators(feed, state);
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('cache-control', 'public, no-cache');
      res.setHeader('etag', etag);
      res.setHeader('last-modified', lastModified.toUTCString());
      if (notModified(req, etag, lastModified)) {
        res.status(304).end();
        return;
      }
      res.type(feed.contentType).send(await feed.build(db, lastModified, String(Math.floor(lastModified.getTime() / 1000))));
    });
  }
}

function validators(feed: Feed, state: FeedState): { etag: string; lastModified: Date } {
  // static feeds move with occupancy versions too: adding spaces changes a lot's capacity
  const times = [state.changedAt, state.lastEventAt].filter((time): time is Date => time !== null);
  // whole seconds: Last-Modified has no finer precision, and bodies carry this time
  const lastModified = new Date(Math.floor(Math.max(0, ...times.map((time) => time.getTime())) / 1000) * 1000);
  const key = [feed.path, state.lots, state.versions, state.hours, state.changedAt?.toISOString() ?? ''].join('|');
  return { etag: `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`, lastModified };
}

/** RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}
