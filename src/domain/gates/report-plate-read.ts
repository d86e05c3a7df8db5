import type { Database } from '../../db/client.js';
import {
  findBookingsForEntry,
  findGatesByIds,
  findOpenSession,
  findReadBetween,
  findPlateRulesInForce,
  findSpaceForArrival,
  insertPlateRead,
  lockLotForGateDecision,
  spaceHasOpenSession,
} from '../../db/queries/gates.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import type { GateRow, LotRow, PlateReadRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { isPlausiblePlate, normalisePlate } from '../plates.js';
import { canReportPlateReads, requireSignedIn } from '../policy.js';
import { decideGateRead, type GateVerdict } from './decide.js';
import { closeParkingSessionWithCharge, openParkingSession } from './sessions.js';
import { sensorFreshSince, type LiveDataTtls } from '../availability/freshness.js';

/** Reads of the same plate at the same gate this close to the previous one are one event (a car at the barrier). */
export const REPEAT_INTERVAL_MS = 60_000;
/** A camera's clock may run this far ahead of ours... */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;
/** ...and a camera that lost its uplink may send reads this old (they are decided as of `readAt`). */
const MAX_READ_AGE_MS = 24 * 60 * 60_000;

export interface PlateReadInput {
  gateId: string;
  plate: string;
  /** 0 to 1. */
  confidence: number;
  readAt: Date;
  imageUrl?: string | null;
}

export interface PlateReadOutcome {
  read: PlateReadRow;
  /** This read repeated an earlier one: it got that read's decision and changed nothing. */
  repeated: boolean;
}

/**
 * A gate camera read a plate: decide OPEN, DENY or REVIEW (see decide.ts), and carry it out in
 * the same transaction: an entry opens a parking session (a booking becomes CHECKED_IN), an exit
 * closes it with its charge (a booking becomes COMPLETED). The occupancy triggers turn those
 * writes into live-map events. Every read is kept in the audit log, repeats included.
 */
export async function reportPlateRead(
  db: Database,
  viewer: Viewer,
  input: PlateReadInput,
  liveData: LiveDataTtls,
  now = new Date(),
): Promise<Outcome<PlateReadOutcome>> {
  requireSignedIn(viewer);
  const invalid = checkInput(input, now);
  if (invalid) return invalid;
  const [gate] = await findGatesByIds(db, [input.gateId]);
  if (!gate || gate.removedAt) return fail('NOT_FOUND', 'No such gate', ['input', 'gateId']);
  const [lot] = await findLotsByIds(db, [gate.lotId]);
  if (!canReportPlateReads(viewer, gate, lot!.operatorId)) {
    return fail('FORBIDDEN', 'This key or user may not report reads for this gate', ['input', 'gateId']);
  }
  const plate = normalisePlate(input.plate);
  return succeed(await db.transaction((tx) => decideAndRecord(tx, gate, lot!, { ...input, plate, rawPlate: input.plate }, liveData)));
}

async function decideAndRecord(
  db: Database,
  gate: GateRow,
  lot: LotRow,
  read: PlateReadInput & { rawPlate: string },
  liveData: LiveDataTtls,
): Promise<PlateReadOutcome> {
  await lockLotForGateDecision(db, lot.id);
  const logged = {
    gateId: gate.id,
    lotId: lot.id,
    plate: read.plate,
    rawPlate: read.rawPlate,
    confidence: read.confidence,
    readAt: read.readAt,
    imageUrl: read.imageUrl ?? null,
  };
  // a car waiting at the barrier is read again and again: each read within the interval of the
  // previous one repeats the first decision, however long the car waits
  const earlier = await findReadBetween(
    db,
    gate.id,
    read.plate,
    new Date(read.readAt.getTime() - REPEAT_INTERVAL_MS),
    new Date(read.readAt.getTime() + REPEAT_INTERVAL_MS),
  );
  if (earlier) {
    const { decision, reason, bookingId, sessionId } = earlier;
    const repeatOf = earlier.repeatOf ?? earlier.id;
    return { read: await insertPlateRead(db, { ...logged, decision, reason, bookingId, sessionId, repeatOf }), repeated: true };
  }

  const verdict = decideGateRead(await gatherFacts(db, gate, lot, read, liveData));
  const { bookingId, sessionId } = await carryOut(db, verdict, gate, lot, read);
  return {
    read: await insertPlateRead(db, { ...logged, decision: verdict.decision, reason: verdict.reason, bookingId, sessionId }),
    repeated: false,
  };
}

