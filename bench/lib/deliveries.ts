/**
 * The subscriptions benchmark's bookkeeping, apart from its processes so it can be tested: who
 * watches which lot, and which expected messages were delivered, coalesced or lost.
 */
import { METERS_PER_DEGREE } from './cities.js';

export interface LotPoint {
  id: string;
  lat: number;
  lng: number;
}
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}
/** One committed occupancy change: the lot's version after it, and when COMMIT was sent and returned. */
export interface Change {
  lotId: string;
  version: number;
  commitSentAt: number;
  committedAt: number;
}
/** One message a subscriber got. */
export type Received = [subscriber: number, lotGlobalId: string, version: number, receivedAt: number];

/** A square viewport of side `boxMeters` centred on the lot. */
export function boundsAround({ lat, lng }: LotPoint, boxMeters: number): Bounds {
  const halfLat = boxMeters / 2 / METERS_PER_DEGREE;
  const halfLng = boxMeters / 2 / (METERS_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return { south: lat - halfLat, west: lng - halfLng, north: lat + halfLat, east: lng + halfLng };
}

/** The hub's test (src/realtime/hub.ts `matches`): inclusive on every edge. */
export function holds(box: Bounds, lot: LotPoint): boolean {
  return lot.lat >= box.south && lot.lat <= box.north && lot.lng >= box.west && lot.lng <= box.east;
}

const globalLotId = (id: string) => Buffer.from(`Lot:${id}`).toString('base64url');

/**
 * Sorts every expected (subscriber, lot, version) into delivered, coalesced or lost.
 * `lotsInBox[s]` are the lots subscriber s watches; `versionsBefore` the changed lots' versions
 * when the changes began (messages at or below them are the snapshot).
 */
export function accountDeliveries(changes: Change[], lotsInBox: string[][], results: { received: Received[] }[], versionsBefore: Map<string, number>) {
  const watchers = new Map<string, number[]>();
  lotsInBox.forEach((ids, subscriber) => {
    for (const id of ids) {
      const list = watchers.get(id) ?? [];
      list.push(subscriber);
      watchers.set(id, list);
    }
  });
  const idOf = new Map([...watchers.keys()].map((id) => [globalLotId(id), id]));
  // per subscriber and lot: version -> first receive time; and the highest version seen
  const got = new Map<string, number>();
  const highest = new Map<string, number>();
  let unexpected = 0;
  let snapshotOutsideViewport = 0;
  for (const { received } of results) {
    for (const [subscriber, lotGlobalId, version, receivedAt] of received) {
      const lotId = idOf.get(lotGlobalId);
      if (!lotId || !lotsInBox[subscriber]!.includes(lotId)) {
        // only target lots change, so any other lot's message is from the snapshot: the snapshot's
        // SQL (geometry && envelope) compares float4-rounded boxes and can admit a lot a hair
        // outside the viewport, which the hub's exact test then never updates
        const id = Buffer.from(lotGlobalId, 'base64url').toString('utf8').replace(/^Lot:/, '');
        if (version <= (versionsBefore.get(id) ?? Infinity)) snapshotOutsideViewport++;
        else unexpected++;
        continue;
      }
      const key = `${subscriber}|${lotId}`;
      if (version <= (versionsBefore.get(lotId) ?? -1)) continue; // snapshot
      got.set(`${key}|${version}`, Math.min(receivedAt, got.get(`${key}|${version}`) ?? Infinity));
      highest.set(key, Math.max(version, highest.get(key) ?? -1));
    }
  }
  let expected = 0;
  let delivered = 0;
  let coalesced = 0;
  let lost = 0;
  const latenciesFromCommitSent: number[] = [];
  const latenciesFromCommitted: number[] = [];
  for (const change of changes) {
    for (const subscriber of watchers.get(change.lotId) ?? []) {
      expected++;
      const key = `${subscriber}|${change.lotId}`;
      const at = got.get(`${key}|${change.version}`);
      if (at !== undefined) {
        delivered++;
        latenciesFromCommitSent.push(at - change.commitSentAt);
        latenciesFromCommitted.push(at - change.committedAt);
      } else if ((highest.get(key) ?? -1) > change.version) coalesced++;
      else lost++;
    }
  }
  return { expected, delivered, coalesced, lost, unexpected, snapshotOutsideViewport, latenciesFromCommitSent, latenciesFromCommitted };
}
