/** The parents OperatorMember's and Invitation's resolvers receive (codegen.ts mappers). */
export type { MemberWithUser } from '../../../db/queries/teams.js';
export type { InvitationRow } from '../../../db/schema/index.js';
