import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** How endpoint addresses are checked (server-side request forgery guard). */
export interface UrlGuardOptions {
  /**
   * Accept endpoints on private, loopback, link-local and other non-public addresses, and plain
   * `http:` (development and tests only: WEBHOOKS_ALLOW_PRIVATE_NETWORKS).
   * @default false
   */
  allowPrivateNetworks: boolean;
  /** Resolves a host name to all its addresses (tests pass their own). @default dns.lookup */
  resolve?: (hostname: string) => Promise<Array<{ address: string; family: number }>>;
}

/** Where a send goes: the checked address the connection is pinned to, so DNS cannot change it between check and connect. */
export interface ResolvedEndpoint {
  url: URL;
  address: string;
  family: 4 | 6;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };
export type ResolveCheck = { ok: true; endpoint: ResolvedEndpoint } | { ok: false; reason: string };

const MAX_URL_LENGTH = 2_000;

/** The URL's shape: absolute, HTTPS (HTTP only when private networks are allowed), no credentials. */
export function checkUrlShape(raw: string, { allowPrivateNetworks }: Pick<UrlGuardOptions, 'allowPrivateNetworks'>): UrlCheck {
  if (raw.length > MAX_URL_LENGTH) return { ok: false, reason: `The URL is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Not an absolute URL' };
  }
  if (url.protocol !== 'https:' && !(allowPrivateNetworks && url.protocol === 'http:')) {
    return { ok: false, reason: 'Endpoints must use https://' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Credentials in the URL are not accepted; verify signatures instead' };
  if (url.hash) return { ok: false, reason: 'A URL fragment is never sent; leave it out' };
  return { ok: true, url };
}

/**
 * Resolves the URL's host and refuses it when any of its addresses is not public (private,
 * loopback, link-local, unique-local, carrier-grade NAT, multicast, reserved...), unless private
 * networks are allowed. Called when an endpoint is registered and again before every send.
 */
export async function resolveEndpoint(url: URL, options: UrlGuardOptions): Promise<ResolveCheck> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: Array<{ address: string; family: number }>;
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? ((name) => dnsLookup(name, { all: true, verbatim: true })))(host);
    } catch (error) {
      return { ok: false, reason: `The host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})` };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: `The host ${host} has no address` };
  if (!options.allowPrivateNetworks) {
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused) return { ok: false, reason: `The host ${host} resolves to ${refused.address}, which is not a public address` };
  }
  const [first] = addresses;
  return { ok: true, endpoint: { url, address: first!.address, family: first!.family === 6 ? 6 : 4 } };
}

/** Only globally routable unicast addresses; an IPv4-mapped IPv6 address is judged as the IPv4 one. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}
