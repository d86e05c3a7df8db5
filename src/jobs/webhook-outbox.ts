import type { Database } from '../db/client.js';
import { readEventsAfter, type ParkingEvent } from '../db/queries/events.js';
import { findLotsByIds } from '../db/queries/lots.js';
import { countSpaceStatuses } from '../db/queries/space-counts.js';
import {
  findEndpointsOfLots,
  insertDeliveries,
  upsertOccupancyDeliveries,
  withOutboxCursor,
  type NewDelivery,
  type NewOccupancyDelivery,
  type SubscribedEndpoint,
} from '../db/queries/webhooks.js';
import { sensorFreshSince, type LiveDataTtls } from '../domain/availability/freshness.js';
import { lotOccupancy } from '../domain/availability/occupancy.js';
import { OCCUPANCY_EVENT_TYPE } from '../domain/webhooks/event-types.js';
import { isOccupancyChange, messagesOfEvent, occupancyMessage } from '../domain/webhooks/messages.js';
import { EventCursor } from '../realtime/event-cursor.js';

/** The outbox's cursor row (webhook_outbox_cursor.name). */
export const WEBHOOK_OUTBOX = 'webhooks';

/** The most missing ids the outbox tracks at once (the cursor row keeps them); beyond it the oldest are given up. */
const MAX_OUTBOX_GAPS = 10_000;

export interface FanOutOptions {
  /** Events read per round. @default 1_000 */
  batchSize?: number;
  /**
   * How long an id skipped by a read (its transaction not committed yet) is looked for before it
   * is given up: as long as events are kept, so a long transaction's event still goes out.
   * @default 3_600_000
   */
  gapTimeoutMs?: number;
  now?: () => Date;
}

/** What a round did: events read (undefined when another process held the cursor) and whether more are waiting. */
export interface FanOutRound {
  events: number;
  more: boolean;
}

/**
 * One round of the transactional outbox: in one transaction holding the cursor's row lock, reads
 * the parking events after the cursor (and the ids it is still missing), writes a delivery per
 * subscribed endpoint, and moves the cursor. Deliveries and cursor commit together, so an event
 * is fanned out exactly once whatever dies when; a process that finds the cursor locked returns
 * at once (another is fanning out).
 */
export async function fanOutEvents(
  db: Database,
  liveData: LiveDataTtls,
  { batchSize = 1_000, gapTimeoutMs = 3_600_000, now = () => new Date() }: FanOutOptions = {},
): Promise<FanOutRound | undefined> {
  return withOutboxCursor(db, WEBHOOK_OUTBOX, async (tx, state) => {
    // the same gap-tracking cursor as the live hub's, taken up from and written back to the cursor row
    const cursor = EventCursor.fromState(state, { giveUpAfterMs: gapTimeoutMs, maxGaps: MAX_OUTBOX_GAPS }, () => now().getTime());
    const read = cursor.nextRead();
    const rows = await readEventsAfter(tx, read.afterId, batchSize, read.gapIds);
    const events = cursor.accept(rows);
    if (events.length > 0) await writeDeliveries(tx, events, now(), liveData);
    const newer = rows.filter((event) => event.id > read.afterId).length;
    return { state: { ...cursor.state, watermark: cursor.watermark }, result: { events: events.length, more: newer === batchSize } };
  });
}

async function writeDeliveries(db: Database, events: ParkingEvent[], now: Date, liveData: LiveDataTtls): Promise<void> {
  const endpoints = await findEndpointsOfLots(db, [...new Set(events.map((event) => event.lotId))]);
  if (endpoints.length === 0) return;
  const byLot = new Map<string, SubscribedEndpoint[]>();
  for (const endpoint of endpoints) byLot.set(endpoint.lotId, [...(byLot.get(endpoint.lotId) ?? []), endpoint]);
  const deliveries: NewDelivery[] = [];
  const occupancyLots = new Set<string>();
  for (const event of events) {
    const subscribed = byLot.get(event.lotId) ?? [];
    if (isOccupancyChange(event) && subscribed.some((endpoint) => endpoint.eventTypes.includes(OCCUPANCY_EVENT_TYPE))) {
      occupancyLots.add(event.lotId);
    }
    for (const message of messagesOfEvent(event)) {
      for (const endpoint of subscribed) {
        if (!endpoint.eventTypes.includes(message.type)) continue;
        deliveries.push({ endpointId: endpoint.endpointId, eventId: message.eventId, eventType: message.type, lotId: message.lotId, payload: message.body });
      }
    }
  }
  await insertDeliveries(db, deliveries);
  if (occupancyLots.size > 0) await upsertOccupancyDeliveries(db, await occupancySnapshots(db, [...occupancyLots], byLot, now, liveData));
}

/** The lots' occupancy now, at their current versions, for each endpoint that wants it. */
async function occupancySnapshots(db: Database, lotIds: string[], byLot: Map<string, SubscribedEndpoint[]>, now: Date, liveData: LiveDataTtls): Promise<NewOccupancyDelivery[]> {
  const lots = await findLotsByIds(db, lotIds);
  const counts = await countSpaceStatuses(db, lotIds, now, sensorFreshSince(now, liveData));
  return lots.flatMap((lot) => {
    const message = occupancyMessage(lot.id, lot.occupancyVersion, lotOccupancy(lot, counts.filter((row) => row.lotId === lot.id), now, liveData), now);
    return (byLot.get(lot.id) ?? [])
      .filter((endpoint) => endpoint.eventTypes.includes(OCCUPANCY_EVENT_TYPE))
      .map((endpoint) => ({
        endpointId: endpoint.endpointId,
        eventId: message.eventId,
        eventType: message.type,
        lotId: lot.id,
        payload: message.body,
        lotVersion: lot.occupancyVersion,
        intervalSeconds: endpoint.occupancyIntervalSeconds,
      }));
  });
}
