import type { TariffWithFlatRates } from '../../db/queries/tariffs.js';
import type { SpaceRow } from '../../db/schema/index.js';
import type { IsoWeekday, TimeWindow } from '../time/zoned.js';
import { toHoursMinutes } from '../availability/lot-schedule.js';
import { priceStay, type Price } from './price-stay.js';
import type { Tariff } from './tariff.js';

/** A price for a stay at a lot, with the tariff it came from. */
export interface LotQuote extends Price {
  tariffName: string;
}

/**
 * The tariff for a space kind: the lot's tariff for that kind, else its general tariff (no kind),
 * else none. With several candidates the oldest wins, so adding a tariff never reprices silently.
 */
export function tariffForKind(tariffs: TariffWithFlatRates[], kind: SpaceRow['kind']): TariffWithFlatRates | undefined {
  return tariffs.find((tariff) => tariff.spaceKind === kind) ?? tariffs.find((tariff) => tariff.spaceKind === null);
}

/**
 * Prices a stay at a lot for a space kind with the one pricing function bookings also use;
 * undefined when no tariff applies.
 */
export function quoteLot(
  lot: { currency: string; timeZone: string },
  tariffs: TariffWithFlatRates[],
  kind: SpaceRow['kind'],
  stay: TimeWindow,
): LotQuote | undefined {
  const tariff = tariffForKind(tariffs, kind);
  if (!tariff) return undefined;
  return { ...priceStay(toPricingTariff(tariff, lot.currency), stay, lot.timeZone), tariffName: tariff.name };
}

function toPricingTariff(row: TariffWithFlatRates, currency: string): Tariff {
  return {
    currency,
    hourlyRate: row.hourlyRateAmount,
    billingIncrementMinutes: row.billingIncrementMinutes,
    dailyCap: row.dailyCapAmount,
    graceMinutes: row.graceMinutes,
    flatRates: row.flatRates.map((rate) => ({
      name: rate.name,
      daysOfWeek: (rate.daysOfWeek as IsoWeekday[] | null) ?? null,
      entryAfter: toHoursMinutes(rate.entryAfter),
      exitBefore: toHoursMinutes(rate.exitBefore),
      amount: rate.amount,
    })),
  };
}
