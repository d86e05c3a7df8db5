import type { IncomingMessage } from 'node:http';

/**
 * The client's IP address for per-IP limits. With `trustedProxyHops` = 0 it is the socket's
 * peer and `X-Forwarded-For` is ignored (anyone can write that header). Behind N proxies that
 * each append the address they received from, the client is N entries from the right of
 * `X-Forwarded-For, peer`: entries further left were written by the client and are not trusted.
 * The same rule as Express's numeric `trust proxy`, applied to HTTP and WebSocket upgrades alike.
 */
export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!;
}
