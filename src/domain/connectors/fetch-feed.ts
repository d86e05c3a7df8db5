/**
 * GETs a source's feed: the whole body within the source's timeout and MAX_FEED_BYTES, from a
 * public address only (unless private networks are allowed), connecting to the address that was
 * checked so a DNS answer that changes in between cannot point the request inside our network.
 * Redirects are not followed (one could lead anywhere): a feed that moved answers HTTP_STATUS.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveEndpoint } from '../webhooks/url-guard.js';
import { FeedError } from './feed-items.js';

/** Feeds larger than this are refused (a city's statuses are a few hundred kilobytes). */
export const MAX_FEED_BYTES = 8 * 1024 * 1024;

export interface FetchFeedOptions {
  timeoutMs: number;
  /** Accept feeds on private, loopback and link-local addresses (development and tests). */
  allowPrivateNetworks: boolean;
  /** Aborts the fetch (the scheduler stopping). */
  signal: AbortSignal;
  accept: string;
}

/** @throws FeedError TIMEOUT, NETWORK, ADDRESS_REFUSED, HTTP_STATUS or TOO_LARGE; the stop signal's reason when stopped */
export async function fetchFeed(rawUrl: string, { timeoutMs, allowPrivateNetworks, signal: stop, accept }: FetchFeedOptions): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([timeout, stop]);
  const url = new URL(rawUrl);
  const resolved = await resolveEndpoint(url, { allowPrivateNetworks });
  if (!resolved.ok) throw new FeedError(resolved.reason.includes('not a public address') ? 'ADDRESS_REFUSED' : 'NETWORK', resolved.reason);
  const { address, family } = resolved.endpoint;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    return await new Promise<string>((resolve, reject) => {
      const req = request(url, { method: 'GET', lookup: pinned, signal, headers: { accept, 'user-agent': 'Parkway-Connector/1' } }, (res) =>
        readBody(res).then(resolve, reject),
      );
      req.on('error', reject);
      req.end();
    });
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timeout.aborted) throw new FeedError('TIMEOUT', `no whole answer within ${timeoutMs} ms`);
    if (stop.aborted) throw error;
    throw new FeedError('NETWORK', `the feed could not be fetched: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function readBody(res: IncomingMessage): Promise<string> {
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    res.resume();
    throw new FeedError('HTTP_STATUS', `the feed answered HTTP ${status}`);
  }
  if (Number(res.headers['content-length']) > MAX_FEED_BYTES) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FEED_BYTES) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(): FeedError {
  return new FeedError('TOO_LARGE', `the feed is larger than ${MAX_FEED_BYTES} bytes`);
}
