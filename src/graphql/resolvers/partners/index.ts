/** Resolvers of schema/partners.graphql: partners' lots, space statuses and counts. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Mutation } from './Mutation.js';

export const partners: Resolvers = { Mutation };
