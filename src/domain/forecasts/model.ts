import { BUCKET_MS } from '../history/buckets.js';
import { addDays, instantOfLocal, localDateTimeOf } from '../time/zoned.js';

/**
 * The forecasting model, free of the database so the backtest (bench/backtest.ts) runs the same
 * code on history held in memory. Reasoning and measured error: docs/decisions/forecasts.md.
 */

export type ForecastMethod = 'LOT_HISTORY' | 'NETWORK_BLEND' | 'NETWORK_HISTORY' | 'NO_HISTORY';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The model's settings; the defaults are what the API uses. */
export interface ForecastSettings {
  /** Weeks of history looked at. @default 8 */
  lookbackWeeks: number;
  /** Weight of week k before the target is `recency^(k-1)`. @default 0.8 */
  recency: number;
  /** Weeks of its own history after which a lot is forecast from them alone. @default 3 */
  ownWeeksForFullWeight: number;
  /** Weight of the quarters either side of a 15-minute target (smoothing). @default 0.5 */
  neighbourWeight: number;
  /** Weight of a 50% prior in `probabilityFree`, so no answer is certain. @default 0.25 */
  priorWeight: number;
}

export const DEFAULT_SETTINGS: ForecastSettings = {
  lookbackWeeks: 8,
  recency: 0.8,
  ownWeeksForFullWeight: 3,
  neighbourWeight: 0.5,
  priorWeight: 0.25,
};

/** A past bucket as the model reads it: shares of the capacity it had then. */
export interface PastBucket {
  capacity: number;
  occupiedMean: number;
  occupiedMax: number;
}

/** One past 15-minute bucket start that informs a target bucket, and how much. */
export interface PastInstant {
  at: Date;
  /** How many weeks before the target (1 = the same time last week). */
  week: number;
  weight: number;
}

/** Which past bucket starts inform each target bucket, for one time zone. */
export interface ForecastPlan {
  targets: Array<{ bucketStart: Date; past: PastInstant[] }>;
}

export interface ForecastPoint {
  bucketStart: Date;
  expectedFree: number;
  freeLow: number;
  freeHigh: number;
  probabilityFree: number;
}

export interface Forecast {
  method: ForecastMethod;
  historyWeeks: number;
  capacity: number;
  points: ForecastPoint[];
}

/**
 * The same local wall-clock time `weeks` weeks earlier in `timeZone` (across a daylight-saving
 * change that is not 168 hours earlier).
 */
export function sameTimeWeeksBefore(instant: Date, weeks: number, timeZone: string): Date {
  const local = localDateTimeOf(instant, timeZone);
  return instantOfLocal(addDays(local, -7 * weeks), { hour: local.hour, minute: local.minute }, timeZone);
}

/**
 * The plan for targets of `bucketMinutes` (15 or 60): each target's quarters, the same times of
 * week in each of the last `lookbackWeeks` weeks (only those before `now`: later ones have no
 * history yet), the quarters either side too for a 15-minute target.
 */
export function planForecast(
  bucketStarts: readonly Date[],
  bucketMinutes: number,
  timeZone: string,
  now: Date,
  settings: ForecastSettings = DEFAULT_SETTINGS,
): ForecastPlan {
  const quarters = bucketMinutes / 15;
  const offsets =
    quarters === 1
      ? [
          { offset: 0, weight: 1 },
          { offset: -1, weight: settings.neighbourWeight },
          { offset: 1, weight: settings.neighbourWeight },
        ].filter(({ weight }) => weight > 0)
      : Array.from({ length: quarters }, (_, offset) => ({ offset, weight: 1 }));
  const targets = bucketStarts.map((bucketStart) => {
    const past: PastInstant[] = [];
    for (const { offset, weight } of offsets) {
      const quarter = new Date(bucketStart.getTime() + offset * BUCKET_MS);
      for (let week = 1; week <= settings.lookbackWeeks; week++) {
        const at = sameTimeWeeksBefore(quarter, week, timeZone);
        // a bucket still filling (or in the future) says nothing yet
        if (at.getTime() + BUCKET_MS > now.getTime()) continue;
        past.push({ at, week, weight: weight * settings.recency ** (week - 1) });
      }
    }
    return { bucketStart, past };
  });
  return { targets };
}

interface WeightedShare {
  weight: number;
  /** Occupied share of capacity, mean and most occupied moment. */
  mean: number;
  max: number;
}

/**
 * A lot's forecast from its plan: `own` gives the lot's past buckets, `network` its network's
 * (the same operator's other lots summed), either undefined where there is none. `capacity` is
 * the lot's now (0: the latest capacity seen in its history).
 */
