/** Resolvers of schema/search.graphql: lots near a point or in a map viewport. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Query } from './Query.js';

export const search: Resolvers = { Query };
