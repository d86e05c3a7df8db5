/** Resolvers of schema/arrivals.graphql: checking in and out, staff actions. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { StaffAction } from './StaffAction.js';

export const arrivals: Resolvers = { Mutation, StaffAction };
