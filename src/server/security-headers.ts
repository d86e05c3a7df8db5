import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPath } from './graphql-http.js';

export interface SecurityHeadersOptions {
  /** Requests for this path get the GraphQL endpoint's policy, every other path the live map's. */
  graphqlPath: string;
  /** GET `graphqlPath` serves Apollo Sandbox to browsers: its policy lets Sandbox run. */
  landingPage: boolean;
  /**
   * TLS terminates in front of the server and browsers reach it only over HTTPS (the `HSTS`
   * setting): adds `Strict-Transport-Security` (one year, subdomains included) and the CSP's
   * `upgrade-insecure-requests`. Off, neither is sent: over plain HTTP they would lock browsers
   * out of a server that has no HTTPS of its own. @default false
   */
  hsts: boolean;
}

/** helmet's CSP directives: a list of sources each, or helmet's marker for no default-src. */
type Directives = NonNullable<Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']>;

/** One year, in seconds: what HSTS preload lists ask for, and helmet's default. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/** What every page of ours forbids whatever it loads: plugins, `<base>`, framing by others. */
const BASE_POLICY: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'script-src-attr': ["'none'"],
};

/**
 * The live map at `/` (web/, built by Vite): its own scripts, styles and fonts, `fetch` and the
 * WebSocket to its own origin (CSP3's 'self' covers ws: and wss: to the same host), and map tiles
 * as images from OpenStreetMap or any HTTPS tile server named by `?tiles=` (plus `data:` for the
 * empty tile and Leaflet's icons). No inline script or style: Leaflet positions elements through
 * the CSSOM, which CSP does not restrict.
 */
const LIVE_MAP_POLICY: Directives = {
  ...BASE_POLICY,
  'img-src': ["'self'", 'data:', 'https:'],
};

/**
 * GraphQL answers are JSON: nothing in them may load or run anything, and no one may frame them.
 * This is the endpoint's policy when the landing page is off (production).
 */
const API_POLICY: Directives = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Apollo Sandbox at GET /graphql (`ApolloServerPluginLandingPageLocalDefault`). Its page carries
 * Apollo's own `<meta>` policy for scripts, styles, images, the manifest and frames (its CDN
 * hosts, and a fresh nonce per page for its inline scripts and styles) and browsers enforce both
 * policies, so this one leaves those to Apollo's and sets what a `<meta>` policy cannot or does
 * not: framing, `<base>`, plugins, forms, and where the page may connect (Sandbox's frame hands
 * each operation to this page, which runs it against this endpoint).
 */
const SANDBOX_POLICY: Directives = {
  // Apollo's policy governs each kind of resource it names; a default-src here would block them
  'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'script-src-attr': ["'none'"],
};

/**
 * Security headers for every HTTP answer, through helmet, on plain Node requests (before
 * express, so the JSON POST fast path and the express routes answer alike): no `X-Powered-By`,
 * `X-Content-Type-Options: nosniff`, a Content-Security-Policy per kind of page (the live map's,
 * Apollo Sandbox's, plain JSON's), `Referrer-Policy: strict-origin-when-cross-origin` (OpenStreetMap's
 * tile policy wants the map's origin as Referer), helmet's cross-origin isolation and framing
 * headers, and HSTS only when `hsts` says TLS terminates in front.
 *
 * Express adds `X-Powered-By` again after this runs unless the app disables it
 * (`app.disable('x-powered-by')`).
 */
export function securityHeaders({ graphqlPath, landingPage, hsts }: SecurityHeadersOptions): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const upgrade: Directives = hsts ? { 'upgrade-insecure-requests': [] } : {};
  const common: HelmetOptions = {
    strictTransportSecurity: hsts && { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
  const pages = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { ...LIVE_MAP_POLICY, ...upgrade } } });
  const graphql = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: landingPage ? { ...SANDBOX_POLICY, ...upgrade } : API_POLICY },
    // Sandbox signs in to Apollo's studio in a popup that reports back to this page
    crossOriginOpenerPolicy: { policy: landingPage ? 'same-origin-allow-popups' : 'same-origin' },
  });
  return (req, res, next) => {
    // helmet's only failures are CSP values computed per request, and these policies have none
    (isPath(req.url, graphqlPath) ? graphql : pages)(req, res, () => next());
  };
}
