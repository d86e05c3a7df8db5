import type { Database } from '../../db/client.js';
import { searchLots, type SearchPosition, type SearchRow } from '../../db/queries/search.js';
import { findTariffsOfLots } from '../../db/queries/tariffs.js';
import type { TariffWithFlatRates } from '../../db/queries/tariffs.js';
import type { LotBlackoutRow, SpaceRow } from '../../db/schema/index.js';
import { closedReasonFor } from '../availability/lot-availability.js';
import { scheduleOf, type LotHours } from '../availability/lot-schedule.js';
import { InvalidInputError } from '../errors.js';
import { quoteLot } from '../pricing/index.js';
import { isOpenThroughout } from '../schedule/index.js';
import { physicalOccupancyFor, type LiveDataTtls } from '../availability/freshness.js';
import { validateWindow } from '../time-window.js';
import type { TimeWindow } from '../time/zoned.js';
import { resolveArea, type SearchArea } from './search-area.js';

/** Conditions a lot must meet; all optional. */
export interface LotSearchFilter {
  spaceKind?: SpaceRow['kind'];
  vehicleHeightCm?: number;
  covered?: boolean;
  publicOnly?: boolean;
  operatorId?: string;
  /** Needs a window: the quote for it must be at most this, in this currency. */
  maxPrice?: { amount: number; currency: string };
  openNow?: boolean;
}

export interface LotSearch {
  area: SearchArea;
  /** Only lots that can take a booking for the whole window. */
  window?: TimeWindow;
  filter?: LotSearchFilter;
}

/**
 * A lot found, with what the checks already read about it, so the API can hand the rows to its
 * loaders instead of reading them again for `Lot.availability` or `Lot.quote`.
 */
export interface SearchHit extends SearchRow {
  /** Blackouts overlapping exactly the search window (absent when a wider span was read). */
  blackoutsInWindow?: LotBlackoutRow[];
  tariffs?: TariffWithFlatRates[];
}

export interface LotSearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
  /**
   * Where the next page starts when this one stopped early (the work cap was reached before
   * `first` lots passed the checks): the last lot examined, which may be past the last hit.
   */
  resumeAfter?: SearchPosition;
}

// candidates are fetched nearest first in chunks and checked for free spaces (in SQL), schedules
// and prices; the number of chunks is capped so one request's work stays bounded (a page cut
// short says hasNextPage and resumes after the last lot examined)
const MAX_CHUNKS = 8;
const OPEN_NOW_PROBE_MS = 60_000;

/**
 * Lots for a driver's search, nearest first, `first` at a time after `after`. The SQL decides
 * area, static filters and free spaces; opening hours, bookable hours, blackouts, `openNow` and
 * `maxPrice` are decided here by the same rules `Lot.availability` and `Lot.quote` use.
 * @throws InvalidInputError for a bad area, window or filter.
 */
export async function searchBookableLots(
  db: Database,
  search: LotSearch,
  first: number,
  after: SearchPosition | undefined,
  liveData: LiveDataTtls,
  now = new Date(),
): Promise<LotSearchPage> {
  const filter = search.filter ?? {};
  const window = search.window && validateWindow(search.window);
  validateFilter(filter, window);
  const query = {
    ...resolveArea(search.area),
    window,
    physical: window && physicalOccupancyFor(window, now, liveData),
    spaceKind: filter.spaceKind,
    vehicleHeightCm: filter.vehicleHeightCm,
    covered: filter.covered,
    publicOnly: filter.publicOnly,
    operatorId: filter.operatorId,
    currency: filter.maxPrice?.currency,
  };
  const needsChecks = window !== undefined || filter.openNow === true;
  const nowProbe = { start: now, end: new Date(now.getTime() + OPEN_NOW_PROBE_MS) };
  // one read of blackouts serves both questions: the window's and (for openNow) the present's
  // (the window object itself when it is the span: the API then hands those blackouts to Lot.availability)
  const blackoutSpan = window ? (filter.openNow ? spanOf(window, nowProbe) : window) : nowProbe;
  const checks: Checks = { window, filter, nowProbe, blackoutsAreTheWindows: window !== undefined && blackoutSpan === window };

  const hits: SearchHit[] = [];
  let position = after;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    // the SQL already left out lots without a free space, so most candidates pass the checks
    // here: a quarter more than the page (and the one that says more follow) lets one statement
    // normally fill it, at most 127 lots for the largest page
    const limit = needsChecks ? first + 1 + Math.ceil((first + 1) / 4) : first + 1;
    // the candidates (with a window: only those with a free space, and their counts for it) come
    // with their hours and blackouts when they are to be checked
    const candidates = await searchLots(db, query, limit, position, needsChecks ? { hoursFor: blackoutSpan } : {});
    const accepted = needsChecks ? await keepBookable(db, candidates, checks) : candidates;
    hits.push(...accepted);
    if (hits.length > first) return { hits: hits.slice(0, first), hasNextPage: true };
    if (candidates.length < limit) return { hits, hasNextPage: false };
    const last = candidates.at(-1)!;
    position = { distanceMeters: last.distanceMeters, id: last.lot.id };
  }
  return { hits, hasNextPage: true, resumeAfter: position };
}

