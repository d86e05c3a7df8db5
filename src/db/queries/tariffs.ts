import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { tariffFlatRates, tariffs, type TariffFlatRateRow, type TariffRow } from '../schema/index.js';

/** A tariff with its flat-rate bands. */
export interface TariffWithFlatRates extends TariffRow {
  flatRates: TariffFlatRateRow[];
}

/** Every tariff of several lots with their flat rates, in two statements whatever the lot count. */
export async function findTariffsOfLots(db: Database, lotIds: readonly string[]): Promise<TariffWithFlatRates[]> {
  const tariffRows = await db
    .select()
    .from(tariffs)
    .where(inArray(tariffs.lotId, [...lotIds]))
    .orderBy(asc(tariffs.createdAt), asc(tariffs.id));
  if (tariffRows.length === 0) return [];
  const rates = await db
    .select()
    .from(tariffFlatRates)
    .where(inArray(tariffFlatRates.tariffId, tariffRows.map((tariff) => tariff.id)))
    .orderBy(asc(tariffFlatRates.name), asc(tariffFlatRates.id));
  return tariffRows.map((tariff) => ({ ...tariff, flatRates: rates.filter((rate) => rate.tariffId === tariff.id) }));
}
