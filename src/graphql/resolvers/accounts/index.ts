/** Resolvers of the self-hosted accounts part of schema/accounts.graphql. */
import { mailedTokenMutations } from './mailed-tokens.js';
import { sessionMutations } from './sessions.js';

export const accountMutations = { ...sessionMutations, ...mailedTokenMutations };
export { userAccountFields } from './User.js';
