/** Resolvers of schema/pricing.graphql: quotes and their lines. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Quote } from './Quote.js';
import { QuoteLine } from './QuoteLine.js';

export const pricing: Resolvers = { Quote, QuoteLine };
