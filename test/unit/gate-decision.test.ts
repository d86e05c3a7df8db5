import { describe, expect, it } from 'vitest';
import { decideGateRead, type GateReadFacts } from '../../src/domain/gates/decide.js';

const entry: GateReadFacts = {
  direction: 'ENTRY',
  confidence: 0.95,
  minConfidence: 0.8,
  denied: false,
  permitted: false,
  walkInsAllowed: false,
  upcomingBooking: false,
  awaitingPayment: false,
  freeSpaceId: 'free-space',
};
const booking = { id: 'booking', spaceId: 'booked-space', spaceFree: true };

describe('gate decisions', () => {
  it('opens for a booking in its window, on the booked space', () => {
    expect(decideGateRead({ ...entry, booking })).toEqual({
      decision: 'OPEN',
      reason: 'BOOKING',
      open: { kind: 'BOOKING', spaceId: 'booked-space', bookingId: 'booking' },
    });
  });

  it('seats a booked driver elsewhere when someone is in the booked bay, and asks a person when the lot is full', () => {
    expect(decideGateRead({ ...entry, booking: { ...booking, spaceFree: false } })).toMatchObject({ open: { spaceId: 'free-space' } });
    expect(decideGateRead({ ...entry, booking: { ...booking, spaceFree: false }, freeSpaceId: undefined })).toEqual({
      decision: 'REVIEW',
      reason: 'LOT_FULL',
    });
  });

  it('never opens below the confidence threshold, whatever else applies', () => {
    for (const facts of [{ ...entry, booking }, { ...entry, permitted: true }, { ...entry, direction: 'EXIT' as const, openSessionId: 's' }]) {
      expect(decideGateRead({ ...facts, confidence: 0.79 })).toEqual({ decision: 'REVIEW', reason: 'LOW_CONFIDENCE' });
    }
  });

  it('puts the deny list above bookings and permits at an entry', () => {
    expect(decideGateRead({ ...entry, booking, permitted: true, denied: true })).toEqual({ decision: 'DENY', reason: 'DENY_LISTED' });
  });

  it('says TOO_EARLY for a booking that has not opened yet, NO_BOOKING otherwise', () => {
    expect(decideGateRead({ ...entry, upcomingBooking: true })).toEqual({ decision: 'DENY', reason: 'TOO_EARLY' });
    expect(decideGateRead(entry)).toEqual({ decision: 'DENY', reason: 'NO_BOOKING' });
  });

  it('refuses a booking still waiting on its payment, even where walk-ins are taken; a permit still opens', () => {
    expect(decideGateRead({ ...entry, awaitingPayment: true, walkInsAllowed: true })).toEqual({ decision: 'DENY', reason: 'PAYMENT_PENDING' });
    expect(decideGateRead({ ...entry, awaitingPayment: true, permitted: true })).toMatchObject({ decision: 'OPEN', reason: 'PERMIT' });
  });

  it('sends a second entry of a vehicle already inside to a person', () => {
    expect(decideGateRead({ ...entry, booking, openSessionId: 's' })).toEqual({ decision: 'REVIEW', reason: 'ALREADY_INSIDE' });
  });

  it('lets a vehicle inside out at an EXIT gate (deny list or not) and asks a person when no stay is open', () => {
    const exit = { ...entry, direction: 'EXIT' as const };
    expect(decideGateRead({ ...exit, denied: true, openSessionId: 's' })).toEqual({ decision: 'OPEN', reason: 'EXIT', closeSessionId: 's' });
    expect(decideGateRead({ ...exit, booking })).toEqual({ decision: 'REVIEW', reason: 'NO_SESSION' });
  });

  it('tells entry from exit at a BOTH gate by whether the vehicle is inside', () => {
    const both = { ...entry, direction: 'BOTH' as const };
    expect(decideGateRead({ ...both, openSessionId: 's' })).toMatchObject({ decision: 'OPEN', reason: 'EXIT' });
    expect(decideGateRead({ ...both, booking })).toMatchObject({ decision: 'OPEN', reason: 'BOOKING' });
  });

  it('admits permit holders and walk-ins only while a space is free', () => {
    expect(decideGateRead({ ...entry, permitted: true })).toMatchObject({ decision: 'OPEN', reason: 'PERMIT', open: { kind: 'PERMIT' } });
    expect(decideGateRead({ ...entry, walkInsAllowed: true })).toMatchObject({ decision: 'OPEN', reason: 'WALK_IN' });
    expect(decideGateRead({ ...entry, walkInsAllowed: true, freeSpaceId: undefined })).toEqual({ decision: 'DENY', reason: 'LOT_FULL' });
  });
});
