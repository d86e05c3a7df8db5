/** Resolvers of schema/bookings.graphql: booking, cancelling and extending. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Booking } from './Booking.js';
import { Mutation } from './Mutation.js';

export const bookings: Resolvers = { Mutation, Booking };
