import type { Database } from '../../db/client.js';
import {
  deleteBlackout,
  findBlackoutById,
  insertBlackout,
  replaceTariff,
  replaceWeeklyHours,
} from '../../db/queries/inventory.js';
import type { LotRow, SpaceRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { windowProblem } from '../time-window.js';
import type { TimeWindow } from '../time/zoned.js';
import { check, firstProblem } from './checks.js';
import { managedLot } from './managed-lot.js';

export interface TariffInput {
  spaceKind?: SpaceRow['kind'];
  name: string;
  hourlyRate: number;
  billingIncrementMinutes: number;
  dailyCap?: number;
  graceMinutes?: number;
  flatRates: Array<{ name: string; daysOfWeek?: number[]; entryAfter: string; exitBefore: string; amount: number }>;
}

/** Sets the lot's tariff for a kind (or its general one); bookings keep their locked prices. */
export async function setTariff(db: Database, viewer: Viewer, lotId: string, input: TariffInput): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const problem = firstProblem([
    ['name', check.text(input.name, 60)],
    ['hourlyRate', check.wholeNumber(input.hourlyRate, 0, 10_000_000)],
    ['billingIncrementMinutes', check.wholeNumber(input.billingIncrementMinutes, 1, 1_440)],
    ['dailyCap', input.dailyCap === undefined ? undefined : check.wholeNumber(input.dailyCap, 0, 10_000_000)],
    ['graceMinutes', check.wholeNumber(input.graceMinutes ?? 0, 0, 1_440)],
    ...input.flatRates.flatMap((rate, index): Array<[string, string | undefined]> => [
      [`flatRates.${index}.name`, check.text(rate.name, 60)],
      [`flatRates.${index}.entryAfter`, check.wallClock(rate.entryAfter, false)],
      [`flatRates.${index}.exitBefore`, check.wallClock(rate.exitBefore, true)],
      [`flatRates.${index}.amount`, check.wholeNumber(rate.amount, 0, 10_000_000)],
      [
        `flatRates.${index}.daysOfWeek`,
        rate.daysOfWeek?.some((day) => check.wholeNumber(day, 1, 7)) || rate.daysOfWeek?.length === 0
          ? 'must list ISO weekdays 1 to 7'
          : undefined,
      ],
    ]),
  ]);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', ...problem.field.split('.')]);
  await replaceTariff(
    db,
    {
      lotId,
      name: input.name.trim(),
      spaceKind: input.spaceKind ?? null,
      hourlyRateAmount: input.hourlyRate,
      billingIncrementMinutes: input.billingIncrementMinutes,
      dailyCapAmount: input.dailyCap ?? null,
      graceMinutes: input.graceMinutes ?? 0,
    },
    input.flatRates.map((rate) => ({ ...rate, daysOfWeek: rate.daysOfWeek ?? null })),
  );
  return succeed(lot.value);
}

export type WeeklyHoursInput = Array<{ dayOfWeek: number; opensAt: string; closesAt: string }>;

/** Replaces opening or bookable hours; an empty list means around the clock. */
export async function setWeeklyHours(
  db: Database,
  viewer: Viewer,
  lotId: string,
  purpose: 'OPENING_HOURS' | 'BOOKABLE_HOURS',
  windows: WeeklyHoursInput,
): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const problem = firstProblem(
    windows.flatMap((window, index): Array<[string, string | undefined]> => [
      [`windows.${index}.dayOfWeek`, check.wholeNumber(window.dayOfWeek, 1, 7)],
      [`windows.${index}.opensAt`, check.wallClock(window.opensAt, false)],
      [`windows.${index}.closesAt`, check.wallClock(window.closesAt, true)],
    ]),
  );
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', ...problem.field.split('.')]);
  await replaceWeeklyHours(db, lotId, purpose, windows);
  return succeed(lot.value);
}

/** Closes a lot for a one-off window. Bookings already made for it stand; new ones are refused. */
export async function addBlackout(
  db: Database,
  viewer: Viewer,
  lotId: string,
  window: TimeWindow,
  reason: string | undefined,
): Promise<Outcome<LotRow>> {
  const lot = await managedLot(db, viewer, lotId);
  if (!lot.ok) return lot;
  const length = window.end.getTime() - window.start.getTime();
  // a closure may be longer than a booking window (a car park shut for refurbishment)
  if (!(length > 0)) return fail('INVALID_WINDOW', windowProblem(window)!, ['input', 'window']);
  await insertBlackout(db, { lotId, period: window, reason: reason ?? null });
  return succeed(lot.value);
}

export async function removeBlackout(db: Database, viewer: Viewer, blackoutId: string): Promise<Outcome<LotRow>> {
  const blackout = await findBlackoutById(db, blackoutId);
  if (!blackout) return fail('NOT_FOUND', 'No such closure', ['input', 'blackoutId']);
  const lot = await managedLot(db, viewer, blackout.lotId);
  if (!lot.ok) return lot;
  await deleteBlackout(db, blackoutId);
  return succeed(lot.value);
}
