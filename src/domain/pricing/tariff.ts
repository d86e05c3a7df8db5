import { parseWallClock, type IsoWeekday, type WallClockTime } from '../time/zoned.js';

/**
 * A fixed price for a stay that fits inside a recurring local wall-clock band, such as
 * "Overnight: enter after 18:00, leave before 08:00, 6.00".
 */
export interface FlatRate {
  name: string;
  /** ISO weekdays (1 = Monday) the band starts on; null means every day. */
  daysOfWeek: IsoWeekday[] | null;
  /** `HH:MM` local time; arriving at exactly this time counts. */
  entryAfter: string;
  /**
   * `HH:MM` local time (`24:00` for midnight); leaving at exactly this time counts. At or
   * before `entryAfter` means the next morning (18:00 -> 08:00).
   */
  exitBefore: string;
  /** Minor units. */
  amount: number;
}

/** A lot's price list. Every amount is an integer in minor units of `currency`. */
export interface Tariff {
  /** ISO 4217 code, e.g. `GBP`. */
  currency: string;
  /** Minor units per hour, charged in billing increments. */
  hourlyRate: number;
  /** Positive whole minutes; a started increment is charged in full. */
  billingIncrementMinutes: number;
  /** Most the hourly charge can reach in each 24 hours from entry; null for no cap. */
  dailyCap: number | null;
  /** A stay no longer than this many minutes is free. */
  graceMinutes: number;
  flatRates: FlatRate[];
}

/** Why a stay could not be priced: a bad request (window, zone) or bad stored data (tariff). */
export type PricingErrorCode = 'INVALID_WINDOW' | 'INVALID_TARIFF' | 'INVALID_TIME_ZONE';

/** Raised for input the pricing function refuses; `code` tells callers which kind. */
export class PricingError extends Error {
  override readonly name = 'PricingError';

  constructor(
    readonly code: PricingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A flat rate with its wall-clock times parsed once. */
export interface ParsedFlatRate extends FlatRate {
  entry: WallClockTime;
  exit: WallClockTime;
}

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * Checks every field of `tariff` and returns its flat rates with their times parsed.
 * @throws PricingError with code INVALID_TARIFF naming the first bad field.
 */
export function validateTariff(tariff: Tariff): ParsedFlatRate[] {
  if (!/^[A-Z]{3}$/.test(tariff.currency) || !knownCurrencies.has(tariff.currency)) {
    invalid(`currency "${tariff.currency}" is not an ISO 4217 code`);
  }
  requireAmount(tariff.hourlyRate, 'hourlyRate');
  if (!Number.isSafeInteger(tariff.billingIncrementMinutes) || tariff.billingIncrementMinutes <= 0) {
    invalid('billingIncrementMinutes must be a positive whole number of minutes');
  }
  if (tariff.dailyCap !== null) requireAmount(tariff.dailyCap, 'dailyCap');
  requireAmount(tariff.graceMinutes, 'graceMinutes');
  return tariff.flatRates.map((rate) => {
    if (rate.name.trim() === '') invalid('a flat rate needs a name');
    requireAmount(rate.amount, `flat rate "${rate.name}" amount`);
    const days = rate.daysOfWeek;
    if (days !== null && (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))) {
      invalid(`flat rate "${rate.name}" daysOfWeek must be null or ISO weekdays 1-7`);
    }
    try {
      return {
        ...rate,
        entry: parseWallClock(rate.entryAfter),
        exit: parseWallClock(rate.exitBefore, { allowEndOfDay: true }),
      };
    } catch (error) {
      return invalid(`flat rate "${rate.name}": ${(error as Error).message}`);
    }
  });
}

function requireAmount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) invalid(`${field} must be a non-negative integer`);
}

function invalid(message: string): never {
  throw new PricingError('INVALID_TARIFF', `Invalid tariff: ${message}`);
}
