/** Resolvers of schema/availability.graphql: weekly hours (a lot's availability and occupancy are Lot's fields). */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { WeeklyHours } from './WeeklyHours.js';

export const availability: Resolvers = { WeeklyHours };
