/** Resolvers of schema/inventory.graphql: operators' lots, spaces, tariffs, hours and blackouts. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Blackout } from './Blackout.js';
import { CancellationPolicy } from './CancellationPolicy.js';
import { FlatRate } from './FlatRate.js';
import { Membership } from './Membership.js';
import { Mutation } from './Mutation.js';
import { Tariff } from './Tariff.js';

export const inventory: Resolvers = { Mutation, Tariff, FlatRate, Blackout, CancellationPolicy, Membership };
