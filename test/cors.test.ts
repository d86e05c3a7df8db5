import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../src/config.js';
import { allowedOrigins, DEVELOPMENT_ORIGINS, OriginListError, PREFLIGHT_MAX_AGE_SECONDS } from '../src/server/cors.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Browser frontends on their own origin (src/server/cors.ts, security-headers.ts): CORS answers,
// the WebSocket's origin check and the security headers, through the real endpoints. What a real
// browser makes of them: test/e2e/cross-origin.test.ts.

const APP = 'https://app.example.com';
const REVIEW_APP = 'https://pr-42.review.example.com';
const LISTED = [APP, 'https://*.review.example.com'];
/** What browsers' GraphQL clients send beside safelisted headers: JSON, tokens, Apollo's headers. */
const CLIENT_HEADERS = 'apollo-require-preflight,apollographql-client-name,apollographql-client-version,authorization,content-type,x-apollo-operation-name';

/** A server with an allow-list, one with the development default, one in production with HSTS. */
let listed: TestServer;
let development: TestServer;
let production: TestServer;

beforeAll(async () => {
  listed = await startTestServer({ corsOrigins: LISTED });
  development = await startTestServer({ database: listed.database });
  production = await startTestServer({ database: listed.database, production: true, hsts: true });
});

afterAll(async () => {
  await production?.stop();
  await development?.stop();
  await listed?.stop();
});

const preflight = (server: TestServer, origin: string, method = 'POST') =>
  fetch(`${server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,authorization' },
  });

const postQuery = (server: TestServer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

/** A query the express route serves (the fast path takes only JSON POSTs). */
const getQuery = (server: TestServer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { 'apollo-require-preflight': 'true', accept: 'application/json', ...headers },
  });

const corsHeadersOf = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
const splitList = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase());

/** The headers that must not differ between the fast path and express (ids and lengths do). */
function policyHeaders(response: Response): Record<string, string> {
  const varying = new Set(['date', 'content-length', 'x-request-id', 'etag', 'connection', 'keep-alive']);
  return Object.fromEntries([...response.headers].filter(([name]) => !varying.has(name)));
}

describe('allowedOrigins (the CORS_ORIGINS syntax)', () => {
  const allows = allowedOrigins([...LISTED, 'http://localhost:*', 'https://api.example.com:8443']);

  it('allows exact origins, with a default port written or not, in any case', () => {
    expect(allows(APP)).toBe(true);
    expect(allows('HTTPS://App.Example.com')).toBe(true);
    expect(allowedOrigins(['https://app.example.com:443'])(APP)).toBe(true);
    expect(allows('https://api.example.com:8443')).toBe(true);
  });

  it('refuses another scheme, port or host, and the null origin', () => {
    expect(allows('http://app.example.com')).toBe(false);
    expect(allows('https://app.example.com:8443')).toBe(false);
    expect(allows('https://api.example.com')).toBe(false);
    expect(allows('https://app.example.com.evil.net')).toBe(false);
    expect(allows('https://evilapp.example.com')).toBe(false);
    expect(allows('null')).toBe(false);
  });

  it('lets "*." stand for exactly one label: never two, never none, never across a dot', () => {
    expect(allows(REVIEW_APP)).toBe(true);
    expect(allows('https://a.b.review.example.com')).toBe(false);
    expect(allows('https://review.example.com')).toBe(false);
    expect(allows('https://pr-42review.example.com')).toBe(false);
    expect(allows('https://pr-42.review.example.com.evil.net')).toBe(false);
    expect(allows('https://evil.net/.review.example.com')).toBe(false);
    expect(allows('http://pr-42.review.example.com')).toBe(false);
    expect(allows('https://pr-42.review.example.com:444')).toBe(false);
  });

  it('lets ":*" stand for any port or none', () => {
    expect(allows('http://localhost')).toBe(true);
    expect(allows('http://localhost:5173')).toBe(true);
    expect(allows('https://localhost:5173')).toBe(false);
    expect(allows('http://localhost.evil.net:5173')).toBe(false);
  });

  it('refuses entries that are not origins, naming them', () => {
    for (const entry of ['*', 'https://*', 'https://*.com', 'https://app.example.com/', 'https://app.example.com/path', 'https://a.*.example.com', 'https://*pr.example.com', 'app.example.com', 'https://user@app.example.com']) {
      expect(() => allowedOrigins([entry]), entry).toThrow(OriginListError);
    }
    expect(() => allowedOrigins(['https://app.example.com/'])).toThrow('"https://app.example.com/" is not an origin');
  });
});

describe('configuration', () => {
  const secret = { JWT_SECRET: 'x'.repeat(32) };

  it('reads CORS_ORIGINS as a comma-separated list, and HSTS', () => {
    const config = loadConfig({ CORS_ORIGINS: ` ${APP}, https://*.review.example.com ,`, HSTS: 'true' });
    expect(config.corsOrigins).toEqual(LISTED);
    expect(config.hsts).toBe(true);
  });

  it('allows localhost on any port in development and nothing in production by default; HSTS off', () => {
    expect(loadConfig({}).corsOrigins).toEqual(DEVELOPMENT_ORIGINS);
    expect(loadConfig({}).hsts).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).corsOrigins).toEqual([]);
  });

  it('refuses a list with an entry that is not an origin, naming the variable', () => {
    expect(() => loadConfig({ CORS_ORIGINS: `${APP},https://app.example.com/` })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/^CORS_ORIGINS: "\*" is not an origin/);
  });
});

