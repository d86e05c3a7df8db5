/**
 * Resolvers of schema/connectors.graphql: connector sources and the open-data choice. The fields it
 * adds to Operator live in operators/Operator.ts.
 */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { ConnectorSource } from './ConnectorSource.js';
import { Mutation } from './Mutation.js';

export const connectors: Resolvers = { Mutation, ConnectorSource };
