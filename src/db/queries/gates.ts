import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import {
  bookings,
  gates,
  parkingSessions,
  plateReads,
  plateRules,
  vehicles,
  type BookingRow,
  type GateRow,
  type NewGate,
  type NewParkingSession,
  type NewPlateRead,
  type NewPlateRule,
  type ParkingSessionRow,
  type PlateReadRow,
  type PlateRuleRow,
} from '../schema/index.js';
import { atOperatorLots, liveBooking } from './fragments.js';
import { keyset, toMilliseconds } from './keyset.js';
import { sensorSaysOccupied } from './space-counts.js';

export async function insertGate(db: Database, gate: NewGate): Promise<GateRow> {
  const [row] = await db.insert(gates).values(gate).returning();
  return row!;
}

export function findGatesByIds(db: Database, ids: readonly string[]): Promise<GateRow[]> {
  return db.select().from(gates).where(inArray(gates.id, [...ids]));
}

/** The gates still in use at the lots, by name. */
export function findGatesOfLots(db: Database, lotIds: readonly string[]): Promise<GateRow[]> {
  return db
    .select()
    .from(gates)
    .where(and(inArray(gates.lotId, [...lotIds]), isNull(gates.removedAt)))
    .orderBy(asc(gates.name), asc(gates.id));
}

export async function markGateRemoved(db: Database, id: string, at: Date): Promise<GateRow | undefined> {
  const [row] = await db.update(gates).set({ removedAt: at }).where(eq(gates.id, id)).returning();
  return row;
}

/**
 * Takes the lot's row lock for the rest of the transaction. Every gate decision at a lot holds
 * it, so two cameras reading at once cannot both seat a walk-in in the last free space, and a
 * repeated read always sees the first one's outcome. It is the lock the occupancy triggers take
 * anyway (FOR NO KEY UPDATE, which booking inserts' foreign-key checks do not wait for).
 */
export async function lockLotForGateDecision(db: Database, lotId: string): Promise<void> {
  await db.execute(sql`SELECT 1 FROM lots WHERE id = ${lotId} FOR NO KEY UPDATE`);
}

export async function insertPlateRule(db: Database, rule: NewPlateRule): Promise<PlateRuleRow> {
  const [row] = await db.insert(plateRules).values(rule).returning();
  return row!;
}

export function findPlateRulesByIds(db: Database, ids: readonly string[]): Promise<PlateRuleRow[]> {
  return db.select().from(plateRules).where(inArray(plateRules.id, [...ids]));
}

export async function markPlateRuleRemoved(db: Database, id: string, at: Date): Promise<PlateRuleRow | undefined> {
  const [row] = await db
    .update(plateRules)
    .set({ removedAt: at })
    .where(and(eq(plateRules.id, id), isNull(plateRules.removedAt)))
    .returning();
  return row;
}

/** Current (not removed) permit and deny entries of the lots, newest first. */
export function findPlateRulesOfLots(db: Database, lotIds: readonly string[]): Promise<PlateRuleRow[]> {
  return db
    .select()
    .from(plateRules)
    .where(and(inArray(plateRules.lotId, [...lotIds]), isNull(plateRules.removedAt)))
    .orderBy(desc(plateRules.createdAt), desc(plateRules.id));
}

/** The lot's permit and deny entries for a plate that apply at `at`. */
export function findPlateRulesInForce(db: Database, lotId: string, plate: string, at: Date): Promise<PlateRuleRow[]> {
  return db
    .select()
    .from(plateRules)
    .where(
      and(
        eq(plateRules.lotId, lotId),
        eq(plateRules.plate, plate),
        isNull(plateRules.removedAt),
        sql`(${plateRules.validFrom} IS NULL OR ${plateRules.validFrom} <= ${at.toISOString()}::timestamptz)`,
        sql`(${plateRules.validUntil} IS NULL OR ${plateRules.validUntil} > ${at.toISOString()}::timestamptz)`,
      ),
    );
}

/**
 * The confirmed booking at the lot for a vehicle with this plate whose window (opened
 * `earlyMinutes` early) contains `at`, else the next one that starts later: the first admits
 * the driver, the second explains a refusal (too early). `awaitingPayment` is such a booking in
 * its window still waiting on its payment (PENDING_PAYMENT): it explains a refusal too.
 */
