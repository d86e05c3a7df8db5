/** Resolvers of schema/realtime.graphql: the subscriptions and their payloads. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { LotOccupancyUpdate } from './LotOccupancyUpdate.js';
import { Subscription } from './Subscription.js';

export const realtime: Resolvers = { Subscription, LotOccupancyUpdate };