async function gatherFacts(db: Database, gate: GateRow, lot: LotRow, read: PlateReadInput, liveData: LiveDataTtls) {
  const [openSession, rules, bookings, freeSpaceId] = await Promise.all([
    findOpenSession(db, lot.id, read.plate),
    findPlateRulesInForce(db, lot.id, read.plate, read.readAt),
    findBookingsForEntry(db, lot.id, read.plate, read.readAt, lot.earlyArrivalMinutes),
    findSpaceForArrival(db, lot.id, read.readAt, sensorFreshSince(read.readAt, liveData)),
  ]);
  const booking = bookings.current && {
    id: bookings.current.id,
    spaceId: bookings.current.spaceId,
    spaceFree: !(await spaceHasOpenSession(db, bookings.current.spaceId)),
  };
  return {
    direction: gate.direction,
    confidence: read.confidence,
    minConfidence: gate.minConfidence,
    denied: rules.some((rule) => rule.kind === 'DENY'),
    permitted: rules.some((rule) => rule.kind === 'PERMIT'),
    walkInsAllowed: lot.walkInsAllowed,
    openSessionId: openSession?.id,
    booking,
    upcomingBooking: bookings.upcoming !== undefined,
    awaitingPayment: bookings.awaitingPayment !== undefined,
    freeSpaceId,
  };
}

async function carryOut(
  db: Database,
  verdict: GateVerdict,
  gate: GateRow,
  lot: LotRow,
  read: PlateReadInput,
): Promise<{ bookingId: string | null; sessionId: string | null }> {
  if (verdict.decision !== 'OPEN') return { bookingId: null, sessionId: null };
  if (verdict.reason === 'EXIT') {
    const session = await closeParkingSessionWithCharge(db, verdict.closeSessionId, lot, { exitGateId: gate.id, exitedAt: read.readAt });
    return { bookingId: session.bookingId, sessionId: session.id };
  }
  const { kind, spaceId, bookingId = null } = verdict.open;
  const session = await openParkingSession(db, lot, { kind, spaceId, bookingId, plate: read.plate, entryGateId: gate.id, enteredAt: read.readAt });
  return { bookingId, sessionId: session.id };
}

function checkInput(input: PlateReadInput, now: Date): Outcome<never> | undefined {
  const plate = normalisePlate(input.plate);
  if (!isPlausiblePlate(plate)) {
    return fail('INVALID_INPUT', 'plate must have 2 to 12 letters and digits', ['input', 'plate']);
  }
  if (!Number.isFinite(input.confidence) || input.confidence < 0 || input.confidence > 1) {
    return fail('INVALID_INPUT', 'confidence must be from 0 to 1', ['input', 'confidence']);
  }
  const age = now.getTime() - input.readAt.getTime();
  if (age < -MAX_FUTURE_SKEW_MS || age > MAX_READ_AGE_MS) {
    return fail('INVALID_INPUT', 'readAt must be within the last 24 hours (and not ahead of our clock by more than 5 minutes)', [
      'input',
      'readAt',
    ]);
  }
  if (input.imageUrl != null && !isWebUrl(input.imageUrl)) {
    return fail('INVALID_INPUT', 'imageUrl must be an http(s) URL of up to 2,000 characters', ['input', 'imageUrl']);
  }
  return undefined;
}

function isWebUrl(value: string): boolean {
  if (value.length > 2_000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
