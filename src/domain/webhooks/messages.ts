import type { ParkingEvent } from '../../db/queries/events.js';
import type { LotOccupancy } from '../availability/occupancy.js';
import { toGlobalId, type NodeType } from '../public-ids.js';
import type { WebhookEventType } from './event-types.js';

/** One event as partners receive it: `webhook-id` is `eventId`, the body is `body`. */
export interface WebhookMessage {
  eventId: string;
  type: WebhookEventType;
  lotId: string;
  body: string;
}

/**
 * The event kinds only the detail triggers append (drizzle/0017); every other kind is an occupancy
 * change, which may carry details too (bookings' events do since migration 0024).
 */
const DETAIL_KINDS = new Set(['BOOKING_STATUS', 'SESSION_STATUS', 'GATE_DECISION', 'LOT_CHANGED']);

/** True when the event moved the lot's occupancy (a `lot.occupancy` snapshot is due). */
export function isOccupancyChange(event: Pick<ParkingEvent, 'kind'>): boolean {
  return !DETAIL_KINDS.has(event.kind);
}

const BOOKING_EVENT_OF_STATUS: Record<string, WebhookEventType> = {
  // only a booking that waited on its payment becomes CONFIRMED after it was created
  CONFIRMED: 'booking.confirmed',
  CANCELLED: 'booking.cancelled',
  CHECKED_IN: 'booking.checked_in',
  COMPLETED: 'booking.completed',
  NO_SHOW: 'booking.no_show',
};

type Detail = Record<string, unknown>;

/**
 * The messages of an event's details, one per changed row, with ids stable across re-reads
 * (`evt_<event id>_<n>`), so a re-read writes no second delivery and receivers can deduplicate.
 */
export function messagesOfEvent(event: ParkingEvent): WebhookMessage[] {
  const details = event.payload.details ?? [];
  return details.flatMap((detail, index) => {
    const typed = describe(event, detail);
    if (!typed) return [];
    const eventId = `evt_${event.id}_${index}`;
    return [{ eventId, type: typed.type, lotId: event.lotId, body: envelope(typed.type, event.createdAt, { lotId: gid('Lot', event.lotId), ...typed.data }) }];
  });
}

/** A `lot.occupancy` snapshot: the lot's counts at `version` (ids `occ_<lot>_<version>`). */
export function occupancyMessage(lotId: string, version: number, occupancy: LotOccupancy, at: Date): WebhookMessage {
  const { byKind, updatedAt, ...counts } = occupancy;
  return {
    eventId: `occ_${lotId}_${version}`,
    type: 'lot.occupancy',
    lotId,
    body: envelope('lot.occupancy', at, { lotId: gid('Lot', lotId), version, ...counts, byKind, updatedAt: updatedAt.toISOString() }),
  };
}

/** The Standard Webhooks payload shape: `type`, `timestamp`, `data`. */
function envelope(type: WebhookEventType, at: Date, data: Detail): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

function describe(event: ParkingEvent, detail: Detail): { type: WebhookEventType; data: Detail } | undefined {
  switch (event.kind) {
    // a booking's status details: on its own event before migration 0024, on the occupancy event since
    case 'BOOKING_STATUS':
    case 'BOOKINGS': {
      const type = detail.previousStatus == null ? 'booking.created' : BOOKING_EVENT_OF_STATUS[String(detail.status)];
      if (!type) return undefined;
      return {
        type,
        data: {
          bookingId: gid('Booking', detail.bookingId),
          spaceId: gid('Space', detail.spaceId),
          status: detail.status,
          previousStatus: detail.previousStatus ?? null,
          startsAt: instant(detail.startsAt),
          endsAt: instant(detail.endsAt),
        },
      };
    }
    case 'SESSION_STATUS': {
      const ended = detail.change === 'ended';
      return {
        type: ended ? 'session.ended' : 'session.started',
        data: {
          sessionId: gid('ParkingSession', detail.sessionId),
          kind: detail.kind,
          bookingId: gid('Booking', detail.bookingId),
          spaceId: gid('Space', detail.spaceId),
          gateId: gid('Gate', detail.gateId),
          enteredAt: instant(detail.enteredAt),
          ...(ended && {
            exitedAt: instant(detail.exitedAt),
            charge: detail.chargeAmount == null ? null : { amount: detail.chargeAmount, currency: detail.currency },
          }),
        },
      };
    }
    case 'GATE_DECISION':
      return {
        type: 'gate.decision',
        data: {
          plateReadId: gid('PlateRead', detail.plateReadId),
          gateId: gid('Gate', detail.gateId),
          decision: detail.decision,
          reason: detail.reason,
          readAt: instant(detail.readAt),
          bookingId: gid('Booking', detail.bookingId),
          sessionId: gid('ParkingSession', detail.sessionId),
          repeatOf: gid('PlateRead', detail.repeatOf),
        },
      };
    case 'LOT_CHANGED':
      return { type: 'lot.changed', data: { changedFields: (detail.fields as string[]).map(camelCase) } };
    default:
      return undefined;
  }
}

function gid(type: NodeType, id: unknown): string | null {
  return typeof id === 'string' ? toGlobalId(type, id) : null;
}

/** PostgreSQL writes timestamps into JSON with its own offset; partners get ISO 8601 UTC. */
function instant(value: unknown): string | null {
  return typeof value === 'string' ? new Date(value).toISOString() : null;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
