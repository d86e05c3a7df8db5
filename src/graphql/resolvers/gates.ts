import { findGatesOfLots, findPlateRulesOfLots, listParkingSessions, listPlateReads, type TimeListKey } from '../../db/queries/gates.js';
import { addPlateRule, registerGate, removeGate, removePlateRule, setGatePolicy } from '../../domain/gates/manage-gates.js';
import { reportPlateRead } from '../../domain/gates/report-plate-read.js';
import { normalisePlate } from '../../domain/plates.js';
import { canManageInventory, canSeeGateActivity } from '../../domain/policy.js';
import { readPageRequest, toConnection } from '../connection.js';
import type {
  BookingResolvers,
  GateResolvers,
  LotResolvers,
  MutationResolvers,
  OperatorResolvers,
  ParkingSessionResolvers,
  PlateReadResolvers,
  PlateRuleResolvers,
} from '../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../global-id.js';
import { toPayload } from '../payload.js';
import { required } from './required.js';

/** A time-ordered list's cursor key (audit logs, sessions). */
export const isTimeKey = (value: unknown): value is TimeListKey =>
  typeof value === 'object' && value !== null && typeof (value as TimeListKey).at === 'string' && typeof (value as TimeListKey).id === 'string' &&
  !Number.isNaN(Date.parse((value as TimeListKey).at));

export const gateMutations: Pick<
  MutationResolvers,
  'registerGate' | 'removeGate' | 'reportPlateRead' | 'addPlateRule' | 'removePlateRule' | 'setGatePolicy'
> = {
  registerGate: async (_parent, { input }, { db, viewer }) => {
    const outcome = await registerGate(db, viewer, {
      lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId'),
      name: input.name,
      direction: input.direction,
      minConfidence: input.minConfidence ?? undefined,
    });
    return outcome.ok
      ? { gate: outcome.value.gate, deviceKey: outcome.value.deviceKey.apiKey, deviceKeySecret: outcome.value.deviceKey.secret, userErrors: [] }
      : { gate: null, deviceKey: null, deviceKeySecret: null, userErrors: outcome.errors };
  },
  removeGate: async (_parent, { input }, { db, viewer }) =>
    toPayload('gate', await removeGate(db, viewer, fromGlobalIdOf('Gate', input.gateId, 'input.gateId'))),
  reportPlateRead: async (_parent, { input }, { db, viewer }) => {
    const outcome = await reportPlateRead(db, viewer, {
      gateId: fromGlobalIdOf('Gate', input.gateId, 'input.gateId'),
      plate: input.plate,
      confidence: input.confidence,
      readAt: input.readAt,
      imageUrl: input.imageUrl,
    });
    if (!outcome.ok) return { decision: null, reason: null, read: null, userErrors: outcome.errors };
    const { read } = outcome.value;
    return { decision: read.decision, reason: read.reason, read, userErrors: [] };
  },
  addPlateRule: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'plateRule',
      await addPlateRule(db, viewer, { ...input, lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId') }),
    ),
  removePlateRule: async (_parent, { input }, { db, viewer }) =>
    toPayload('plateRule', await removePlateRule(db, viewer, fromGlobalIdOf('PlateRule', input.plateRuleId, 'input.plateRuleId'))),
  setGatePolicy: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'lot',
      await setGatePolicy(db, viewer, fromGlobalIdOf('Lot', input.lotId, 'input.lotId'), {
        walkInsAllowed: input.walkInsAllowed ?? undefined,
        earlyArrivalMinutes: input.earlyArrivalMinutes ?? undefined,
        overstayGraceMinutes: input.overstayGraceMinutes ?? undefined,
      }),
    ),
};

export const lotGateFields: Pick<LotResolvers, 'gates' | 'plateRules'> = {
  gates: (lot, _args, { db, viewer }) => (canManageInventory(viewer, lot.operatorId) ? findGatesOfLots(db, [lot.id]) : null),
  plateRules: (lot, _args, { db, viewer }) => (canManageInventory(viewer, lot.operatorId) ? findPlateRulesOfLots(db, [lot.id]) : null),
};

