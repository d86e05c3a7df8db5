import type { Database } from '../../db/client.js';
import type { LiveDataTtls } from '../availability/freshness.js';
import { forecastLots, likelyFreeBucket } from '../forecasts/index.js';
import { searchBookableLots, type LotSearch, type SearchHit } from './search-lots.js';

/** The most lots one ranked search considers (the nearest in the area). */
export const MAX_RANKED_LOTS = 500;

/** Position in a ranked result: chance first (null last), then distance, then id. */
export interface RankedPosition {
  probabilityFree: number | null;
  distanceMeters: number;
  id: string;
}

export interface RankedHit extends SearchHit {
  probabilityFree: number | null;
}

/**
 * Lots for a search ranked by the chance of a free space at `at` (`likelyFreeAt`): lots that
 * cannot be booked by their forecast's `probabilityFree` for the 15-minute bucket holding `at`;
 * bookable lots by their availability (with a window: found only when a space is free for it,
 * so 1; without one: no chance, ranked last). Nearest first among equals.
 * @throws InvalidInputError for a bad search or an `at` outside now to 7 days ahead.
 */
export async function searchLikelyFreeLots(
  db: Database,
  search: LotSearch,
  at: Date,
  first: number,
  after: RankedPosition | undefined,
  liveData: LiveDataTtls,
  now: Date,
): Promise<{ hits: RankedHit[]; hasNextPage: boolean }> {
  const bucket = likelyFreeBucket(at, now, 'likelyFreeAt');
  const found = await searchBookableLots(db, search, MAX_RANKED_LOTS, undefined, liveData, now);
  // a window leaves unbookable lots out of the search; they are looked up without it (and without
  // a price ceiling, which only a bookable lot's quote can meet)
  const unbookable = search.window
    ? search.filter?.maxPrice
      ? []
      : (await searchBookableLots(db, { ...search, window: undefined }, MAX_RANKED_LOTS, undefined, liveData, now)).hits.filter(isUnbookable)
    : found.hits.filter(isUnbookable);
  const bookable = found.hits.filter((hit) => !isUnbookable(hit));
  const forecasts = await forecastLots(db, unbookable.map(({ lot }) => lot), [bucket], 'FIFTEEN_MINUTES', now, search.filter?.spaceKind);

  const ranked: RankedHit[] = [
    ...bookable.map((hit) => ({ ...hit, probabilityFree: search.window ? 1 : null })),
    ...unbookable.map((hit) => ({ ...hit, probabilityFree: forecasts.get(hit.lot.id)!.points[0]!.probabilityFree })),
  ]
    .sort((a, b) => compareRanked(positionOf(a), positionOf(b)))
    .filter((hit) => !after || compareRanked(positionOf(hit), after) > 0);
  return { hits: ranked.slice(0, first), hasNextPage: ranked.length > first };
}

export function positionOf(hit: RankedHit): RankedPosition {
  return { probabilityFree: hit.probabilityFree, distanceMeters: hit.distanceMeters, id: hit.lot.id };
}

function isUnbookable({ lot }: SearchHit): boolean {
  return lot.availabilitySource !== 'SPACES';
}

function compareRanked(a: RankedPosition, b: RankedPosition): number {
  const chanceA = a.probabilityFree ?? -1;
  const chanceB = b.probabilityFree ?? -1;
  if (chanceA !== chanceB) return chanceB - chanceA;
  if (a.distanceMeters !== b.distanceMeters) return a.distanceMeters - b.distanceMeters;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
