import { getTableColumns } from 'drizzle-orm';
import type { LatestReportRow } from '../../../db/queries/arrivals.js';
import { findGatesOfLots, findPlateRulesOfLots } from '../../../db/queries/gates.js';
import { findUpcomingBlackouts } from '../../../db/queries/inventory.js';
import type { SpaceListKey } from '../../../db/queries/spaces.js';
import { lots, type LotRow, type LotWeeklyHoursRow } from '../../../db/schema/index.js';
import { reportedCountsFresh, sensorFreshSince, type LiveDataTtls } from '../../../domain/availability/freshness.js';
import { lotAvailability } from '../../../domain/availability/lot-availability.js';
import { lotOccupancy } from '../../../domain/availability/occupancy.js';
import { lotOccupancyHistory } from '../../../domain/history/index.js';
import { forecastLot } from '../../../domain/forecasts/index.js';
import { canManageInventory } from '../../../domain/policy.js';
import { quoteLot } from '../../../domain/pricing/index.js';
import { validateWindow } from '../../../domain/time-window.js';
import { readPageRequest, toConnection } from '../../connection.js';
import type { LotResolvers } from '../../generated/resolvers-types.js';
import { isUuid, toGlobalId } from '../../global-id.js';
import { connectionNodeColumns, type RowFields } from '../../projection.js';
import { required } from '../base/required.js';
import { toWindow } from '../base/time-window.js';
import { SPACE_ROW_FIELDS } from './Space.js';

export const SPACE_LIST = 'lot.spaces';

export function isSpaceListKey(value: unknown): value is SpaceListKey {
  const key = value as Partial<SpaceListKey> | null;
  return typeof key?.label === 'string' && isUuid(key.id);
}

/** Which columns Lot's own resolvers read (see projection.ts); the loaders' rows are whole. */
export const LOT_ROW_FIELDS: RowFields = {
  typeName: 'Lot',
  columns: Object.keys(getTableColumns(lots)),
  fieldColumns: { id: ['id'], footprint: ['footprint'], operator: ['operatorId'], spaces: ['id'] },
};

/**
 * Every field of Lot, including those other modules' SDL adds with `extend type Lot` (the comment
 * above each group names the module); each calls that module's domain rules or queries.
 */
export const Lot: LotResolvers = {
  // lots
  id: (lot) => toGlobalId('Lot', lot.id),
  footprint: (lot) => lot.footprint?.map((ring) => ring.map(([lng, lat]) => ({ lat, lng }))) ?? null,
  operator: (lot, _args, { loaders }) => required(loaders.operator.load(lot.operatorId), `operator ${lot.operatorId}`),
  spaces: async (lot, args, { loaders }, info) => {
    const { first, after } = readPageRequest(SPACE_LIST, args, isSpaceListKey);
    const columns = connectionNodeColumns(info, SPACE_ROW_FIELDS);
    const rows = await loaders.lotSpacesPage.load({ lotId: lot.id, argument: { limit: first + 1, after, columns } });
    return toConnection(SPACE_LIST, rows, first, ({ label, id }) => ({ label, id }));
  },

  // availability: fields that depend on time
  availability: async (lot, args, { loaders }) => {
    const window = validateWindow(toWindow(args.window)!);
    const [counts, weeklyHours, blackouts] = await Promise.all([
      loaders.windowCounts.load({ lotId: lot.id, argument: window }),
      loaders.weeklyHours.load(lot.id),
      loaders.blackouts.load({ lotId: lot.id, argument: window }),
    ]);
    return lotAvailability(counts, { timeZone: lot.timeZone, weeklyHours, blackouts }, window);
  },
  occupancy: async (lot, _args, { loaders, liveData }) => lotOccupancy(lot, await loaders.statusCounts.load(lot.id), loaders.now, liveData),
  openingHours: async (lot, _args, { loaders }) => hoursOf(await loaders.weeklyHours.load(lot.id), 'OPENING_HOURS'),
  bookableHours: async (lot, _args, { loaders }) => hoursOf(await loaders.weeklyHours.load(lot.id), 'BOOKABLE_HOURS'),

  // pricing
  quote: async (lot, args, { loaders }) => {
    const window = validateWindow(toWindow(args.window)!);
    return quoteLot(lot, await loaders.tariffs.load(lot.id), args.spaceKind ?? 'STANDARD', window) ?? null;
  },

  // inventory: what operators manage, public like the rest of a lot
  tariffs: (lot, _args, { loaders }) => loaders.tariffs.load(lot.id),
  blackouts: (lot, _args, { db, loaders }) => findUpcomingBlackouts(db, lot.id, loaders.now),
  cancellationPolicy: (lot) => lot,

  // gates: the operator's business
  gates: (lot, _args, { db, viewer }) => (canManageInventory(viewer, lot.operatorId) ? findGatesOfLots(db, [lot.id]) : null),
  plateRules: (lot, _args, { db, viewer }) => (canManageInventory(viewer, lot.operatorId) ? findPlateRulesOfLots(db, [lot.id]) : null),

  // partners
  bookable: (lot) => lot.availabilitySource === 'SPACES' && lot.archivedAt === null,
  reportedAvailability: (lot) =>
    lot.availabilitySource === 'REPORTED_COUNTS' && lot.reportedFree !== null && lot.reportedAt !== null
      ? { free: lot.reportedFree, total: lot.reportedTotal ?? lot.capacity ?? lot.reportedFree, observedAt: lot.reportedAt }
      : null,

  // history: public like occupancy
  occupancyHistory: (lot, { range, bucket }, { db, loaders, history }) => lotOccupancyHistory(db, lot, range, bucket, loaders.now, history),
  // forecasts
  forecast: async (lot, args, { db, loaders }) => {
    const spaceKind = args.spaceKind ?? undefined;
    const window = { from: args.window.from, to: args.window.to };
    return { ...(await forecastLot(db, lot, window, args.bucket ?? 'HOUR', loaders.now, spaceKind)), spaceKind: spaceKind ?? null };
  },

  // arrivals
  geofenceRadiusMeters: (lot) => lot.geofenceRadiusM,
  dataFreshness: async (lot, _args, { loaders, liveData }) => {
    const latest = await loaders.latestReport.load(lot.id);
    return latest && { source: latest.source, reportedAt: latest.reportedAt, expired: isExpired(latest, lot, loaders.now, liveData) };
  },
};

/** The weekly rows of one purpose; null when there are none ("around the clock"). */
function hoursOf(rows: LotWeeklyHoursRow[], purpose: LotWeeklyHoursRow['purpose']): LotWeeklyHoursRow[] | null {
  const ofPurpose = rows.filter((row) => row.purpose === purpose);
  return ofPurpose.length > 0 ? ofPurpose : null;
}

/** Sensor statuses and partner counts expire (freshness.ts); events do not. */
function isExpired(report: LatestReportRow, lot: LotRow, now: Date, liveData: LiveDataTtls): boolean {
  if (report.source === 'SENSOR') return report.reportedAt <= sensorFreshSince(now, liveData);
  if (report.source === 'PARTNER_COUNTS') return !reportedCountsFresh(lot.reportedAt, now, liveData);
  return false;
}
