import {
  addDays,
  assertTimeZone,
  instantOfLocal,
  isoWeekdayOf,
  localDateTimeOf,
  minutesOfDay,
  type TimeWindow,
} from '../time/zoned.js';
import { PricingError, validateTariff, type ParsedFlatRate, type Tariff } from './tariff.js';

/** What a price line charges for. */
export type PriceLineKind = 'GRACE' | 'FLAT_RATE' | 'HOURLY' | 'DAILY_CAP';

/** One line of a receipt; `amount` is always `quantity × unitAmount`, in minor units. */
export interface PriceLine {
  kind: PriceLineKind;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  /** The part of the stay this line charges for. */
  start: Date;
  end: Date;
}

/** The price of a stay; `amount` is the sum of the lines' amounts. */
export interface Price {
  amount: number;
  currency: string;
  lines: PriceLine[];
}

const MINUTE_MS = 60_000;
const CAP_PERIOD_MS = 24 * 60 * MINUTE_MS;

/**
 * Prices a stay `[start, end)` at a lot in `timeZone`: the one function quotes and bookings use,
 * so the price a driver is quoted is the price locked on the booking.
 *
 * In order:
 * 1. Grace: a stay of at most `graceMinutes` (real elapsed time) is free.
 * 2. Flat rates: one applies when the whole stay fits inside one of its bands, judged by the
 *    lot's wall clock (a band starts on a listed weekday, ends the next morning when `exitBefore`
 *    is at or before `entryAfter`, and is as long as the clocks make it on a daylight-saving
 *    night). When several apply the cheapest wins; on a tie, the first listed.
 * 3. Hourly: every started billing increment of real elapsed time is charged (61 minutes at
 *    60-minute increments is 2 increments). One increment costs `hourlyRate × minutes / 60`
 *    rounded half up to a whole minor unit (250 an hour in 15 minutes is 62.5, so 63), which is
 *    the per-increment price a tariff board shows, and is then multiplied by whole increments only.
 *    With a `dailyCap` the stay is cut into 24-hour periods from entry and each period's hourly
 *    charge is capped separately. This is how large UK/EU car-park operators price ("up to 24
 *    hours", timed from the entry ticket) rather than by calendar day: the period follows the
 *    driver, so a 20:00-04:00 stay is never charged two daily caps as it would be if the cap
 *    reset at midnight, and it counts real hours, so it needs no zone and a 24-hour period is
 *    24 hours even on a daylight-saving night.
 * @throws PricingError INVALID_WINDOW when the window is empty, reversed or not a real date;
 *   INVALID_TIME_ZONE for an unknown zone; INVALID_TARIFF for a malformed tariff.
 */
export function priceStay(tariff: Tariff, stay: TimeWindow, timeZone: string): Price {
  const flatRates = validateTariff(tariff);
  const durationMs = stay.end.getTime() - stay.start.getTime();
  if (!(durationMs > 0)) throw new PricingError('INVALID_WINDOW', 'The stay must end after it starts');
  try {
    assertTimeZone(timeZone);
  } catch (error) {
    throw new PricingError('INVALID_TIME_ZONE', (error as Error).message);
  }

  let lines: PriceLine[];
  if (durationMs <= tariff.graceMinutes * MINUTE_MS) {
    lines = [line('GRACE', `Free: stay within the ${tariff.graceMinutes}-minute grace period`, 1, 0, stay)];
  } else {
    const flatRate = cheapestFittingFlatRate(flatRates, stay, timeZone);
    lines = flatRate ? [flatRateLine(flatRate, stay)] : hourlyLines(tariff, stay);
  }
  return { amount: lines.reduce((sum, l) => sum + l.amount, 0), currency: tariff.currency, lines };
}

function cheapestFittingFlatRate(
  rates: ParsedFlatRate[],
  stay: TimeWindow,
  timeZone: string,
): ParsedFlatRate | undefined {
  // A band lasts at most a day, so one holding the arrival started on the arrival's local day or the one before.
  const arrivalDay = localDateTimeOf(stay.start, timeZone);
  const candidateDays = [addDays(arrivalDay, -1), arrivalDay];
  let cheapest: ParsedFlatRate | undefined;
  for (const rate of rates) {
    const fits = candidateDays.some((day) => {
      if (rate.daysOfWeek !== null && !rate.daysOfWeek.includes(isoWeekdayOf(day))) return false;
      const exitDay = minutesOfDay(rate.exit) <= minutesOfDay(rate.entry) ? addDays(day, 1) : day;
      const bandStart = instantOfLocal(day, rate.entry, timeZone);
      const bandEnd = instantOfLocal(exitDay, rate.exit, timeZone);
      return bandStart <= stay.start && stay.end <= bandEnd;
    });
    if (fits && (!cheapest || rate.amount < cheapest.amount)) cheapest = rate;
  }
  return cheapest;
}

function flatRateLine(rate: ParsedFlatRate, stay: TimeWindow): PriceLine {
  const band = `enter after ${rate.entryAfter}, leave before ${rate.exitBefore}`;
  return line('FLAT_RATE', `Flat rate "${rate.name}" (${band})`, 1, rate.amount, stay);
}

function hourlyLines(tariff: Tariff, stay: TimeWindow): PriceLine[] {
  const incrementMinutes = tariff.billingIncrementMinutes;
  const incrementMs = incrementMinutes * MINUTE_MS;
  const incrementCharge = divideRoundingHalfUp(tariff.hourlyRate * incrementMinutes, 60);
  const periods = tariff.dailyCap === null ? [stay] : capPeriods(stay);
  return periods.map((period, index) => {
    const day = periods.length > 1 ? ` (day ${index + 1}, 24 hours from entry)` : '';
    const increments = Math.ceil((period.end.getTime() - period.start.getTime()) / incrementMs);
    if (tariff.dailyCap !== null && increments * incrementCharge > tariff.dailyCap) {
      return line('DAILY_CAP', `Daily maximum${day}`, 1, tariff.dailyCap, period);
    }
    return line('HOURLY', `${increments} × ${incrementMinutes} min${day}`, increments, incrementCharge, period);
  });
}

/** The stay cut into consecutive 24-hour periods from entry; the last may be shorter. */
function capPeriods(stay: TimeWindow): TimeWindow[] {
  const periods: TimeWindow[] = [];
  for (let start = stay.start.getTime(); start < stay.end.getTime(); start += CAP_PERIOD_MS) {
    periods.push({ start: new Date(start), end: new Date(Math.min(start + CAP_PERIOD_MS, stay.end.getTime())) });
  }
  return periods;
}

/** `numerator / denominator` for non-negative integers, rounded to the nearest integer, halves up. */
function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

function line(
  kind: PriceLineKind,
  description: string,
  quantity: number,
  unitAmount: number,
  part: TimeWindow,
): PriceLine {
  return { kind, description, quantity, unitAmount, amount: quantity * unitAmount, start: part.start, end: part.end };
}
