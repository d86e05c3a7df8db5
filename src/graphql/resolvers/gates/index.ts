/** Resolvers of schema/gates.graphql: gates, plate lists, plate reads and parking sessions. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Gate } from './Gate.js';
import { Mutation } from './Mutation.js';
import { ParkingSession } from './ParkingSession.js';
import { PlateRead } from './PlateRead.js';
import { PlateRule } from './PlateRule.js';

export const gates: Resolvers = { Mutation, Gate, PlateRule, PlateRead, ParkingSession };
