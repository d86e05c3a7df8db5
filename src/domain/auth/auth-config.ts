/**
 * JWT verification: an OIDC provider (JWKS URL, issuer, audience) in production, or HS256 with a
 * shared secret for development and tests.
 */
export type AuthConfig =
  | {
      kind: 'oidc';
      jwksUrl: string;
      issuer: string;
      audience: string;
      /**
       * After fetching the JWKS, how long a token with an unknown key id waits for the next fetch
       * (it is refused meanwhile). Tests that rotate keys set 0. @default 30_000
       */
      jwksCooldownMs?: number;
    }
  | { kind: 'hs256'; secret: string; issuer: string; audience: string };
