import { GraphQLError } from 'graphql';
import type { AuthConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { createTokenVerifier } from '../domain/auth/access-tokens.js';
import { authenticate, AuthenticationError } from '../domain/auth/authenticate.js';
import type { Viewer } from '../domain/auth/viewer.js';

/** Turns credentials into a Viewer; the same rules for an HTTP header and a WebSocket's connection_init. */
export type Authenticator = (authorization: string | undefined) => Promise<Viewer>;

export function createAuthenticator(db: Database, config: AuthConfig): Authenticator {
  const verify = createTokenVerifier(config);
  return (authorization) => authenticate(db, authorization, verify);
}

/**
 * For HTTP: bad credentials end the request with UNAUTHENTICATED and status 401 before anything
 * runs, so a client with an expired token is told rather than served as anonymous.
 */
export async function viewerOfRequest(authenticator: Authenticator, authorization: string | undefined): Promise<Viewer> {
  try {
    return await authenticator(authorization);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    throw error;
  }
}

/** The credentials a graphql-ws client sent in `connection_init`: `{ authorization: "Bearer ..." }`. */
export function authorizationOfConnectionParams(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}
