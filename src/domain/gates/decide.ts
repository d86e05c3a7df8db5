import type { GateRow, ParkingSessionRow, PlateReadRow } from '../../db/schema/index.js';

export type GateDecision = PlateReadRow['decision'];
export type GateDecisionReason = PlateReadRow['reason'];
export type SessionKind = ParkingSessionRow['kind'];

/** What was known about a plate at a gate when it was read (gathered under the lot's lock). */
export interface GateReadFacts {
  direction: GateRow['direction'];
  confidence: number;
  minConfidence: number;
  /** A deny-list entry for the plate is in force. */
  denied: boolean;
  /** A permit for the plate is in force. */
  permitted: boolean;
  walkInsAllowed: boolean;
  /** The vehicle is inside already (an open session at this lot). */
  openSessionId?: string;
  /** A confirmed booking whose window, opened early by the lot's early-arrival grace, covers the read. */
  booking?: { id: string; spaceId: string; spaceFree: boolean };
  /** A confirmed booking that starts later than that: the driver is too early. */
  upcomingBooking: boolean;
  /** A booking in its window still waiting on its payment (PENDING_PAYMENT): not admitted until the hold is confirmed. */
  awaitingPayment: boolean;
  /** A space a walk-in or permit holder (or a booked driver whose bay is taken) may be given. */
  freeSpaceId?: string;
}

/** What the gate does, and what the API records. */
export type GateVerdict =
  | { decision: 'OPEN'; reason: 'EXIT'; closeSessionId: string }
  | { decision: 'OPEN'; reason: 'BOOKING' | 'PERMIT' | 'WALK_IN'; open: { kind: SessionKind; spaceId: string; bookingId?: string } }
  | { decision: 'DENY' | 'REVIEW'; reason: GateDecisionReason };

/**
 * The gate rules, in order:
 * 1. A read below the gate's confidence threshold goes to a person (REVIEW): a misread plate must
 *    never open the barrier for someone else's booking.
 * 2. At an exit (an EXIT gate, or a BOTH gate for a vehicle inside) the vehicle inside leaves:
 *    OPEN and close its session. An EXIT gate with no such vehicle asks a person (the entry was
 *    missed or misread); nobody is trapped by a rule.
 * 3. At an entry: a deny-list entry refuses; a vehicle already inside goes to a person (a cloned
 *    plate or a missed exit); then a booking in its window, a permit, a walk-in (when the lot takes
 *    them) each open when there is a space; a full lot refuses; a booking that has not opened yet
 *    is "too early"; otherwise there is no booking. A booking whose payment the card provider
 *    has not confirmed yet (PENDING_PAYMENT) refuses (PAYMENT_PENDING) before a walk-in is
 *    considered: the driver came for that booking, and it may yet be declined.
 */
export function decideGateRead(facts: GateReadFacts): GateVerdict {
  if (facts.confidence < facts.minConfidence) return { decision: 'REVIEW', reason: 'LOW_CONFIDENCE' };

  const isExit = facts.direction === 'EXIT' || (facts.direction === 'BOTH' && facts.openSessionId !== undefined);
  if (isExit) {
    return facts.openSessionId
      ? { decision: 'OPEN', reason: 'EXIT', closeSessionId: facts.openSessionId }
      : { decision: 'REVIEW', reason: 'NO_SESSION' };
  }

  if (facts.denied) return { decision: 'DENY', reason: 'DENY_LISTED' };
  if (facts.openSessionId) return { decision: 'REVIEW', reason: 'ALREADY_INSIDE' };
  if (facts.booking) {
    // the booked bay is normally free; if someone else is in it, seat the driver elsewhere
    const spaceId = facts.booking.spaceFree ? facts.booking.spaceId : facts.freeSpaceId;
    return spaceId
      ? { decision: 'OPEN', reason: 'BOOKING', open: { kind: 'BOOKING', spaceId, bookingId: facts.booking.id } }
      : { decision: 'REVIEW', reason: 'LOT_FULL' };
  }
  if (facts.awaitingPayment && !facts.permitted) return { decision: 'DENY', reason: 'PAYMENT_PENDING' };
  if (facts.permitted || facts.walkInsAllowed) {
    const kind = facts.permitted ? 'PERMIT' : 'WALK_IN';
    return facts.freeSpaceId
      ? { decision: 'OPEN', reason: kind, open: { kind, spaceId: facts.freeSpaceId } }
      : { decision: 'DENY', reason: 'LOT_FULL' };
  }
  return { decision: 'DENY', reason: facts.upcomingBooking ? 'TOO_EARLY' : 'NO_BOOKING' };
}
