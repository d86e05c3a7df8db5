import type { Database } from '../../db/client.js';
import { findLotCapacities, findLotSamples, findNetworkSamples, type HistorySample } from '../../db/queries/forecasts.js';
import type { LotRow, SpaceRow } from '../../db/schema/index.js';
import { InvalidInputError } from '../errors.js';
import { forecastFromHistory, planForecast, type Forecast, type ForecastPlan, type PastBucket } from './model.js';

export type { Forecast, ForecastMethod, ForecastPoint } from './model.js';

export type ForecastBucket = 'FIFTEEN_MINUTES' | 'HOUR';

const BUCKET_MINUTES: Record<ForecastBucket, number> = { FIFTEEN_MINUTES: 15, HOUR: 60 };

/** The longest window one forecast may cover, and how far ahead its start may be. */
export const MAX_FORECAST_DAYS = 7;
const MAX_FORECAST_MS = MAX_FORECAST_DAYS * 24 * 60 * 60 * 1000;

export interface ForecastWindow {
  from: Date;
  to: Date;
}

/** What a forecast needs of a lot. */
export type ForecastLot = Pick<LotRow, 'id' | 'operatorId' | 'timeZone'>;

function startOfBucket(instant: Date, minutes: number): Date {
  const length = minutes * 60 * 1000;
  return new Date(Math.floor(instant.getTime() / length) * length);
}

/**
 * Checks a forecast window: not reversed or empty, at most 7 days long, starting no earlier than
 * the current 15-minute bucket and no later than 7 days from now (history is kept by week: a
 * later start would have little of it). `field` names the argument in the error.
 * @throws InvalidInputError
 */
export function validateForecastWindow({ from, to }: ForecastWindow, now: Date, field = 'window'): ForecastWindow {
  if (!(to.getTime() > from.getTime())) throw new InvalidInputError(field, `${field}.to must be after ${field}.from`);
  if (to.getTime() - from.getTime() > MAX_FORECAST_MS) {
    throw new InvalidInputError(field, `a forecast window may be at most ${MAX_FORECAST_DAYS} days long`);
  }
  if (from.getTime() < startOfBucket(now, 15).getTime()) {
    throw new InvalidInputError(`${field}.from`, `${field}.from is in the past: a forecast starts at the current 15-minute bucket or later`);
  }
  if (from.getTime() > now.getTime() + MAX_FORECAST_MS) {
    throw new InvalidInputError(`${field}.from`, `${field}.from may be at most ${MAX_FORECAST_DAYS} days from now`);
  }
  return { from, to };
}

/** The starts of the buckets of `bucket` length whose start falls in the window (the first holds `from`). */
export function bucketStartsOf({ from, to }: ForecastWindow, bucket: ForecastBucket): Date[] {
  const minutes = BUCKET_MINUTES[bucket];
  const starts: Date[] = [];
  for (let at = startOfBucket(from, minutes).getTime(); at < to.getTime(); at += minutes * 60 * 1000) starts.push(new Date(at));
  return starts;
}

/**
 * Forecasts for several lots over the same buckets: three statements whatever the number of
 * lots (their history at the planned times, their networks' and their capacities).
 */
export async function forecastLots(
  db: Database,
  lots: readonly ForecastLot[],
  bucketStarts: readonly Date[],
  bucket: ForecastBucket,
  now: Date,
  kind?: SpaceRow['kind'],
): Promise<Map<string, Forecast>> {
  const plans = new Map<string, ForecastPlan>();
  for (const { timeZone } of lots) {
    if (!plans.has(timeZone)) plans.set(timeZone, planForecast(bucketStarts, BUCKET_MINUTES[bucket], timeZone, now));
  }
  const instants = uniqueInstants([...plans.values()]);
  const lotIds = lots.map((lot) => lot.id);
  const operatorIds = [...new Set(lots.map((lot) => lot.operatorId))];
  const [own, networks, capacities] = await Promise.all([
    findLotSamples(db, lotIds, instants, kind),
    findNetworkSamples(db, operatorIds, instants, kind),
    findLotCapacities(db, lotIds, kind),
  ]);
  const ownByKey = indexSamples(own);
  const networkByKey = indexSamples(networks);
  const forecasts = new Map<string, Forecast>();
  for (const lot of lots) {
    const mine = ownByKey.get(lot.id);
    const network = networkByKey.get(lot.operatorId);
    forecasts.set(
      lot.id,
      forecastFromHistory(
        plans.get(lot.timeZone)!,
        capacities.get(lot.id) ?? 0,
        (at) => mine?.get(at.getTime()),
        // the network is the operator's other lots: this lot's own rows taken out again
        (at) => network && withoutLot(network.get(at.getTime()), mine?.get(at.getTime())),
      ),
    );
  }
  return forecasts;
}

/** One lot's forecast over a window checked by `validateForecastWindow`. */
export async function forecastLot(
  db: Database,
  lot: ForecastLot,
  window: ForecastWindow,
  bucket: ForecastBucket,
  now: Date,
  kind?: SpaceRow['kind'],
): Promise<Forecast> {
  const valid = validateForecastWindow(window, now);
  const forecasts = await forecastLots(db, [lot], bucketStartsOf(valid, bucket), bucket, now, kind);
  return forecasts.get(lot.id)!;
}

/** The 15-minute bucket holding `at`, checked like a forecast window's start. */
export function likelyFreeBucket(at: Date, now: Date, field: string): Date {
  if (at.getTime() < startOfBucket(now, 15).getTime()) throw new InvalidInputError(field, `${field} is in the past`);
  if (at.getTime() > now.getTime() + MAX_FORECAST_MS) {
    throw new InvalidInputError(field, `${field} may be at most ${MAX_FORECAST_DAYS} days from now`);
  }
  return startOfBucket(at, 15);
}

function uniqueInstants(plans: ForecastPlan[]): Date[] {
  const seen = new Map<number, Date>();
  for (const plan of plans) for (const { past } of plan.targets) for (const { at } of past) seen.set(at.getTime(), at);
  return [...seen.values()];
}

function indexSamples(samples: HistorySample[]): Map<string, Map<number, PastBucket>> {
  const byKey = new Map<string, Map<number, PastBucket>>();
  for (const { key, bucketStart, ...bucket } of samples) {
    let ofKey = byKey.get(key);
    if (!ofKey) byKey.set(key, (ofKey = new Map()));
    ofKey.set(bucketStart.getTime(), bucket);
  }
  return byKey;
}

function withoutLot(network: PastBucket | undefined, lot: PastBucket | undefined): PastBucket | undefined {
  if (!network || !lot) return network;
  const capacity = network.capacity - lot.capacity;
  return capacity > 0
    ? { capacity, occupiedMean: network.occupiedMean - lot.occupiedMean, occupiedMax: network.occupiedMax - lot.occupiedMax }
    : undefined;
}
