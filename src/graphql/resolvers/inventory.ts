import { findUpcomingBlackouts } from '../../db/queries/inventory.js';
import { toHoursMinutes } from '../../domain/availability/lot-schedule.js';
import { addSpaces, updateSpace } from '../../domain/inventory/spaces.js';
import { archiveLot, createLot, createOperator, setCancellationPolicy, updateLot } from '../../domain/inventory/lots.js';
import { addBlackout, removeBlackout, setTariff, setWeeklyHours } from '../../domain/inventory/prices-and-hours.js';
import type {
  BlackoutResolvers,
  CancellationPolicyResolvers,
  FlatRateResolvers,
  LotResolvers,
  MembershipResolvers,
  MutationResolvers,
  TariffResolvers,
} from '../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../global-id.js';
import { toPayload } from '../payload.js';
import type { Loaders } from '../loaders.js';
import { required } from './required.js';
import { toWindow } from './search.js';

const lotId = (id: string) => fromGlobalIdOf('Lot', id, 'input.lotId');

/** GraphQL's nullable input fields: absent stays absent, null clears where the column allows. */
function definedOnly<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

export const inventoryMutations: Pick<
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

/** Lot fields operators manage; public like the rest of a lot. */
export const lotInventoryFields: Pick<LotResolvers, 'tariffs' | 'blackouts' | 'cancellationPolicy'> = {
  tariffs: (lot, _args, { loaders }) => loaders.tariffs.load(lot.id),
  blackouts: (lot, _args, { db, loaders }) => findUpcomingBlackouts(db, lot.id, loaders.now),
  cancellationPolicy: (lot) => lot,
};

export const Tariff: TariffResolvers = {
  hourlyRate: async (tariff, _args, { loaders }) => ({
    amount: tariff.hourlyRateAmount,
    currency: await currencyOfLot(loaders, tariff.lotId),
  }),
  dailyCap: async (tariff, _args, { loaders }) =>
    tariff.dailyCapAmount === null
      ? null
      : { amount: tariff.dailyCapAmount, currency: await currencyOfLot(loaders, tariff.lotId) },
  flatRates: async (tariff, _args, { loaders }) => {
    const currency = await currencyOfLot(loaders, tariff.lotId);
    return tariff.flatRates.map((rate) => ({ ...rate, currency }));
  },
};

export const FlatRate: FlatRateResolvers = {
  entryAfter: (rate) => toHoursMinutes(rate.entryAfter),
  exitBefore: (rate) => toHoursMinutes(rate.exitBefore),
  price: (rate) => ({ amount: rate.amount, currency: rate.currency }),
};

export const Blackout: BlackoutResolvers = {
  id: (blackout) => toGlobalId('Blackout', blackout.id),
  window: (blackout) => blackout.period,
};

export const CancellationPolicy: CancellationPolicyResolvers = {
  cancellationFee: (lot) => ({ amount: lot.cancellationFeeAmount, currency: lot.currency }),
};

export const Membership: MembershipResolvers = {
  operator: (membership, _args, { loaders }) =>
    required(loaders.operator.load(membership.operatorId), `operator ${membership.operatorId}`),
};

/** A tariff's amounts are in its lot's currency. */
async function currencyOfLot(loaders: Loaders, id: string): Promise<string> {
  return (await required(loaders.lot.load(id), `lot ${id}`)).currency;
}
