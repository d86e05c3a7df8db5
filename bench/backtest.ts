/**
 * Backtest of the forecasts (issue 23): on a simulated year of occupancy, forecast each week from
 * the weeks before it with the model the API uses (src/domain/forecasts/model.ts) and compare its
 * mean absolute error of free spaces with the naive forecast "the same time last week".
 *
 *   npm run bench:backtest -- [--weeks 52] [--seed 1] [--url postgres://.../parkway_bench] [--sample 100]
 *
 * Two sets of lots: the demo city (built from the seed, no database) and, with `--url`, a sample of
 * the benchmark dataset's lots (bench/dataset.ts; `--sample` of them, spread over the id space).
 * Their history comes from the simulator's arrival model (src/simulator/model.ts, the same as
 * `npm run simulate -- --history` writes), held in memory: the numbers measure the forecasting
 * method on that model's traffic, not on real drivers. Each of a lot's 15-minute buckets of
 * weeks 9 to `--weeks` is forecast at the start of its week (so 0 to 7 days ahead), all kinds
 * of space together, as `Lot.forecast` answers without `spaceKind`.
 * Prints a table and, last, a JSON line.
 */
import { openPostgres } from '../src/db/client.js';
import { findLotsForSimulation } from '../src/db/queries/simulated-history.js';
import { BUCKET_MS } from '../src/domain/history/buckets.js';
import { DEFAULT_SETTINGS, forecastFromHistory, planForecast, WEEK_MS, type ForecastPlan, type ForecastSettings, type PastBucket } from '../src/domain/forecasts/model.js';
import { buildDemoCity } from '../src/seed/demo-city.js';
import { simulateHistory } from '../src/simulator/history.js';
import type { SimLot } from '../src/simulator/model.js';
import { readOptions } from './lib/args.js';

const options = readOptions(
  {
    weeks: { default: '52', number: true, help: 'weeks of simulated history (the first 8 are only learned from)' },
    seed: { default: '1', number: true, help: 'seed of the arrival model' },
    url: { default: undefined, help: 'benchmark dataset database (bench/dataset.ts); omitted: the demo city only' },
    sample: { default: '100', number: true, help: 'lots sampled from the benchmark dataset' },
    settings: { default: '{}', help: 'model settings to try instead of the defaults, as JSON (e.g. {"recency":1})' },
  },
  'npm run bench:backtest -- [--weeks 52] [--seed 1] [--url postgres://...] [--sample 100] [--settings JSON]',
);

interface Lot extends SimLot {
  operatorId: string;
}

/** A lot's (or a network's) history, all kinds summed, one slot per 15-minute bucket. */
class Series {
  readonly capacity: Float64Array;
  readonly mean: Float64Array;
  readonly max: Float64Array;
  constructor(
    readonly start: number,
    length: number,
  ) {
    this.capacity = new Float64Array(length);
    this.mean = new Float64Array(length);
    this.max = new Float64Array(length);
  }
  add(at: number, capacity: number, mean: number, max: number): void {
    const i = (at - this.start) / BUCKET_MS;
    this.capacity[i]! += capacity;
    this.mean[i]! += mean;
    this.max[i]! += max;
  }
  at(at: number): PastBucket | undefined {
    const i = (at - this.start) / BUCKET_MS;
    const capacity = this.capacity[i];
    return capacity ? { capacity, occupiedMean: this.mean[i]!, occupiedMax: this.max[i]! } : undefined;
  }
}

interface Score {
  lots: number;
  buckets: number;
  modelError: number;
  naiveError: number;
  covered: number;
  modelBrier: number;
  naiveBrier: number;
  seconds: number;
}

