import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  lotBlackouts,
  lots,
  lotWeeklyHours,
  operatorMembers,
  operators,
  spaces,
  tariffFlatRates,
  tariffs,
  type LotBlackoutRow,
  type LotRow,
  type NewLot,
  type NewLotWeeklyHours,
  type NewOperator,
  type NewSpace,
  type NewTariff,
  type NewTariffFlatRate,
  type OperatorRow,
  type SpaceRow,
} from '../schema/index.js';

/** Creates an operator and makes `ownerId` its OWNER, in one transaction. */
export function insertOperatorWithOwner(db: Database, operator: NewOperator, ownerId: string): Promise<OperatorRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(operators).values(operator).returning();
    await tx.insert(operatorMembers).values({ operatorId: row!.id, userId: ownerId, role: 'OWNER' });
    return row!;
  });
}

export async function insertLot(db: Database, lot: NewLot): Promise<LotRow> {
  const [row] = await db.insert(lots).values(lot).returning();
  return row!;
}

export async function updateLotRow(db: Database, id: string, changes: Partial<NewLot>): Promise<LotRow | undefined> {
  const [row] = await db
    .update(lots)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(lots.id, id))
    .returning();
  return row;
}

/** Inserts spaces all or nothing; throws 23505 when a label is taken. */
export function insertSpaces(db: Database, rows: NewSpace[]): Promise<SpaceRow[]> {
  return db.insert(spaces).values(rows).returning();
}

export async function updateSpaceRow(db: Database, id: string, changes: Partial<NewSpace>): Promise<SpaceRow | undefined> {
  const [row] = await db.update(spaces).set(changes).where(eq(spaces.id, id)).returning();
  return row;
}

/** Replaces the lot's tariff for a space kind (null: the general one) with its flat rates. */
export function replaceTariff(db: Database, tariff: NewTariff, flatRates: Omit<NewTariffFlatRate, 'tariffId'>[]): Promise<void> {
  return db.transaction(async (tx) => {
    await tx
      .delete(tariffs)
      .where(
        and(
          eq(tariffs.lotId, tariff.lotId),
          tariff.spaceKind ? eq(tariffs.spaceKind, tariff.spaceKind) : sql`${tariffs.spaceKind} IS NULL`,
        ),
      );
    const [row] = await tx.insert(tariffs).values(tariff).returning();
    if (flatRates.length > 0) await tx.insert(tariffFlatRates).values(flatRates.map((rate) => ({ ...rate, tariffId: row!.id })));
  });
}

/** Replaces a lot's weekly hours of one purpose. */
export function replaceWeeklyHours(
  db: Database,
  lotId: string,
  purpose: NewLotWeeklyHours['purpose'],
  rows: Omit<NewLotWeeklyHours, 'lotId' | 'purpose'>[],
): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.delete(lotWeeklyHours).where(and(eq(lotWeeklyHours.lotId, lotId), eq(lotWeeklyHours.purpose, purpose)));
    if (rows.length > 0) await tx.insert(lotWeeklyHours).values(rows.map((row) => ({ ...row, lotId, purpose })));
  });
}

export async function insertBlackout(db: Database, blackout: typeof lotBlackouts.$inferInsert): Promise<LotBlackoutRow> {
  const [row] = await db.insert(lotBlackouts).values(blackout).returning();
  return row!;
}

export async function findBlackoutById(db: Database, id: string): Promise<LotBlackoutRow | undefined> {
  const [row] = await db.select().from(lotBlackouts).where(eq(lotBlackouts.id, id));
  return row;
}

export async function deleteBlackout(db: Database, id: string): Promise<void> {
  await db.delete(lotBlackouts).where(eq(lotBlackouts.id, id));
}

/** Blackouts of a lot that have not ended at `now`, soonest first. */
export function findUpcomingBlackouts(db: Database, lotId: string, now: Date): Promise<LotBlackoutRow[]> {
  return db
    .select()
    .from(lotBlackouts)
    .where(and(eq(lotBlackouts.lotId, lotId), sql`upper(${lotBlackouts.period}) > ${now.toISOString()}::timestamptz`))
    .orderBy(sql`lower(${lotBlackouts.period})`);
}
