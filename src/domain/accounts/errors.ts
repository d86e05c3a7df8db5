/**
 * A refusal that is not the user's input at fault, reported as a GraphQL error with
 * `extensions.code` (see server/errors.ts):
 * - RATE_LIMITED: too many attempts for this account or address; `retryAfterSeconds` says when to retry.
 * - SELF_HOSTED_ACCOUNTS_DISABLED: the deployment signs users in through an identity provider (OIDC),
 *   so password accounts, sessions and mailed account tokens are not offered.
 */
export class AccountsError extends Error {
  override readonly name = 'AccountsError';

  constructor(
    readonly code: 'RATE_LIMITED' | 'SELF_HOSTED_ACCOUNTS_DISABLED',
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