describe('CORS over HTTP', () => {
  it('answers an allowed origin\'s preflight 204 with methods, headers and max-age, and no credentials', async () => {
    for (const origin of [APP, REVIEW_APP]) {
      const response = await preflight(listed, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(splitList(response.headers.get('access-control-allow-methods')).sort()).toEqual(['get', 'options', 'post']);
      expect(splitList(response.headers.get('access-control-allow-headers')).sort().join(',')).toBe(CLIENT_HEADERS);
      expect(response.headers.get('access-control-max-age')).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(splitList(response.headers.get('vary'))).toContain('origin');
    }
  });

  it('gives an origin not on the list no CORS header: its preflight is refused, its answers unreadable', async () => {
    for (const origin of ['https://evil.example.com', 'https://a.b.review.example.com', 'https://app.example.com.evil.net', 'null']) {
      const refused = await preflight(listed, origin);
      expect(refused.status, origin).toBe(403);
      expect(corsHeadersOf(refused), origin).toEqual([]);
      expect(splitList(refused.headers.get('vary'))).toContain('origin');

      const post = await postQuery(listed, { origin });
      expect(post.status).toBe(200);
      expect(corsHeadersOf(post), origin).toEqual([]);
      expect(splitList(post.headers.get('vary'))).toContain('origin');
    }
  });

  it('lets an allowed origin read the answers of both HTTP paths, with identical headers', async () => {
    const token = await listed.tokenFor('driver@parkway.dev');
    const fast = await postQuery(listed, { origin: REVIEW_APP, authorization: `Bearer ${token}` });
    const viaExpress = await getQuery(listed, { origin: REVIEW_APP });
    for (const response of [fast, viaExpress]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
    expect(fast.headers.get('access-control-allow-origin')).toBe(REVIEW_APP);
    expect(fast.headers.get('access-control-allow-credentials')).toBeNull();
    expect(policyHeaders(fast)).toEqual(policyHeaders(viaExpress));
  });

  it('sends Vary: Origin without an Origin too, so a cache never mixes answers', async () => {
    const response = await postQuery(listed);
    expect(splitList(response.headers.get('vary'))).toContain('origin');
    expect(corsHeadersOf(response)).toEqual([]);
  });

  it('keeps Apollo\'s CSRF prevention for simple requests, from allowed origins too', async () => {
    const simpleGet = await fetch(`${listed.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: APP } });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('CSRF');
    const simplePost = await fetch(`${listed.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simplePost.status).toBe(400);
  });

  it('allows localhost and 127.0.0.1 on any port by default in development, and no origin in production', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'https://localhost:3000']) {
      expect((await preflight(development, origin)).headers.get('access-control-allow-origin')).toBe(origin);
      expect((await preflight(production, origin)).status).toBe(403);
    }
    expect((await preflight(development, APP)).status).toBe(403);
  });
});

