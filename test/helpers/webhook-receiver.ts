import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST a receiver got. */
export interface ReceivedWebhook {
  /** The `webhook-id` header. */
  id: string;
  /** The request's path and query (endpoints sharing a receiver differ in it). */
  path: string;
  headers: Record<string, string>;
  body: string;
  /** `JSON.parse(body)`. */
  json: { type: string; timestamp: string; data: Record<string, unknown> };
  /** The status the receiver answered. */
  status: number;
  receivedAt: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hooks` */
  url: string;
  /** Every request, in arrival order (answered or not). */
  hits: ReceivedWebhook[];
  /** Decides each answer's status; replace it to make the endpoint fail. @default () => 204 */
  respond: (hit: Omit<ReceivedWebhook, 'status'>) => number;
  /** Answer after this long (a slow endpoint). @default 0 */
  delayMs: number;
  /** Resolves once `done(hits)` is true; rejects after `timeoutMs`. */
  waitFor(done: (hits: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A partner's endpoint: a real HTTP server on a free local port that records what it receives. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver = {
    hits: [] as ReceivedWebhook[],
    respond: (() => 204) as WebhookReceiver['respond'],
    delayMs: 0,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = flatten(req.headers);
      const hit = { id: headers['webhook-id'] ?? '', path: req.url ?? '', headers, body, json: JSON.parse(body) as ReceivedWebhook['json'], receivedAt: Date.now() };
      const status = receiver.respond(hit);
      receiver.hits.push({ ...hit, status });
      setTimeout(() => {
        res.statusCode = status;
        res.end(status >= 400 ? 'receiver says no' : '');
      }, receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks`,
    waitFor: async (done: (hits: ReceivedWebhook[]) => boolean, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!done(receiver.hits)) {
        if (Date.now() > deadline) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${receiver.hits.length} requests so far)`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
}
