import type { Database } from '../../db/client.js';
import { insertStaffAction } from '../../db/queries/arrivals.js';
import {
  findBookingsForEntry,
  findGatesByIds,
  findOpenSession,
  findParkingSessionsByIds,
  findPlateReadsByIds,
  findPlateRulesInForce,
  findSpaceForArrival,
  lockLotForGateDecision,
  spaceHasOpenSession,
} from '../../db/queries/gates.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import type { GateRow, LotRow, ParkingSessionRow, PlateReadRow, StaffActionRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import type { Arrival } from '../gates/sessions.js';
import { closeParkingSessionWithCharge, openParkingSession } from '../gates/sessions.js';
import { check, firstProblem } from '../inventory/checks.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { isPlausiblePlate, normalisePlate } from '../plates.js';
import { canResolveAtGates, requireUser } from '../policy.js';
import { sensorFreshSince, type LiveDataTtls } from '../availability/freshness.js';

/** What staff did, and the stay it opened or closed. */
export interface StaffActionResult {
  action: StaffActionRow;
  session: ParkingSessionRow;
}

export interface AdmitVehicleInput {
  /** A read the gate sent to REVIEW... */
  plateReadId?: string | null;
  /** ...or a gate and a plate (the camera missed the car, or read nothing usable). */
  gateId?: string | null;
  plate?: string | null;
  reason: string;
}

// a manual exit time may be a little ahead of our clock (the staff member's watch)
const MAX_FUTURE_SKEW_MS = 5 * 60_000;

/**
 * A member of staff lets a car in that the camera did not (a read under REVIEW, or no read at
 * all): on its booking's bay when a booking's window (opened early as at the gate) covers now,
 * else on a permit, else as a walk-in, on a free standard bay. Opens the parking session as a
 * gate's OPEN does and writes who did it and why to the audit log. Only staff of the lot's
 * operator (or an admin); another operator's gate is FORBIDDEN.
 */
export async function admitVehicle(
  db: Database,
  viewer: Viewer,
  input: AdmitVehicleInput,
  liveData: LiveDataTtls,
  now = new Date(),
): Promise<Outcome<StaffActionResult>> {
  const { user } = requireUser(viewer);
  const reason = checkReason(input.reason);
  if (!reason.ok) return reason;
  const target = await admissionTarget(db, input);
  if (!target.ok) return target;
  const { gate, plate, read } = target.value;
  const [lot] = await findLotsByIds(db, [gate.lotId]);
  if (!canResolveAtGates(viewer, lot!.operatorId)) {
    return fail('FORBIDDEN', "Only staff of this lot's operator may admit vehicles here", ['input', read ? 'plateReadId' : 'gateId']);
  }
  return db.transaction(async (tx) => {
    await lockLotForGateDecision(tx, lot!.id);
    if (await findOpenSession(tx, lot!.id, plate)) return fail('INVALID_INPUT', `${plate} is inside already`, ['input', 'plate']);
    const arrival = await admission(tx, lot!, gate, plate, now, liveData);
    if (arrival === 'PAYMENT_PENDING') {
      return fail('PAYMENT_PENDING', `${plate}'s booking is waiting for its payment to be confirmed`, ['input', 'plate']);
    }
    if (!arrival) return fail('NOT_AVAILABLE', 'No bay is free for this vehicle', ['input', read ? 'plateReadId' : 'gateId']);
    const session = await openParkingSession(tx, lot!, arrival);
    const action = await insertStaffAction(tx, {
      lotId: lot!.id,
      kind: 'ADMIT_VEHICLE',
      userId: user.id,
      reason: reason.value,
      plate,
      gateId: gate.id,
      plateReadId: read?.id ?? null,
      sessionId: session.id,
    });
    return succeed({ action, session });
  });
}

export interface CloseSessionInput {
  sessionId: string;
  reason: string;
  /** When the vehicle left, if staff know; now when omitted. Not before its entry. */
  exitedAt?: Date | null;
}

/**
 * A member of staff ends a stay whose exit no camera saw (the barrier was up, the driver forgot
 * to check out): closed at `exitedAt` and charged as a gate exit would have charged it, its
 * booking completed, and who did it and why written to the audit log.
 */
