import type { CityRows } from '../db/queries/demo-data.js';
import type { NewOccupancyHistory } from '../db/schema/index.js';
import { BUCKET_MS, bucketStartOf } from '../domain/history/buckets.js';
import { localDateTimeOf } from '../domain/time/zoned.js';
import { SeededRandom } from './random.js';

/** How much made-up history a new demo city gets: the live map's 24-hour charts show a curve at once. */
export const SYNTHETIC_HISTORY_HOURS = 48;

/**
 * SYNTHETIC history for the demo city, not measured: for each lot and kind of space in service,
 * the 15-minute buckets of the last 48 hours before `now`'s bucket, shaped like a city-centre
 * day (a morning and an evening peak, quiet nights) with seeded noise. The history job adds real
 * samples from then on. Rows are deterministic for a given `now`.
 */
export function syntheticHistory(city: Pick<CityRows, 'lots' | 'spaces'>, now: Date, seed = 2026): NewOccupancyHistory[] {
  const random = new SeededRandom(seed);
  const capacity = new Map<string, Map<NewOccupancyHistory['spaceKind'], number>>();
  for (const space of city.spaces) {
    if (space.operatorStatus === 'OUT_OF_SERVICE') continue;
    const kinds = capacity.get(space.lotId) ?? capacity.set(space.lotId, new Map()).get(space.lotId)!;
    const kind = space.kind ?? 'STANDARD';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const last = bucketStartOf(now).getTime() - BUCKET_MS;
  const buckets = (SYNTHETIC_HISTORY_HOURS * 60 * 60_000) / BUCKET_MS;
  const rows: NewOccupancyHistory[] = [];
  for (const lot of city.lots) {
    const busyness = 0.6 + random.next() * 0.5;
    for (const [kind, spaces] of capacity.get(lot.id!) ?? []) {
      for (let index = buckets - 1; index >= 0; index--) {
        const bucketStart = new Date(last - index * BUCKET_MS);
        const { hour, minute } = localDateTimeOf(bucketStart, lot.timeZone);
        const mean = Math.min(spaces, Math.max(0, spaces * busyness * dayShape(hour + minute / 60) + (random.next() - 0.5) * spaces * 0.1));
        const spread = Math.max(1, Math.round(spaces * 0.05));
        const occupiedMin = Math.max(0, Math.floor(mean - spread * random.next()));
        const occupiedMax = Math.min(spaces, Math.ceil(mean + spread * random.next()));
        const samples = 15;
        rows.push({
          lotId: lot.id!,
          spaceKind: kind,
          bucketStart,
          capacity: spaces,
          occupiedMin,
          occupiedMax,
          occupiedSum: Math.min(occupiedMax * samples, Math.max(occupiedMin * samples, Math.round(mean * samples))),
          samples,
          bookingsStarted: random.chance(0.15 * dayShape(hour)) ? random.int(1, 2) : 0,
          sessionsStarted: Math.round(spaces * 0.04 * dayShape(hour) * random.next() * 2),
        });
      }
    }
  }
  return rows;
}

/** How full a city-centre car park is at a local hour, 0 to 1: peaks at 11:00 and 17:00. */
function dayShape(hour: number): number {
  const peak = (centre: number, width: number) => Math.exp(-((hour - centre) ** 2) / width);
  return Math.min(1, 0.12 + 0.7 * peak(11, 8) + 0.45 * peak(17, 5));
}