function backtest(lots: Lot[], weeks: number, seed: number, settings: ForecastSettings): Score {
  const started = Date.now();
  // whole weeks ending at the last Monday 00:00 UTC, so runs with the same seed agree whatever the day
  const end = Math.floor((Date.now() - 4 * 86_400_000) / WEEK_MS) * WEEK_MS + 4 * 86_400_000;
  const start = end - weeks * WEEK_MS;
  const length = weeks * 7 * 96;
  const own = new Map(lots.map((lot) => [lot.id, new Series(start, length)]));
  const networks = new Map(lots.map((lot) => [lot.operatorId, new Series(start, length)]));
  const operatorOf = new Map(lots.map((lot) => [lot.id, lot.operatorId]));
  for (const batch of simulateHistory(lots, new Date(start), new Date(end), seed)) {
    for (const row of batch) {
      const mean = row.occupiedSum / row.samples;
      own.get(row.lotId)!.add(row.bucketStart.getTime(), row.capacity, mean, row.occupiedMax);
      networks.get(operatorOf.get(row.lotId)!)!.add(row.bucketStart.getTime(), row.capacity, mean, row.occupiedMax);
    }
  }

  const score: Score = { lots: lots.length, buckets: 0, modelError: 0, naiveError: 0, covered: 0, modelBrier: 0, naiveBrier: 0, seconds: 0 };
  for (let week = 8; week < weeks; week++) {
    const now = new Date(start + week * WEEK_MS);
    const targets = Array.from({ length: 7 * 96 }, (_, i) => new Date(now.getTime() + i * BUCKET_MS));
    const plans = new Map<string, ForecastPlan>();
    for (const lot of lots) {
      let plan = plans.get(lot.timeZone);
      if (!plan) plans.set(lot.timeZone, (plan = planForecast(targets, 15, lot.timeZone, now, settings)));
      const mine = own.get(lot.id)!;
      const network = networks.get(lot.operatorId)!;
      const forecast = forecastFromHistory(
        plan,
        0,
        (at) => mine.at(at.getTime()),
        (at) => {
          const all = network.at(at.getTime());
          const lotPart = mine.at(at.getTime());
          if (!all || !lotPart || all.capacity <= lotPart.capacity) return lotPart ? undefined : all;
          return { capacity: all.capacity - lotPart.capacity, occupiedMean: all.occupiedMean - lotPart.occupiedMean, occupiedMax: all.occupiedMax - lotPart.occupiedMax };
        },
        settings,
      );
      for (const point of forecast.points) {
        const actual = mine.at(point.bucketStart.getTime());
        const lastWeek = mine.at(point.bucketStart.getTime() - WEEK_MS);
        if (!actual || !lastWeek) continue;
        const actualFree = actual.capacity - actual.occupiedMean;
        const naiveFree = lastWeek.capacity - lastWeek.occupiedMean;
        // forecasts are scaled to the latest capacity seen; compare at the capacity the bucket had
        const expected = (point.expectedFree / forecast.capacity) * actual.capacity;
        score.buckets++;
        score.modelError += Math.abs(expected - actualFree);
        score.naiveError += Math.abs(naiveFree - actualFree);
        if (actualFree >= point.freeLow - 1e-9 && actualFree <= point.freeHigh + 1e-9) score.covered++;
        const freeThroughout = actual.capacity - actual.occupiedMax >= 1 ? 1 : 0;
        const naiveChance = lastWeek.capacity - lastWeek.occupiedMax >= 1 ? 1 : 0;
        score.modelBrier += (point.probabilityFree - freeThroughout) ** 2;
        score.naiveBrier += (naiveChance - freeThroughout) ** 2;
      }
    }
  }
  score.seconds = (Date.now() - started) / 1000;
  return score;
}

function demoCityLots(): Lot[] {
  const city = buildDemoCity();
  return city.lots.map((lot) => {
    const capacity: SimLot['capacity'] = {};
    for (const space of city.spaces) {
      if (space.lotId === lot.id && space.operatorStatus !== 'OUT_OF_SERVICE') capacity[space.kind!] = (capacity[space.kind!] ?? 0) + 1;
    }
    return { id: lot.id!, operatorId: lot.operatorId, lotType: lot.lotType!, timeZone: lot.timeZone, capacity };
  });
}

async function datasetLots(url: string, sample: number): Promise<Lot[]> {
  const database = await openPostgres({ url, poolMax: 1 });
  try {
    return await findLotsForSimulation(database.db, sample);
  } finally {
    await database.close();
  }
}

const weeks = Number(options.weeks);
const seed = Number(options.seed);
const settings: ForecastSettings = { ...DEFAULT_SETTINGS, ...(JSON.parse(options.settings!) as Partial<ForecastSettings>) };
const sets: Array<[string, Lot[]]> = [['demo city (Manchester)', demoCityLots()]];
if (options.url) sets.push([`benchmark dataset, ${options.sample} lots sampled`, await datasetLots(options.url, Number(options.sample))]);

const results: Record<string, Score & { modelMae: number; naiveMae: number; coverage: number }> = {};
console.log(`backtest: ${weeks} simulated weeks (seed ${seed}), weeks 9-${weeks} forecast each from the weeks before it, 15-minute buckets; settings ${JSON.stringify(settings)}`);
console.log('| lots | buckets | MAE model (free spaces) | MAE same time last week | model / naive | 10-90% interval holds | Brier model / naive | s |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, lots] of sets) {
  const score = backtest(lots, weeks, seed, settings);
  const modelMae = score.modelError / score.buckets;
  const naiveMae = score.naiveError / score.buckets;
  const coverage = score.covered / score.buckets;
  results[name] = { ...score, modelMae, naiveMae, coverage };
  console.log(
    `| ${name}: ${score.lots} | ${score.buckets} | ${modelMae.toFixed(2)} | ${naiveMae.toFixed(2)} | ${(modelMae / naiveMae).toFixed(2)} | ${(coverage * 100).toFixed(0)}% | ${(score.modelBrier / score.buckets).toFixed(3)} / ${(score.naiveBrier / score.buckets).toFixed(3)} | ${score.seconds.toFixed(0)} |`,
  );
}
console.log(JSON.stringify(results));
