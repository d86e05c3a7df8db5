import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  lotBlackouts,
  lotWeeklyHours,
  lots,
  operatorMembers,
  operators,
  spaces,
  tariffFlatRates,
  tariffs,
  users,
  vehicles,
} from '../schema/index.js';
import { buildDemoCity, type DemoCity } from './demo-city.js';

/** What was written, for the start-up log. */
export interface SeedSummary {
  operators: number;
  lots: number;
  spaces: number;
  users: number;
}

/** Seeds the demo city unless the database already has operators; returns null when it skipped. */
export async function seedIfEmpty(db: Database): Promise<SeedSummary | null> {
  const [existing] = await db.select({ id: operators.id }).from(operators).limit(1);
  if (existing) return null;
  return insertDemoCity(db, buildDemoCity());
}

/** Deletes every row in every Parkway table and seeds the demo city again (`npm run seed`). */
export async function reseed(db: Database): Promise<SeedSummary> {
  const city = buildDemoCity();
  return db.transaction(async (tx) => {
    // CASCADE reaches every table that refers to these (spaces, tariffs, hours, bookings, ...)
    await tx.execute(sql`TRUNCATE ${lots}, ${vehicles}, ${operatorMembers}, ${users}, ${operators} RESTART IDENTITY CASCADE`);
    return insertDemoCity(tx, city);
  });
}

async function insertDemoCity(db: Database, city: DemoCity): Promise<SeedSummary> {
  await db.transaction(async (tx) => {
    await tx.insert(operators).values(city.operators);
    await tx.insert(users).values(city.users);
    await tx.insert(operatorMembers).values(city.members);
    await tx.insert(vehicles).values(city.vehicles);
    await tx.insert(lots).values(city.lots);
    await tx.insert(spaces).values(city.spaces);
    await tx.insert(tariffs).values(city.tariffs);
    await tx.insert(tariffFlatRates).values(city.flatRates);
    await tx.insert(lotWeeklyHours).values(city.weeklyHours);
    await tx.insert(lotBlackouts).values(city.blackouts);
  });
  return {
    operators: city.operators.length,
    lots: city.lots.length,
    spaces: city.spaces.length,
    users: city.users.length,
  };
}
