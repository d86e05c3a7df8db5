import { addSpaces, updateSpace } from '../../../domain/inventory/spaces.js';
import { archiveLot, createLot, createOperator, setCancellationPolicy, updateLot } from '../../../domain/inventory/lots.js';
import { addBlackout, removeBlackout, setTariff, setWeeklyHours } from '../../../domain/inventory/prices-and-hours.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { toWindow } from '../base/time-window.js';

const lotId = (id: string) => fromGlobalIdOf('Lot', id, 'input.lotId');

/** GraphQL's nullable input fields: absent stays absent, null clears where the column allows. */
function definedOnly<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

export const Mutation: Pick<
  MutationResolvers,
  | 'createOperator'
  | 'createLot'
  | 'updateLot'
  | 'archiveLot'
  | 'addSpaces'
  | 'updateSpace'
  | 'setTariff'
  | 'setWeeklyHours'
  | 'addBlackout'
  | 'removeBlackout'
  | 'setCancellationPolicy'
> = {
  createOperator: async (_parent, { input }, { db, viewer }) =>
    toPayload('operator', await createOperator(db, viewer, { ...input, contactEmail: input.contactEmail ?? undefined })),

  createLot: async (_parent, { input: { arrivalObservation, geofenceRadiusMeters, checkInPositionRequired, ...input } }, { db, viewer }) =>
    toPayload(
      'lot',
      await createLot(db, viewer, {
        ...input,
        ...definedOnly({ arrivalObservation, geofenceRadiusM: geofenceRadiusMeters, checkInPositionRequired }),
        operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
        amenities: input.amenities ?? [],
        maxVehicleHeightCm: input.maxVehicleHeightCm ?? null,
        covered: input.covered ?? false,
        access: input.access ?? 'PUBLIC',
      }),
    ),

  updateLot: async (_parent, { input }, { db, viewer }) => {
    const { lotId: id, geofenceRadiusMeters, ...changes } = input;
    return toPayload('lot', await updateLot(db, viewer, lotId(id), definedOnly({ ...changes, geofenceRadiusM: geofenceRadiusMeters })));
  },

  archiveLot: async (_parent, { input }, { db, viewer }) => toPayload('lot', await archiveLot(db, viewer, lotId(input.lotId))),

  addSpaces: async (_parent, { input }, { db, viewer }) => {
    const outcome = await addSpaces(
      db,
      viewer,
      lotId(input.lotId),
      input.spaces.map((space) => ({ label: space.label, kind: space.kind ?? undefined, level: space.level ?? null })),
    );
    return { spaces: outcome.ok ? outcome.value : [], userErrors: outcome.ok ? [] : outcome.errors };
  },

  updateSpace: async (_parent, { input }, { db, viewer }) => {
    const { spaceId, ...changes } = input;
    return toPayload('space', await updateSpace(db, viewer, fromGlobalIdOf('Space', spaceId, 'input.spaceId'), definedOnly(changes)));
  },

  setTariff: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'lot',
      await setTariff(db, viewer, lotId(input.lotId), {
        spaceKind: input.spaceKind ?? undefined,
        name: input.name,
        hourlyRate: input.hourlyRate,
        billingIncrementMinutes: input.billingIncrementMinutes,
        dailyCap: input.dailyCap ?? undefined,
        graceMinutes: input.graceMinutes ?? undefined,
        flatRates: (input.flatRates ?? []).map((rate) => ({ ...rate, daysOfWeek: rate.daysOfWeek ?? undefined })),
      }),
    ),

  setWeeklyHours: async (_parent, { input }, { db, viewer }) =>
    toPayload('lot', await setWeeklyHours(db, viewer, lotId(input.lotId), input.purpose, input.windows)),

  addBlackout: async (_parent, { input }, { db, viewer }) =>
    toPayload('lot', await addBlackout(db, viewer, lotId(input.lotId), toWindow(input.window)!, input.reason ?? undefined)),

  removeBlackout: async (_parent, { input }, { db, viewer }) =>
    toPayload('lot', await removeBlackout(db, viewer, fromGlobalIdOf('Blackout', input.blackoutId, 'input.blackoutId'))),

  setCancellationPolicy: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'lot',
      await setCancellationPolicy(db, viewer, lotId(input.lotId), {
        freeCancellationMinutes: input.freeCancellationMinutes,
        cancellationFeeAmount: input.cancellationFee,
        arrivalGraceMinutes: input.arrivalGraceMinutes,
      }),
    ),
};
