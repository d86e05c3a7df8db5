import DataLoader from 'dataloader';
import { findPaymentsOfBookings } from '../db/queries/payments.js';
import type { PaymentRow } from '../db/schema/index.js';
import type { ColumnKeys } from '../db/prepared-read.js';
import { findGatesByIds, findParkingSessionsByIds, findSessionsOfBookings } from '../db/queries/gates.js';
import type {
  BookingRow,
  GateRow,
  LotBlackoutRow,
  LotRow,
  LotWeeklyHoursRow,
  OperatorRow,
  ParkingSessionRow,
  SpaceRow,
  UserRow,
  VehicleRow,
} from '../db/schema/index.js';
import type { Database } from '../db/client.js';
import { findUsersByIds } from '../db/queries/accounts.js';
import { findBookingsByIds } from '../db/queries/bookings.js';
import { findBlackoutsOfLots, findWeeklyHoursOfLots } from '../db/queries/lot-hours.js';
import { findLotsByIds } from '../db/queries/lots.js';
import { findOperatorsByIds } from '../db/queries/operators.js';
import { findLatestReports, type LatestReportRow } from '../db/queries/arrivals.js';
import {
  countSpacesForWindow,
  countSpaceStatuses,
  findSpaceStatuses,
  type SpaceStatusRow,
  type StatusCounts,
  type WindowCounts,
} from '../db/queries/space-counts.js';
import { findSpacesByIds, listSpacesOfLots, type SpaceListKey } from '../db/queries/spaces.js';
import { findTariffsOfLots, type TariffWithFlatRates } from '../db/queries/tariffs.js';
import { findVehiclesByIds } from '../db/queries/vehicles.js';
import type { Period } from '../db/schema/columns.js';
import { physicalOccupancyFor, sensorFreshSince, type LiveDataTtls } from '../domain/availability/freshness.js';

/** A page of one lot's spaces: `limit` is the page size plus one (see `toConnection`). */
export interface SpacesPage {
  limit: number;
  after: SpaceListKey | undefined;
  /** The columns the page's readers need (projection.ts); undefined for whole rows. */
  columns: ColumnKeys;
}

/**
 * Batching caches for one request (or one WebSocket operation). Never share them between
 * requests: they cache rows, and a shared cache would serve stale or another viewer's data.
 * Every loader answers all the lots a response asks about with one statement per distinct
 * argument (window, page), so a page of 20 lots costs what a page of 1 does.
 *
 * Each loader is built on first use: a request touches two or three of them, and building all
 * of them for every request was a measurable share of a small query's cost.
 */
export class Loaders {
  #lot?: ById<LotRow>;
  #operator?: ById<OperatorRow>;
  #space?: ById<SpaceRow>;
  #booking?: ById<BookingRow>;
  #vehicle?: ById<VehicleRow>;
  #user?: ById<UserRow>;
  #gate?: ById<GateRow>;
  #parkingSession?: ById<ParkingSessionRow>;
  #sessionOfBooking?: DataLoader<string, ParkingSessionRow | null>;
  #paymentsOfBooking?: DataLoader<string, PaymentRow[]>;
  #lotSpacesPage?: ByLotAndArgument<SpacesPage, SpaceRow>;
  #weeklyHours?: ByLot<LotWeeklyHoursRow>;
  #tariffs?: ByLot<TariffWithFlatRates>;
  #blackouts?: ByLotAndArgument<Period, LotBlackoutRow>;
  #windowCounts?: ByLotAndArgument<Period, WindowCounts>;
  #statusCounts?: ByLot<StatusCounts>;
  #spaceStatus?: DataLoader<string, SpaceStatusRow['status'], string>;
  #latestReport?: DataLoader<string, LatestReportRow | null>;

  constructor(
    private readonly db: Database,
    /** How long live data is believed: statuses and counts older than this read as UNKNOWN. */
    private readonly liveData: LiveDataTtls,
    /** The moment the request started: every lot in a response is described as of it. */
    readonly now = new Date(),
  ) {}