export async function findBookingsForEntry(
  db: Database,
  lotId: string,
  plate: string,
  at: Date,
  earlyMinutes: number,
): Promise<{ current?: BookingRow; upcoming?: BookingRow; awaitingPayment?: BookingRow }> {
  const instant = sql`${at.toISOString()}::timestamptz`;
  const rows = await db
    .select({ booking: bookings })
    .from(bookings)
    .innerJoin(vehicles, eq(vehicles.id, bookings.vehicleId))
    .where(
      and(
        eq(bookings.lotId, lotId),
        inArray(bookings.status, ['CONFIRMED', 'PENDING_PAYMENT']),
        eq(vehicles.plate, plate),
        sql`upper(${bookings.period}) > ${instant}`,
      ),
    )
    .orderBy(sql`lower(${bookings.period})`)
    .limit(5);
  const opensAt = (booking: BookingRow) => booking.period.start.getTime() - earlyMinutes * 60_000;
  const open = rows.map((row) => row.booking).filter((booking) => opensAt(booking) <= at.getTime());
  return {
    current: open.find((booking) => booking.status === 'CONFIRMED'),
    upcoming: rows.map((row) => row.booking).find((booking) => opensAt(booking) > at.getTime()),
    awaitingPayment: open.find((booking) => booking.status === 'PENDING_PAYMENT'),
  };
}

/**
 * An in-service space of the lot with nobody in it (no open session, no sensor's OCCUPIED within
 * its time-to-live) and no live booking covering `at`, for a walk-in or a permit holder: the one
 * whose next booking starts latest (none at all first), so a stay of unknown length is least
 * likely to meet a booked driver. Standard spaces only: special
 * bays (accessible, EV, family) are left for the drivers who need them.
 */
export async function findSpaceForArrival(db: Database, lotId: string, at: Date, sensorFreshSince: Date): Promise<string | undefined> {
  const instant = sql`${at.toISOString()}::timestamptz`;
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`
      SELECT s.id FROM spaces s
      LEFT JOIN LATERAL (
        SELECT min(lower(b.period)) AS next_start FROM bookings b
        WHERE b.lot_id = s.lot_id AND b.space_id = s.id AND ${liveBooking(sql`b.status`)} AND upper(b.period) > ${instant}
      ) next_booking ON true
      WHERE s.lot_id = ${lotId} AND s.operator_status = 'IN_SERVICE' AND s.kind = 'STANDARD'
        AND NOT ${sensorSaysOccupied(sensorFreshSince)}
        AND (next_booking.next_start IS NULL OR next_booking.next_start > ${instant})
        AND NOT EXISTS (SELECT 1 FROM parking_sessions ps WHERE ps.space_id = s.id AND ps.exited_at IS NULL)
      ORDER BY next_booking.next_start DESC NULLS FIRST, s.label
      LIMIT 1`,
  );
  return row?.id;
}

/** Whether anyone is parked in the space now (an open session). */
export async function spaceHasOpenSession(db: Database, spaceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: parkingSessions.id })
    .from(parkingSessions)
    .where(and(eq(parkingSessions.spaceId, spaceId), isNull(parkingSessions.exitedAt)));
  return rows.length > 0;
}

export async function findOpenSession(db: Database, lotId: string, plate: string): Promise<ParkingSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(parkingSessions)
    .where(and(eq(parkingSessions.lotId, lotId), eq(parkingSessions.plate, plate), isNull(parkingSessions.exitedAt)));
  return row;
}

export async function insertParkingSession(db: Database, session: NewParkingSession): Promise<ParkingSessionRow> {
  const [row] = await db.insert(parkingSessions).values(session).returning();
  return row!;
}

export async function closeParkingSession(
  db: Database,
  id: string,
  exit: Pick<ParkingSessionRow, 'exitGateId' | 'exitedAt' | 'chargeAmount'>,
): Promise<ParkingSessionRow> {
  const [row] = await db.update(parkingSessions).set(exit).where(eq(parkingSessions.id, id)).returning();
  return row!;
}

export function findParkingSessionsByIds(db: Database, ids: readonly string[]): Promise<ParkingSessionRow[]> {
  return db.select().from(parkingSessions).where(inArray(parkingSessions.id, [...ids]));
}

