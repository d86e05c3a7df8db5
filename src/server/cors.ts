import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VerifyClientCallbackAsync } from 'ws';

/**
 * Browser origins allowed when `CORS_ORIGINS` is not set outside production: a page served from
 * this machine on any port (Vite's dev server, a frontend's own dev server).
 */
export const DEVELOPMENT_ORIGINS: readonly string[] = ['http://localhost:*', 'https://localhost:*', 'http://127.0.0.1:*', 'https://127.0.0.1:*'];

/** What a browser sends beside the safelisted headers: JSON bodies, tokens, Apollo clients' headers. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/** How long a browser may reuse a preflight's answer: 2 hours, Chromium's cap (Firefox allows 24). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7_200;

/** Answers whether a page of this origin may read the API's responses. */
export type OriginCheck = (origin: string) => boolean;

/** Thrown by `allowedOrigins` for an entry that is not an origin or a pattern; the message names it. */
export class OriginListError extends Error {
  override name = 'OriginListError';
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/**
 * scheme, an optional `*.` wildcard label, the host (DNS name, IPv4 or bracketed IPv6), an
 * optional port or `*`; nothing after it (no path, not even `/`).
 */
const ENTRY = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;

/** A DNS label as a wildcard matches it: letters, digits and hyphens, never a dot. */
const ONE_LABEL = '[a-z0-9-]+';

/**
 * Compiles an allow-list of browser origins (the syntax of `CORS_ORIGINS`, one entry per item,
 * docs/cross-origin.md):
 *
 * - an exact origin, `https://app.example.com` or `http://localhost:5173`: scheme, host and port
 *   must all be equal (a default port may be written or left out);
 * - `*.` as the whole first label, `https://*.review.example.com`: exactly one more label in front
 *   of the rest (`pr-42.review.example.com`), never two (`a.b.review.example.com`), never the bare
 *   name (`review.example.com`); the rest needs at least two labels (`*.com` is refused);
 * - `:*` as the port, `http://localhost:*`: any port, or none.
 *
 * Letters are matched without regard to case. An Origin of `null` (sandboxed frames, files)
 * never matches.
 * @throws OriginListError for an entry with a path, a query, user info, a trailing `/`, a bare
 *   `*`, or a wildcard anywhere but the first label
 */
export function allowedOrigins(entries: readonly string[]): OriginCheck {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of entries) {
    const match = ENTRY.exec(entry.toLowerCase());
    if (!match) {
      throw new OriginListError(
        `"${entry}" is not an origin: write scheme://host[:port] (no path, no trailing /), with "*." only as the first label and ":*" for any port`,
      );
    }
    const [, scheme, wildcard, host, port] = match as unknown as [string, string, string | undefined, string, string | undefined];
    if (wildcard && !host.includes('.')) throw new OriginListError(`"${entry}": a wildcard needs a name of two labels or more after "*."`);
    const explicitPort = port === undefined || port === DEFAULT_PORTS[scheme] ? '' : port;
    if (!wildcard && port !== '*') {
      exact.add(`${scheme}://${host}${explicitPort && `:${explicitPort}`}`);
      continue;
    }
    const hostPattern = `${wildcard ? `${ONE_LABEL}\\.` : ''}${escapeRegExp(host)}`;
    const portPattern = port === '*' ? '(?::\\d{1,5})?' : explicitPort && `:${explicitPort}`;
    patterns.push(new RegExp(`^${escapeRegExp(scheme)}://${hostPattern}${portPattern}$`));
  }
  return (origin) => {
    const normalised = origin.toLowerCase();
    return exact.has(normalised) || patterns.some((pattern) => pattern.test(normalised));
  };
}

/**
 * CORS for the GraphQL endpoint, on plain Node requests (before express, so the JSON POST fast
 * path and the express route answer alike), through the `cors` middleware:
 *
 * - every answer says `Vary: Origin` (a cache must not hand one origin's answer to another);
 * - an allowed origin's preflight (`OPTIONS`) is answered 204 with the methods (GET, POST,
 *   OPTIONS), the headers clients send and a max-age; its other requests carry
 *   `Access-Control-Allow-Origin` (never `-Allow-Credentials`: tokens travel in `Authorization`);
 * - an origin not on the list gets no CORS header: its preflight is answered 403, its other
 *   requests go on as they would (the browser keeps their answers from the page);
 * - a request without `Origin` (not from a browser page) goes on untouched.
 *
 * Apollo's CSRF prevention still refuses simple requests (no preflight) that could execute
 * an operation, from any origin.
 */
export function graphqlCors(allowed: OriginCheck): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    // first on the response; the cors middleware adds to it, never twice
    res.setHeader('vary', 'Origin');
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS' && origin !== undefined && !allowed(origin)) {
      const text = 'This origin is not allowed to call the API (CORS_ORIGINS).\n';
      res.statusCode = 403;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(text));
      res.end(text);
      return;
    }
    // the cors middleware never fails: its only errors would come from the origin callback above
    middleware(req, res, () => next());
  };
}

/**
 * ws's `verifyClient` for the GraphQL WebSocket: a handshake with an `Origin` (every browser sends
 * one) must come from an allowed origin or from the server's own (`Origin` names the `Host` it
 * was sent to: the live map at `/`); others are refused with 403 before graphql-ws sees them. A
 * handshake without `Origin` (devices, servers, command-line clients) is accepted: it cannot
 * carry a browser's ambient credentials, and tokens are checked in `connection_init` as always.
 */
export function webSocketOriginCheck(allowed: OriginCheck): VerifyClientCallbackAsync<IncomingMessage> {
  return ({ req }, accept) => {
    const { origin, host } = req.headers;
    if (origin === undefined || allowed(origin) || isSameOrigin(origin, host)) return accept(true);
    accept(false, 403, 'Forbidden origin');
  };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  const start = origin.indexOf('://');
  return start > 0 && origin.slice(start + 3).toLowerCase() === host.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
