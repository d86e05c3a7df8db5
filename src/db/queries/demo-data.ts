import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  lotBlackouts,
  lotWeeklyHours,
  lots,
  operatorMembers,
  occupancyHistory,
  operators,
  spaces,
  tariffFlatRates,
  tariffs,
  users,
  vehicles,
  type NewLot,
  type NewLotBlackout,
  type NewLotWeeklyHours,
  type NewOccupancyHistory,
  type NewOperator,
  type NewOperatorMember,
  type NewSpace,
  type NewTariff,
  type NewTariffFlatRate,
  type NewUser,
  type NewVehicle,
} from '../schema/index.js';

/** Rows of a whole city of operators, people and lots, written together (the demo city is one). */
export interface CityRows {
  operators: NewOperator[];
  users: NewUser[];
  members: NewOperatorMember[];
  vehicles: NewVehicle[];
  lots: NewLot[];
  spaces: NewSpace[];
  tariffs: NewTariff[];
  flatRates: NewTariffFlatRate[];
  weeklyHours: NewLotWeeklyHours[];
  blackouts: NewLotBlackout[];
  /** Occupancy history to start with (the demo city's is synthetic, see seed/history.ts). */
  history?: NewOccupancyHistory[];
}

/** What was written, for the start-up log. */
export interface SeedSummary {
  operators: number;
  lots: number;
  spaces: number;
  users: number;
}

/** True when the database has no operator yet (a new database, before any seed). */
export async function hasNoOperators(db: Database): Promise<boolean> {
  const [existing] = await db.select({ id: operators.id }).from(operators).limit(1);
  return !existing;
}

/** Deletes every row in every Parkway table and writes `city` in their place, in one transaction. */
export async function replaceEverythingWith(db: Database, city: CityRows): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    // CASCADE reaches every table that refers to these (spaces, tariffs, hours, bookings, ...)
    await tx.execute(sql`TRUNCATE ${lots}, ${vehicles}, ${operatorMembers}, ${users}, ${operators} RESTART IDENTITY CASCADE`);
    return insertCity(tx, city);
  });
}

/** Writes a city's rows in one transaction; returns how many of each. */
export async function insertCity(db: Database, city: CityRows): Promise<SeedSummary> {
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
    // in slices: one INSERT's parameters are capped at 65,535
    const history = city.history ?? [];
    for (let start = 0; start < history.length; start += 2_000) await tx.insert(occupancyHistory).values(history.slice(start, start + 2_000));
  });
  return {
    operators: city.operators.length,
    lots: city.lots.length,
    spaces: city.spaces.length,
    users: city.users.length,
  };
}
