/** Resolvers of schema/teams.graphql: an operator's members and invitations. */
export { Invitation } from './Invitation.js';
export { teamMutations } from './mutations.js';
export { operatorTeamFields } from './Operator.js';
export { OperatorMember } from './OperatorMember.js';
