import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { AuthConfig } from '../../config.js';

/** What a verified token says about who sent it. */
export interface TokenClaims {
  subject: string;
  email: string | undefined;
}

/** Verifies a bearer token's signature, expiry, issuer and audience; throws when any fails. */
export type TokenVerifier = (token: string) => Promise<TokenClaims>;

/**
 * A verifier for the configured scheme: keys from an OIDC provider's JWKS (fetched and cached by
 * jose, refreshed when an unknown key id appears), or HS256 with a shared secret.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key = config.kind === 'oidc' ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.kind === 'oidc' ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
  };
  return async (token) => {
    const { payload } =
      typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
    return claimsOf(payload);
  };
}

function claimsOf(payload: JWTPayload): TokenClaims {
  if (!payload.sub) throw new Error('token has no subject');
  return { subject: payload.sub, email: typeof payload.email === 'string' ? payload.email.toLowerCase() : undefined };
}

/**
 * Signs a development token (HS256). The subject is the user's id, or their email when the
 * signer has no database at hand (`npm run token`): the server then finds the user by email.
 */
export function signDevelopmentToken(
  config: Extract<AuthConfig, { kind: 'hs256' }>,
  user: { id: string; email: string },
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ email: user.email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.secret));
}