function validateFilter(filter: LotSearchFilter, window: TimeWindow | undefined): void {
  if (filter.maxPrice) {
    if (!window) throw new InvalidInputError('filter.maxPrice', 'filter.maxPrice needs a window to price');
    if (!(Number.isSafeInteger(filter.maxPrice.amount) && filter.maxPrice.amount >= 0)) {
      throw new InvalidInputError('filter.maxPrice', 'filter.maxPrice.amount must be a whole number of minor units, 0 or more');
    }
    if (!/^[A-Z]{3}$/.test(filter.maxPrice.currency)) {
      throw new InvalidInputError('filter.maxPrice', 'filter.maxPrice.currency must be an ISO 4217 code such as GBP');
    }
  }
  if (filter.vehicleHeightCm !== undefined && !(filter.vehicleHeightCm > 0 && filter.vehicleHeightCm <= 1_000)) {
    throw new InvalidInputError('filter.vehicleHeightCm', 'filter.vehicleHeightCm must be between 1 and 1000');
  }
}

interface Checks {
  window: TimeWindow | undefined;
  filter: LotSearchFilter;
  /** The next minute, for `openNow`. */
  nowProbe: TimeWindow;
  /** The candidates' blackouts were read for exactly the window (not a wider span). */
  blackoutsAreTheWindows: boolean;
}

/** The candidates (read with their hours) that are open, bookable and cheap enough for the search. */
async function keepBookable(db: Database, candidates: SearchRow[], { window, filter, nowProbe, blackoutsAreTheWindows }: Checks): Promise<SearchHit[]> {
  if (candidates.length === 0) return [];
  // prices are the one thing the search statement does not read (only maxPrice needs them)
  const tariffs = filter.maxPrice ? await findTariffsOfLots(db, candidates.map(({ lot }) => lot.id)) : [];
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    const { lot } = candidate;
    const hours = { timeZone: lot.timeZone, weeklyHours: candidate.weeklyHours ?? [], blackouts: candidate.blackouts ?? [] };
    const lotTariffs = filter.maxPrice ? tariffs.filter((tariff) => tariff.lotId === lot.id) : undefined;
    if (filter.openNow && !isOpenNow(hours, nowProbe)) continue;
    if (window && closedReasonFor(hours, window) !== null) continue;
    if (filter.maxPrice && window) {
      const quote = quoteLot(lot, lotTariffs!, filter.spaceKind ?? 'STANDARD', window);
      if (!quote || quote.amount > filter.maxPrice.amount) continue;
    }
    hits.push({ ...candidate, blackoutsInWindow: blackoutsAreTheWindows ? hours.blackouts : undefined, tariffs: lotTariffs });
  }
  return hits;
}

function isOpenNow(hours: LotHours, probe: TimeWindow): boolean {
  const closedNow = hours.blackouts.some(({ period }) => period.start < probe.end && probe.start < period.end);
  return !closedNow && isOpenThroughout(scheduleOf(hours, 'OPENING_HOURS'), probe);
}

function spanOf(a: TimeWindow, b: TimeWindow): TimeWindow {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

