import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/** A person at the provider: `sub` and the claims their tokens carry. */
export interface ProviderAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

/** A private signing key with its key id (published in the JWKS as its public half). */
export type SigningKey = JWK & { kid: string };

export interface TestOpenIdProvider {
  /** The provider's issuer (`http://127.0.0.1:<port>`), as its discovery document says. */
  issuer: string;
  /** `jwks_uri` from the provider's discovery document. */
  jwksUri: string;
  /** The audience of the access tokens `accessTokenFor` gets by default (the API's resource indicator). */
  audience: string;
  /** The keys the provider publishes; the first one signs. */
  signingKeys: SigningKey[];
  /**
   * A JWT access token for `account`, issued by the provider through the authorization-code flow
   * (authorization request, login and consent, code exchanged at the token endpoint).
   * `resource` asks for another audience.
   */
  accessTokenFor(account: ProviderAccount, options?: { resource?: string }): Promise<string>;
  /**
   * Replaces the provider with one that signs with a new key (the old ones still published),
   * on the same port and issuer; returns the new key's id.
   */
  rotateKeys(): Promise<string>;
  stop(): Promise<void>;
}

const API_RESOURCE = 'https://api.parkway.test/graphql';
const CLIENT = { client_id: 'parkway-test', client_secret: 'parkway-test-secret', redirect_uri: 'http://127.0.0.1/callback' };

/**
 * Starts a real OpenID Provider (the `oidc-provider` package) on a free local port, serving its
 * discovery document, JWKS, authorization and token endpoints over HTTP. Access tokens are JWTs
 * (resource indicators) with the account's email and profile claims added. Login and consent are
 * answered by the helper itself for the account named in `login_hint`. Call `stop()` in `afterAll`.
 * `signingKeys` shares another provider's keys (a provider with another issuer, same keys).
 */
export async function startOpenIdProvider(options: { signingKeys?: SigningKey[] } = {}): Promise<TestOpenIdProvider> {
  const accounts = new Map<string, ProviderAccount>();
  let signingKeys = options.signingKeys ?? [await newSigningKey()];
  let provider: Provider;
  let handle: ReturnType<Provider['callback']>;

  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      finishInteraction(provider, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configure = () => {
    provider = new Provider(issuer, configuration(accounts, signingKeys));
    handle = provider.callback();
  };
  configure();
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    jwks_uri: string;
    authorization_endpoint: string;
    token_endpoint: string;
  };

  return {
    issuer: discovery.issuer,
    jwksUri: discovery.jwks_uri,
    audience: API_RESOURCE,
    get signingKeys() {
      return signingKeys;
    },
    accessTokenFor: (account, { resource = API_RESOURCE } = {}) => {
      accounts.set(account.sub, account);
      return authorizationCodeFlow(discovery, account.sub, resource);
    },
    rotateKeys: async () => {
      const key = await newSigningKey();
      signingKeys = [key, ...signingKeys];
      configure();
      return key.kid;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: `key-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' };
}

function configuration(accounts: Map<string, ProviderAccount>, signingKeys: SigningKey[]): Configuration {
  const claimsOf = (accountId: string) => {
    const { sub: _sub, ...claims } = accounts.get(accountId) ?? { sub: accountId };
    return claims;
  };
  return {
    clients: [
      {
        client_id: CLIENT.client_id,
        client_secret: CLIENT.client_secret,
        redirect_uris: [CLIENT.redirect_uri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: signingKeys },
    cookies: { keys: ['oidc-provider-test-cookies'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    findAccount: (_ctx, accountId) =>
      accounts.has(accountId) ? { accountId, claims: () => ({ sub: accountId, ...claimsOf(accountId) }) } : undefined,
    // the API reads who the person is from its access token, so the token carries the claims
    extraTokenClaims: (_ctx, token) => ('accountId' in token && token.accountId ? claimsOf(token.accountId) : undefined),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({
          scope: 'api',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };
}

/** Logs in the account named by `login_hint` and grants what the client asked for. */
async function finishInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { params } = await provider.interactionDetails(req, res);
  const accountId = String(params.login_hint);
  const grant = new provider.Grant({ accountId, clientId: String(params.client_id) });
  grant.addOIDCScope(String(params.scope));
  grant.addResourceScope(String(params.resource), 'api');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

/** What a browser and the client's back end would do: follow redirects with cookies, then exchange the code. */
async function authorizationCodeFlow(
  discovery: { authorization_endpoint: string; token_endpoint: string },
  accountId: string,
  resource: string,
): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const authorization = new URL(discovery.authorization_endpoint);
  authorization.search = new URLSearchParams({
    client_id: CLIENT.client_id,
    response_type: 'code',
    redirect_uri: CLIENT.redirect_uri,
    scope: 'openid email profile api',
    resource,
    login_hint: accountId,
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();

  const cookies = new Map<string, string>();
  let location = authorization.href;
  while (!location.startsWith(CLIENT.redirect_uri)) {
    const response = await fetch(location, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`the provider answered ${response.status} at ${location}: ${await response.text()}`);
    location = new URL(next, location).href;
  }
  const callback = new URL(location);
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in ${location}`);

  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: CLIENT.redirect_uri,
      code_verifier: verifier,
      client_id: CLIENT.client_id,
      client_secret: CLIENT.client_secret,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no access token from the provider: ${JSON.stringify(body)}`);
  return body.access_token;
}