  get lot() {
    return (this.#lot ??= byId(this.db, findLotsByIds));
  }
  get operator() {
    return (this.#operator ??= byId(this.db, findOperatorsByIds));
  }
  get space() {
    return (this.#space ??= byId(this.db, findSpacesByIds));
  }
  get booking() {
    return (this.#booking ??= byId(this.db, findBookingsByIds));
  }
  get vehicle() {
    return (this.#vehicle ??= byId(this.db, findVehiclesByIds));
  }
  get user() {
    return (this.#user ??= byId(this.db, findUsersByIds));
  }
  get gate() {
    return (this.#gate ??= byId(this.db, findGatesByIds));
  }
  get parkingSession() {
    return (this.#parkingSession ??= byId(this.db, findParkingSessionsByIds));
  }
  get sessionOfBooking() {
    return (this.#sessionOfBooking ??= new DataLoader<string, ParkingSessionRow | null>(async (bookingIds) => {
      const sessions = await findSessionsOfBookings(this.db, bookingIds);
      return bookingIds.map((id) => sessions.find((session) => session.bookingId === id) ?? null);
    }));
  }
  /** A booking's payments, its hold first (domain/payments). */
  get paymentsOfBooking() {
    return (this.#paymentsOfBooking ??= new DataLoader<string, PaymentRow[]>(async (bookingIds) => {
      const payments = await findPaymentsOfBookings(this.db, bookingIds);
      return bookingIds.map((id) => payments.filter((payment) => payment.bookingId === id));
    }));
  }
  get lotSpacesPage() {
    return (this.#lotSpacesPage ??= byLotAndArgument(
      (lotIds, page: SpacesPage) => listSpacesOfLots(this.db, lotIds, page.limit, page.after, page.columns),
      pageKey,
    ));
  }
  get weeklyHours() {
    return (this.#weeklyHours ??= byLot((lotIds) => findWeeklyHoursOfLots(this.db, lotIds)));
  }
  get tariffs() {
    return (this.#tariffs ??= byLot((lotIds) => findTariffsOfLots(this.db, lotIds)));
  }
  get blackouts() {
    return (this.#blackouts ??= byLotAndArgument((lotIds, window: Period) => findBlackoutsOfLots(this.db, lotIds, window), periodKey));
  }
  get windowCounts() {
    return (this.#windowCounts ??= byLotAndArgument(
      (lotIds, window: Period) => countSpacesForWindow(this.db, lotIds, window, physicalOccupancyFor(window, this.now, this.liveData)),
      periodKey,
    ));
  }
  /** A space's live status at the moment the request started, by `${lotId} ${spaceId}` (read per lot). */
  get spaceStatus() {
    return (this.#spaceStatus ??= new DataLoader<string, SpaceStatusRow['status'], string>(async (keys) => {
      const lotIds = [...new Set(keys.map((key) => key.split(' ')[0]!))];
      const rows = await findSpaceStatuses(this.db, lotIds, this.now, sensorFreshSince(this.now, this.liveData));
      const statusById = new Map(rows.map((row) => [row.space.id, row.status]));
      return keys.map((key) => statusById.get(key.split(' ')[1]!) ?? new Error(`no space ${key}`));
    }));
  }
  /** The newest live report of each lot (Lot.dataFreshness). */
  get latestReport() {
    return (this.#latestReport ??= new DataLoader<string, LatestReportRow | null>(async (lotIds) => {
      const rows = new Map((await findLatestReports(this.db, lotIds)).map((row) => [row.lotId, row]));
      return lotIds.map((id) => rows.get(id) ?? null);
    }));
  }
  /** Status counts at the moment the request started, so every lot in a response agrees. */
  get statusCounts() {
    return (this.#statusCounts ??= byLot((lotIds) => countSpaceStatuses(this.db, lotIds, this.now, sensorFreshSince(this.now, this.liveData))));
  }
}

type ById<Row> = DataLoader<string, Row | null>;
type ByLot<Row> = DataLoader<string, Row[]>;
type ByLotAndArgument<Argument, Row> = DataLoader<{ lotId: string; argument: Argument }, Row[], string>;

export function createLoaders(db: Database, liveData: LiveDataTtls, now = new Date()): Loaders {
  return new Loaders(db, liveData, now);
}

function byId<Row extends { id: string }>(db: Database, find: (db: Database, ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = new Map((await find(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Rows belonging to lots (hours, tariffs), loaded for many lots at once. */
function byLot<Row extends { lotId: string }>(find: (lotIds: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row[]>(async (lotIds) => {
    const rows = groupBy(await find(lotIds), (row) => row.lotId);
    return lotIds.map((lotId) => rows.get(lotId) ?? []);
  });
}

/**
 * Rows belonging to lots for an argument (a window, a page): keys asking with the same argument
 * (the same `keyOf`) share one statement.
 */
function byLotAndArgument<Argument, Row extends { lotId: string }>(
  find: (lotIds: string[], argument: Argument) => Promise<Row[]>,
  keyOf: (argument: Argument) => string,
) {
  const cacheKey = (key: { lotId: string; argument: Argument }) => `${key.lotId} ${keyOf(key.argument)}`;
  return new DataLoader<{ lotId: string; argument: Argument }, Row[], string>(
    async (keys) => {
      const results = new Map<string, Row[]>();
      for (const group of groupBy(keys, (key) => keyOf(key.argument)).values()) {
        const rows = groupBy(await find(group.map((key) => key.lotId), group[0]!.argument), (row) => row.lotId);
        for (const key of group) results.set(cacheKey(key), rows.get(key.lotId) ?? []);
      }
      return keys.map((key) => results.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

// (keys are built for every load, hundreds per response: plain strings, not JSON of objects)

function periodKey({ start, end }: Period): string {
  return `${start.getTime()}/${end.getTime()}`;
}

function pageKey({ limit, after, columns }: SpacesPage): string {
  return `${limit} ${after ? `${after.label}\u0000${after.id}` : ''} ${columnsKey(columns)}`;
}

const columnsKeys = new WeakMap<ReadonlySet<string>, string>();

// a page's column set is part of its argument: two selections of different columns are two reads
function columnsKey(columns: ColumnKeys): string {
  if (!columns) return '*';
  let key = columnsKeys.get(columns);
  if (key === undefined) columnsKeys.set(columns, (key = [...columns].sort().join()));
  return key;
}

// Map.groupBy arrives in Node 21; we support Node 20.
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
