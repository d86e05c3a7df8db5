import type { AccountRequest } from '../../../domain/accounts/settings.js';
import type { Context } from '../../context.js';

/** The account settings of this request; every server context has them (startServer sets them). */
export function accountRequest(context: Context): AccountRequest {
  if (!context.accounts) throw new Error('this context was built without account settings');
  return context.accounts;
}
