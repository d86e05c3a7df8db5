/** Resolvers of schema/operators.graphql: operators and their API keys. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { ApiKey } from './ApiKey.js';
import { Mutation } from './Mutation.js';
import { Operator } from './Operator.js';

export const operators: Resolvers = { Mutation, Operator, ApiKey };