export const operatorGateFields: Pick<OperatorResolvers, 'plateReads' | 'parkingSessions'> = {
  plateReads: async (operator, { filter, ...args }, { db, viewer }) => {
    if (!canSeeGateActivity(viewer, operator.id)) return null;
    const page = readPageRequest('PlateRead', args, isTimeKey);
    const rows = await listPlateReads(
      db,
      operator.id,
      {
        lotId: filter?.lotId ? fromGlobalIdOf('Lot', filter.lotId, 'filter.lotId') : undefined,
        gateId: filter?.gateId ? fromGlobalIdOf('Gate', filter.gateId, 'filter.gateId') : undefined,
        plate: filter?.plate ? normalisePlate(filter.plate) : undefined,
        decisions: filter?.decisions ?? undefined,
        since: filter?.since ?? undefined,
        until: filter?.until ?? undefined,
      },
      page.first + 1,
      page.after,
    );
    return toConnection('PlateRead', rows, page.first, (row) => ({ at: row.createdAt.toISOString(), id: row.id }));
  },
  parkingSessions: async (operator, { filter, ...args }, { db, viewer }) => {
    if (!canSeeGateActivity(viewer, operator.id)) return null;
    const page = readPageRequest('ParkingSession', args, isTimeKey);
    const rows = await listParkingSessions(
      db,
      operator.id,
      {
        lotId: filter?.lotId ? fromGlobalIdOf('Lot', filter.lotId, 'filter.lotId') : undefined,
        open: filter?.open ?? undefined,
        plate: filter?.plate ? normalisePlate(filter.plate) : undefined,
      },
      page.first + 1,
      page.after,
    );
    return toConnection('ParkingSession', rows, page.first, (row) => ({ at: row.enteredAt.toISOString(), id: row.id }));
  },
};

export const Gate: GateResolvers = {
  id: (gate) => toGlobalId('Gate', gate.id),
  lot: async (gate, _args, { loaders }) => required(loaders.lot.load(gate.lotId), 'lot of gate'),
};

export const PlateRule: PlateRuleResolvers = {
  id: (rule) => toGlobalId('PlateRule', rule.id),
  lot: async (rule, _args, { loaders }) => required(loaders.lot.load(rule.lotId), 'lot of plate rule'),
};

export const PlateRead: PlateReadResolvers = {
  id: (read) => toGlobalId('PlateRead', read.id),
  gate: async (read, _args, { loaders }) => required(loaders.gate.load(read.gateId), 'gate of plate read'),
  booking: (read, _args, { loaders }) => (read.bookingId ? loaders.booking.load(read.bookingId) : null),
  session: (read, _args, { loaders }) => (read.sessionId ? loaders.parkingSession.load(read.sessionId) : null),
  repeated: (read) => read.repeatOf !== null,
  receivedAt: (read) => read.createdAt,
};

export const ParkingSession: ParkingSessionResolvers = {
  id: (session) => toGlobalId('ParkingSession', session.id),
  lot: async (session, _args, { loaders }) => required(loaders.lot.load(session.lotId), 'lot of session'),
  space: async (session, _args, { loaders }) => required(loaders.space.load(session.spaceId), 'space of session'),
  booking: (session, _args, { loaders }) => (session.bookingId ? loaders.booking.load(session.bookingId) : null),
  entryGate: async (session, _args, { loaders }) => required(loaders.gate.load(session.entryGateId), 'entry gate'),
  exitGate: (session, _args, { loaders }) => (session.exitGateId ? loaders.gate.load(session.exitGateId) : null),
  charge: (session) => (session.chargeAmount === null ? null : { amount: session.chargeAmount, currency: session.currency }),
};

export const bookingGateFields: Pick<BookingResolvers, 'parkingSession'> = {
  parkingSession: (booking, _args, { loaders }) => loaders.sessionOfBooking.load(booking.id),
};