export function forecastFromHistory(
  plan: ForecastPlan,
  capacity: number,
  own: (at: Date) => PastBucket | undefined,
  network: (at: Date) => PastBucket | undefined,
  settings: ForecastSettings = DEFAULT_SETTINGS,
): Forecast {
  const weeks = new Set<number>();
  let latestOwn: { at: number; capacity: number } | undefined;
  let networkSeen = false;
  const shares = plan.targets.map(({ past }) => {
    const ownShares: WeightedShare[] = [];
    const networkShares: WeightedShare[] = [];
    for (const { at, week, weight } of past) {
      const mine = own(at);
      if (mine && mine.capacity > 0) {
        weeks.add(week);
        if (!latestOwn || at.getTime() > latestOwn.at) latestOwn = { at: at.getTime(), capacity: mine.capacity };
        ownShares.push({ weight, mean: mine.occupiedMean / mine.capacity, max: mine.occupiedMax / mine.capacity });
      }
      const theirs = network(at);
      if (theirs && theirs.capacity > 0) {
        networkSeen = true;
        networkShares.push({ weight, mean: theirs.occupiedMean / theirs.capacity, max: theirs.occupiedMax / theirs.capacity });
      }
    }
    return { ownShares, networkShares };
  });

  const historyWeeks = weeks.size;
  const ownWeight = Math.min(1, historyWeeks / settings.ownWeeksForFullWeight);
  const method: ForecastMethod =
    historyWeeks >= settings.ownWeeksForFullWeight
      ? 'LOT_HISTORY'
      : historyWeeks > 0
        ? networkSeen
          ? 'NETWORK_BLEND'
          : 'LOT_HISTORY'
        : networkSeen
          ? 'NETWORK_HISTORY'
          : 'NO_HISTORY';
  const scale = capacity > 0 ? capacity : (latestOwn?.capacity ?? 0);

  const points = plan.targets.map(({ bucketStart }, index) => {
    const { ownShares, networkShares } = shares[index]!;
    // a lot with enough history of its own ignores its network; otherwise both, by weeks owned
    const useNetwork = method === 'NETWORK_BLEND' || method === 'NETWORK_HISTORY' || ownShares.length === 0;
    const mix = useNetwork && ownShares.length > 0 && networkShares.length > 0 ? ownWeight : ownShares.length > 0 ? 1 : 0;
    // each side's weights scaled to its share of the mix; the total stays that of the evidence
    // (so the prior in probabilityFree weighs the same against a blend as against one side)
    const ownTotal = totalWeight(ownShares);
    const networkTotal = useNetwork ? totalWeight(networkShares) : 0;
    const evidence = ownTotal * mix + networkTotal * (1 - mix);
    const pooled = [
      ...ownShares.map((share) => ({ ...share, weight: (share.weight / ownTotal) * mix * evidence })),
      ...(useNetwork ? networkShares.map((share) => ({ ...share, weight: (share.weight / networkTotal) * (1 - mix) * evidence })) : []),
    ].filter(({ weight }) => weight > 0);
    return pointFrom(bucketStart, scale, pooled, settings);
  });
  return { method, historyWeeks, capacity: scale, points };
}

function totalWeight(shares: readonly WeightedShare[]): number {
  return shares.reduce((sum, { weight }) => sum + weight, 0);
}

function pointFrom(bucketStart: Date, capacity: number, pooled: WeightedShare[], settings: ForecastSettings): ForecastPoint {
  const total = pooled.reduce((sum, { weight }) => sum + weight, 0);
  if (total === 0) return { bucketStart, expectedFree: capacity, freeLow: 0, freeHigh: capacity, probabilityFree: 0.5 };
  const free = pooled.map(({ weight, mean }) => ({ weight, value: capacity * (1 - mean) }));
  const expectedFree = free.reduce((sum, { weight, value }) => sum + weight * value, 0) / total;
  // "at least one free throughout": the most occupied moment left a space (a half, for shares)
  const hits = pooled.reduce((sum, { weight, max }) => sum + (capacity * (1 - max) >= 0.5 ? weight : 0), 0);
  return {
    bucketStart,
    expectedFree: round2(expectedFree),
    freeLow: round2(weightedQuantile(free, 0.1)),
    freeHigh: round2(weightedQuantile(free, 0.9)),
    probabilityFree: round2((hits + 0.5 * settings.priorWeight) / (total + settings.priorWeight)),
  };
}

/** The `q` quantile of weighted values, interpolating between neighbours' cumulative midpoints. */
export function weightedQuantile(values: ReadonlyArray<{ weight: number; value: number }>, q: number): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, { weight }) => sum + weight, 0);
  let before = 0;
  const midpoints = sorted.map(({ weight, value }) => {
    const mid = (before + weight / 2) / total;
    before += weight;
    return { mid, value };
  });
  if (q <= midpoints[0]!.mid) return midpoints[0]!.value;
  for (let i = 1; i < midpoints.length; i++) {
    const { mid, value } = midpoints[i]!;
    if (q <= mid) {
      const previous = midpoints[i - 1]!;
      return previous.value + ((q - previous.mid) / (mid - previous.mid)) * (value - previous.value);
    }
  }
  return midpoints.at(-1)!.value;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