export async function closeSession(db: Database, viewer: Viewer, input: CloseSessionInput, now = new Date()): Promise<Outcome<StaffActionResult>> {
  const { user } = requireUser(viewer);
  const reason = checkReason(input.reason);
  if (!reason.ok) return reason;
  const [session] = await findParkingSessionsByIds(db, [input.sessionId]);
  if (!session) return fail('NOT_FOUND', 'No such parking session', ['input', 'sessionId']);
  const [lot] = await findLotsByIds(db, [session.lotId]);
  if (!canResolveAtGates(viewer, lot!.operatorId)) {
    return fail('FORBIDDEN', "Only staff of this lot's operator may close its sessions", ['input', 'sessionId']);
  }
  const exitedAt = input.exitedAt ?? now;
  if (exitedAt < session.enteredAt || exitedAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) {
    return fail('INVALID_INPUT', 'exitedAt must be between the entry and now', ['input', 'exitedAt']);
  }
  return db.transaction(async (tx) => {
    await lockLotForGateDecision(tx, lot!.id);
    const [current] = await findParkingSessionsByIds(tx, [session.id]);
    if (current!.exitedAt) return fail('INVALID_INPUT', 'The session is closed already', ['input', 'sessionId']);
    const closed = await closeParkingSessionWithCharge(tx, session.id, lot!, { exitGateId: null, exitedAt });
    const action = await insertStaffAction(tx, {
      lotId: lot!.id,
      kind: 'CLOSE_SESSION',
      userId: user.id,
      reason: reason.value,
      plate: session.plate,
      sessionId: session.id,
    });
    return succeed({ action, session: closed });
  });
}

function checkReason(reason: string): Outcome<string> {
  const problem = firstProblem([['reason', check.text(reason, 500)]]);
  return problem ? fail('INVALID_INPUT', problem.message, ['input', 'reason']) : succeed(reason.trim());
}

/** The gate and plate to admit: from a read under REVIEW, or given directly. */
async function admissionTarget(
  db: Database,
  input: AdmitVehicleInput,
): Promise<Outcome<{ gate: GateRow; plate: string; read?: PlateReadRow }>> {
  if (input.plateReadId) {
    const [read] = await findPlateReadsByIds(db, [input.plateReadId]);
    if (!read) return fail('NOT_FOUND', 'No such plate read', ['input', 'plateReadId']);
    if (read.decision !== 'REVIEW') {
      return fail('INVALID_INPUT', `This read was decided ${read.decision}, not sent to REVIEW`, ['input', 'plateReadId']);
    }
    const [gate] = await findGatesByIds(db, [read.gateId]);
    return succeed({ gate: gate!, plate: read.plate, read });
  }
  if (!input.gateId || !input.plate) {
    return fail('INVALID_INPUT', 'Give plateReadId, or gateId and plate', ['input', input.gateId ? 'plate' : 'gateId']);
  }
  const plate = normalisePlate(input.plate);
  if (!isPlausiblePlate(plate)) return fail('INVALID_INPUT', 'plate must have 2 to 12 letters and digits', ['input', 'plate']);
  const [gate] = await findGatesByIds(db, [input.gateId]);
  if (!gate || gate.removedAt) return fail('NOT_FOUND', 'No such gate', ['input', 'gateId']);
  return succeed({ gate, plate });
}

/**
 * Where and on what the admitted vehicle parks (as a gate would seat it), undefined when no bay
 * is free, or PAYMENT_PENDING for a booking still waiting on its payment (as a gate refuses it).
 */
async function admission(db: Database, lot: LotRow, gate: GateRow, plate: string, now: Date, liveData: LiveDataTtls): Promise<Arrival | 'PAYMENT_PENDING' | undefined> {
  const [bookings, rules, freeSpaceId] = await Promise.all([
    findBookingsForEntry(db, lot.id, plate, now, lot.earlyArrivalMinutes),
    findPlateRulesInForce(db, lot.id, plate, now),
    findSpaceForArrival(db, lot.id, now, sensorFreshSince(now, liveData)),
  ]);
  const base = { plate, entryGateId: gate.id, enteredAt: now };
  const booking = bookings.current;
  if (booking) {
    const spaceId = (await spaceHasOpenSession(db, booking.spaceId)) ? freeSpaceId : booking.spaceId;
    return spaceId ? { ...base, kind: 'BOOKING', spaceId, bookingId: booking.id } : undefined;
  }
  const kind = rules.some((rule) => rule.kind === 'PERMIT') ? 'PERMIT' : 'WALK_IN';
  if (bookings.awaitingPayment && kind !== 'PERMIT') return 'PAYMENT_PENDING';
  return freeSpaceId ? { ...base, kind, spaceId: freeSpaceId } : undefined;
}
