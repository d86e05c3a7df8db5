/** Resolvers of schema/accounts.graphql: the viewer, users, vehicles and self-hosted accounts. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { User } from './User.js';
import { Vehicle } from './Vehicle.js';
import { Viewer } from './Viewer.js';

export const accounts: Resolvers = { Query, Mutation, Viewer, User, Vehicle };