describe('WebSocket origins', () => {
  /** The handshake's status: 101 when the server upgrades, else the status it refused with. */
  const handshake = (server: TestServer, origin?: string) =>
    new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', origin ? { origin } : {});
      socket.once('upgrade', (response) => {
        resolve(response.statusCode!);
        socket.close();
      });
      socket.once('unexpected-response', (_request, response) => {
        resolve(response.statusCode!);
        response.resume();
      });
      socket.once('error', reject);
    });

  /** Runs `{ __typename }` over graphql-ws with this Origin. */
  async function typenameOverWebSocket(server: TestServer, origin?: string): Promise<unknown> {
    class WebSocketFrom extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, origin ? { origin } : {});
      }
    }
    const client = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocketFrom, retryAttempts: 0 });
    try {
      const iterator = client.iterate({ query: '{ __typename }' })[Symbol.asyncIterator]();
      return (await iterator.next()).value;
    } finally {
      await client.dispose();
    }
  }

  it('refuses a handshake from an origin not on the list with 403, before graphql-ws', async () => {
    expect(await handshake(listed, 'https://evil.example.com')).toBe(403);
    expect(await handshake(listed, 'https://a.b.review.example.com')).toBe(403);
    expect(await handshake(production, 'http://localhost:5173')).toBe(403);
    expect(listed.hub.subscriptionCount).toBe(0);
  });

  it('accepts allowed origins, the server\'s own, and clients that send no Origin', async () => {
    expect(await handshake(listed, REVIEW_APP)).toBe(101);
    expect(await handshake(listed, listed.url)).toBe(101);
    expect(await handshake(production, production.url)).toBe(101);
    expect(await handshake(listed)).toBe(101);
    expect(await handshake(development, 'http://127.0.0.1:5173')).toBe(101);
    expect(await typenameOverWebSocket(listed, APP)).toEqual({ data: { __typename: 'Query' } });
    expect(await typenameOverWebSocket(listed)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('security headers', () => {
  const paths = (server: TestServer) => [
    () => postQuery(server),
    () => getQuery(server),
    () => fetch(`${server.url}/`),
    () => fetch(`${server.url}/healthz`),
    () => fetch(`${server.url}/no-such-path`),
    () => preflight(server, APP),
  ];

  it('sends nosniff, a CSP and no X-Powered-By on every answer, HSTS only when asked', async () => {
    for (const server of [listed, production]) {
      for (const request of paths(server)) {
        const response = await request();
        expect(response.headers.get('x-powered-by')).toBeNull();
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        // express's own 404 page brings a stricter one (default-src 'none')
        expect(response.headers.get('content-security-policy')).toMatch(/^default-src '(self|none)'|frame-ancestors/);
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        if (server === production) expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
        else expect(response.headers.get('strict-transport-security')).toBeNull();
      }
    }
  });

  it('gives the live map a strict policy: its own scripts and connections, tiles as images', async () => {
    const csp = (await fetch(`${listed.url}/`)).headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data: https:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect((await fetch(`${production.url}/`)).headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('lets Apollo Sandbox\'s own nonce policy run its page, and gives JSON nothing to load in production', async () => {
    const landing = await fetch(`${listed.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).toContain('text/html');
    const csp = landing.headers.get('content-security-policy')!;
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('script-src ');
    expect(await landing.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-[0-9a-f]+'/);
    expect((await postQuery(production)).headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
  });
});
