import { listVehiclesOfOwner } from '../../db/queries/vehicles.js';
import { isDriverOrAdmin, isSelf } from '../../domain/policy.js';
import { addVehicle, removeVehicle, updateVehicleDetails } from '../../domain/vehicles.js';
import type { MutationResolvers, UserResolvers, VehicleResolvers, ViewerResolvers } from '../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../global-id.js';
import { toPayload } from '../payload.js';
import { bookingConnection } from './booking-list.js';

export const Viewer: ViewerResolvers = {
  user: (viewer) => viewer.user,
  vehicles: (viewer, _args, { db }) => listVehiclesOfOwner(db, viewer.user.id),
  bookings: (viewer, args, { db }) => bookingConnection(db, { driverId: viewer.user.id }, args),
  memberships: (viewer) => viewer.memberships,
};

export const User: UserResolvers = {
  id: (user) => toGlobalId('User', user.id),
  email: (user, _args, { viewer }) => (isDriverOrAdmin(viewer, user.id) ? user.email : null),
};

export const Vehicle: VehicleResolvers = {
  id: (vehicle) => toGlobalId('Vehicle', vehicle.id),
  // personal: its driver's only, as the schema says
  nickname: (vehicle, _args, { viewer }) => (isSelf(viewer, vehicle.ownerId) ? vehicle.nickname : null),
};

export const vehicleMutations: Pick<MutationResolvers, 'addVehicle' | 'updateVehicle' | 'removeVehicle'> = {
  addVehicle: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'vehicle',
      await addVehicle(db, viewer, {
        plate: input.plate,
        country: input.country,
        nickname: input.nickname ?? undefined,
        heightCm: input.heightCm ?? undefined,
      }),
    ),
  updateVehicle: async (_parent, { input }, { db, viewer }) => {
    const changes: { nickname?: string | null; heightCm?: number | null } = {};
    if (input.nickname !== undefined) changes.nickname = input.nickname;
    if (input.heightCm !== undefined) changes.heightCm = input.heightCm;
    const vehicleId = fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId');
    return toPayload('vehicle', await updateVehicleDetails(db, viewer, vehicleId, changes));
  },
  removeVehicle: async (_parent, { input }, { db, viewer }) =>
    toPayload('vehicle', await removeVehicle(db, viewer, fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId'))),
};
