import { isSelf } from '../../../domain/policy.js';
import type { VehicleResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

export const Vehicle: VehicleResolvers = {
  id: (vehicle) => toGlobalId('Vehicle', vehicle.id),
  // personal: its driver's only, as the schema says
  nickname: (vehicle, _args, { viewer }) => (isSelf(viewer, vehicle.ownerId) ? vehicle.nickname : null),
};
