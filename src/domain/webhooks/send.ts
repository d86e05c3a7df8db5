import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedEndpoint } from './url-guard.js';

/** What an endpoint answered, or why it did not. */
export interface SendResult {
  /** 2xx: delivered. Anything else (including a redirect, which is never followed) is a failure. */
  delivered: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** The most of a response body read (and kept in an error message): endpoints should answer fast and short. */
const MAX_RESPONSE_BYTES = 4_096;

/**
 * POSTs `body` to the endpoint, connecting to the already checked address (the URL's host name
 * is still used for the Host header and TLS), so a DNS answer that changed since the check
 * cannot redirect the request to an internal address. Never throws.
 */
export function sendWebhook(target: ResolvedEndpoint, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const request = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((settle) => {
    // whatever the socket does (a body that stalls after the headers), the send ends in time
    const deadline = setTimeout(() => {
      req.destroy();
      resolve({ delivered: false, statusCode: null, durationMs: elapsed(), error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs + 100);
    const resolve = (result: SendResult) => {
      clearTimeout(deadline);
      settle(result);
    };
    const req = request(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { 'content-type': 'application/json', 'user-agent': 'Parkway-Webhooks/1', ...headers },
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('error', (error) => resolve({ delivered: false, statusCode: res.statusCode ?? null, durationMs: elapsed(), error: error.message }));
        res.on('end', () => {
          const statusCode = res.statusCode ?? null;
          const delivered = statusCode !== null && statusCode >= 200 && statusCode < 300;
          const text = Buffer.concat(chunks).toString('utf8').slice(0, 200);
          resolve({ delivered, statusCode, durationMs: elapsed(), error: delivered ? null : `HTTP ${statusCode}${text ? `: ${text}` : ''}` });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ delivered: false, statusCode: null, durationMs: elapsed(), error: error.message }));
    req.end(body);
  });
}