/** The sessions made on these bookings (at most one each). */
export function findSessionsOfBookings(db: Database, bookingIds: readonly string[]): Promise<ParkingSessionRow[]> {
  return db.select().from(parkingSessions).where(inArray(parkingSessions.bookingId, [...bookingIds]));
}

export async function insertPlateRead(db: Database, read: NewPlateRead): Promise<PlateReadRow> {
  const [row] = await db.insert(plateReads).values(read).returning();
  return row!;
}

export function findPlateReadsByIds(db: Database, ids: readonly string[]): Promise<PlateReadRow[]> {
  return db.select().from(plateReads).where(inArray(plateReads.id, [...ids]));
}

/** The latest read of the plate at the gate with `readAt` in [from, to]. */
export async function findReadBetween(
  db: Database,
  gateId: string,
  plate: string,
  from: Date,
  to: Date,
): Promise<PlateReadRow | undefined> {
  const [row] = await db
    .select()
    .from(plateReads)
    .where(
      and(
        eq(plateReads.gateId, gateId),
        eq(plateReads.plate, plate),
        gte(plateReads.readAt, from),
        lte(plateReads.readAt, to),
      ),
    )
    .orderBy(desc(plateReads.readAt))
    .limit(1);
  return row;
}

/** Position in an audit log or session list: newest first. */
export interface TimeListKey {
  at: string;
  id: string;
}

export interface PlateReadFilter {
  lotId?: string;
  gateId?: string;
  plate?: string;
  decisions?: PlateReadRow['decision'][];
  since?: Date;
  until?: Date;
}

const PLATE_READS_ORDER = keyset('desc', { column: toMilliseconds(plateReads.createdAt), type: 'timestamptz' }, { column: plateReads.id, type: 'uuid' });

/** Plate reads at the operator's lots, newest first, filtered. */
export function listPlateReads(
  db: Database,
  operatorId: string,
  filter: PlateReadFilter,
  limit: number,
  after?: TimeListKey,
): Promise<PlateReadRow[]> {
  return db
    .select()
    .from(plateReads)
    .where(
      and(
        atOperatorLots(plateReads.lotId, operatorId),
        filter.lotId ? eq(plateReads.lotId, filter.lotId) : undefined,
        filter.gateId ? eq(plateReads.gateId, filter.gateId) : undefined,
        filter.plate ? eq(plateReads.plate, filter.plate) : undefined,
        filter.decisions?.length ? inArray(plateReads.decision, filter.decisions) : undefined,
        filter.since ? gte(plateReads.createdAt, filter.since) : undefined,
        filter.until ? lte(plateReads.createdAt, filter.until) : undefined,
        after && PLATE_READS_ORDER.after([after.at, after.id]),
      ),
    )
    .orderBy(...PLATE_READS_ORDER.orderBy)
    .limit(limit);
}

export interface ParkingSessionFilter {
  lotId?: string;
  /** true: only vehicles still inside; false: only finished stays. */
  open?: boolean;
  plate?: string;
}

const SESSIONS_ORDER = keyset('desc', { column: toMilliseconds(parkingSessions.enteredAt), type: 'timestamptz' }, { column: parkingSessions.id, type: 'uuid' });

/** Parking sessions at the operator's lots, newest entry first. */
export function listParkingSessions(
  db: Database,
  operatorId: string,
  filter: ParkingSessionFilter,
  limit: number,
  after?: TimeListKey,
): Promise<ParkingSessionRow[]> {
  return db
    .select()
    .from(parkingSessions)
    .where(
      and(
        atOperatorLots(parkingSessions.lotId, operatorId),
        filter.lotId ? eq(parkingSessions.lotId, filter.lotId) : undefined,
        filter.plate ? eq(parkingSessions.plate, filter.plate) : undefined,
        filter.open === undefined ? undefined : filter.open ? isNull(parkingSessions.exitedAt) : sql`${parkingSessions.exitedAt} IS NOT NULL`,
        after && SESSIONS_ORDER.after([after.at, after.id]),
      ),
    )
    .orderBy(...SESSIONS_ORDER.orderBy)
    .limit(limit);
}

