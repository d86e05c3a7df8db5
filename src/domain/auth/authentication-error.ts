/** Credentials were sent but are not good (bad signature, expired, unknown user, revoked key). */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}
