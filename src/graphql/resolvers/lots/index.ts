/** Resolvers of schema/lots.graphql: lots and their spaces. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Lot } from './Lot.js';
import { Query } from './Query.js';
import { Space } from './Space.js';

export const lots: Resolvers = { Query, Lot, Space };
