import { listVehiclesOfOwner } from '../../../db/queries/vehicles.js';
import type { ViewerResolvers } from '../../generated/resolvers-types.js';
import { bookingConnection } from '../bookings/booking-list.js';
import { paymentConnection } from '../payments/payment-list.js';

/** Every field of Viewer, including `memberships` from schema/inventory.graphql and `payments` from payments.graphql. */
export const Viewer: ViewerResolvers = {
  user: (viewer) => viewer.user,
  vehicles: (viewer, _args, { db }) => listVehiclesOfOwner(db, viewer.user.id),
  bookings: (viewer, args, { db }) => bookingConnection(db, { driverId: viewer.user.id }, args),
  // inventory
  memberships: (viewer) => viewer.memberships,
  // payments: the driver's history
  payments: (viewer, args, { db }) => paymentConnection(db, viewer.user.id, args),
};
