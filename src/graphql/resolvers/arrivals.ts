import { listStaffActions, type LatestReportRow } from '../../db/queries/arrivals.js';
import { findPlateReadsByIds, type TimeListKey } from '../../db/queries/gates.js';
import type { LotRow } from '../../db/schema/index.js';
import { admitVehicle, checkIn, checkOut, closeSession, type SelfCheckResult, type StaffActionResult } from '../../domain/arrivals/index.js';
import { liveDataTtls, reportedCountsFresh, sensorFreshSince } from '../../domain/availability/freshness.js';
import type { Outcome } from '../../domain/outcome.js';
import { canSeeGateActivity } from '../../domain/policy.js';
import { readPageRequest, toConnection } from '../connection.js';
import type {
  GateResolvers,
  LotResolvers,
  MutationResolvers,
  OperatorResolvers,
  SpaceResolvers,
  StaffActionResolvers,
} from '../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../global-id.js';
import { isTimeKey } from './gates.js';
import { required } from './required.js';

const bookingId = (id: string) => fromGlobalIdOf('Booking', id, 'input.bookingId');

function selfCheckPayload(outcome: Outcome<SelfCheckResult>) {
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { booking: null, session: null, userErrors: outcome.errors };
}

function staffActionPayload(outcome: Outcome<StaffActionResult>) {
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { action: null, session: null, userErrors: outcome.errors };
}

export const arrivalMutations: Pick<MutationResolvers, 'checkIn' | 'checkOut' | 'admitVehicle' | 'closeSession'> = {
  checkIn: async (_parent, { input }, { db, viewer }) =>
    selfCheckPayload(await checkIn(db, viewer, { bookingId: bookingId(input.bookingId), position: input.position })),
  checkOut: async (_parent, { input }, { db, viewer }) =>
    selfCheckPayload(await checkOut(db, viewer, { bookingId: bookingId(input.bookingId), position: input.position })),
  admitVehicle: async (_parent, { input }, { db, viewer }) =>
    staffActionPayload(
      await admitVehicle(db, viewer, {
        plateReadId: input.plateReadId ? fromGlobalIdOf('PlateRead', input.plateReadId, 'input.plateReadId') : null,
        gateId: input.gateId ? fromGlobalIdOf('Gate', input.gateId, 'input.gateId') : null,
        plate: input.plate,
        reason: input.reason,
      }),
    ),
  closeSession: async (_parent, { input }, { db, viewer }) =>
    staffActionPayload(
      await closeSession(db, viewer, {
        sessionId: fromGlobalIdOf('ParkingSession', input.sessionId, 'input.sessionId'),
        reason: input.reason,
        exitedAt: input.exitedAt,
      }),
    ),
};

export const lotArrivalFields: Pick<LotResolvers, 'geofenceRadiusMeters' | 'dataFreshness'> = {
  geofenceRadiusMeters: (lot) => lot.geofenceRadiusM,
  dataFreshness: async (lot, _args, { loaders }) => {
    const latest = await loaders.latestReport.load(lot.id);
    return latest && { source: latest.source, reportedAt: latest.reportedAt, expired: isExpired(latest, lot, loaders.now) };
  },
};

/** Sensor statuses and partner counts expire (freshness.ts); events do not. */
function isExpired(report: LatestReportRow, lot: LotRow, now: Date): boolean {
  if (report.source === 'SENSOR') return report.reportedAt <= sensorFreshSince(now, liveDataTtls);
  if (report.source === 'PARTNER_COUNTS') return !reportedCountsFresh(lot.reportedAt, now, liveDataTtls);
  return false;
}

export const spaceArrivalFields: Pick<SpaceResolvers, 'status'> = {
  status: (space, _args, { loaders }) => loaders.spaceStatus.load(`${space.lotId} ${space.id}`),
};

export const gateArrivalFields: Pick<GateResolvers, 'kind'> = {
  // projected reads (SQL plans) may leave the column out; a gate without it is a barrier
  kind: (gate) => gate.kind ?? 'BARRIER',
};

export const operatorArrivalFields: Pick<OperatorResolvers, 'staffActions'> = {
  staffActions: async (operator, args, { db, viewer }) => {
    if (!canSeeGateActivity(viewer, operator.id)) return null;
    const page = readPageRequest<TimeListKey>('StaffAction', args, isTimeKey);
    const rows = await listStaffActions(db, operator.id, page.first + 1, page.after);
    return toConnection('StaffAction', rows, page.first, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
  },
};

export const StaffAction: StaffActionResolvers = {
  lot: async (action, _args, { loaders }) => required(loaders.lot.load(action.lotId), 'lot of staff action'),
  performedBy: async (action, _args, { loaders }) => required(loaders.user.load(action.userId), 'user of staff action'),
  gate: (action, _args, { loaders }) => (action.gateId ? loaders.gate.load(action.gateId) : null),
  plateRead: async (action, _args, { db }) => (action.plateReadId ? ((await findPlateReadsByIds(db, [action.plateReadId]))[0] ?? null) : null),
  session: async (action, _args, { loaders }) => required(loaders.parkingSession.load(action.sessionId), 'session of staff action'),
};
