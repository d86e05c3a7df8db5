import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config.js';

/** What a verified token says about who sent it. */
export interface TokenClaims {
  /**
   * `parkway`: our own development token (HS256), whose subject is a user id or email;
   * `oidc`: the configured OpenID Provider's, whose subject is its own name for the person.
   */
  signer: 'parkway' | 'oidc';
  /** `iss`, already checked against the configured issuer. */
  issuer: string;
  subject: string;
  /** Lower-cased `email`, when the token has one. */
  email: string | undefined;
  /** True only when the token says `email_verified: true`; missing or anything else is false. */
  emailVerified: boolean;
  /** `name`, else `preferred_username`, when the token has either. */
  name: string | undefined;
}

/** Verifies a bearer token's signature, expiry, issuer and audience; throws when any fails. */
export type TokenVerifier = (token: string) => Promise<TokenClaims>;

/**
 * A verifier for the configured scheme: keys from an OIDC provider's JWKS (fetched and cached by
 * jose, refreshed when an unknown key id appears), or HS256 with a shared secret.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key =
    config.kind === 'oidc'
      ? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: config.jwksCooldownMs })
      : new TextEncoder().encode(config.secret);
  const signer = config.kind === 'oidc' ? 'oidc' : 'parkway';
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.kind === 'oidc' ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
  };
  return async (token) => {
    const { payload } =
      typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
    return claimsOf(signer, payload);
  };
}

function claimsOf(signer: TokenClaims['signer'], payload: JWTPayload): TokenClaims {
  if (!payload.sub || !payload.iss) throw new Error('token has no subject or issuer');
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  return {
    signer,
    issuer: payload.iss,
    subject: payload.sub,
    email: text(payload.email)?.toLowerCase(),
    emailVerified: payload.email_verified === true,
    name: text(payload.name) ?? text(payload.preferred_username),
  };
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
