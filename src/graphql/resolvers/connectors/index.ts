/** Resolvers of schema/connectors.graphql: open-data publication and connector sources. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { ConnectorSource } from './ConnectorSource.js';
import { Mutation } from './Mutation.js';
import { Operator } from './Operator.js';

export const connectors: Resolvers = { Mutation, Operator, ConnectorSource };
