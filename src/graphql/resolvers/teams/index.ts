/** Resolvers of schema/teams.graphql: an operator's members and invitations. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Invitation } from './Invitation.js';
import { Mutation } from './Mutation.js';
import { OperatorMember } from './OperatorMember.js';

export const teams: Resolvers = { Mutation, OperatorMember, Invitation };
