import type { Database } from '../db/client.js';
import type { LiveDataTtls } from '../domain/availability/freshness.js';
import { disableWebhookEndpoint, leaseDueDeliveries, recordAttempts, type FinishedAttempt, type LeasedDelivery } from '../db/queries/webhooks.js';
import { DEFAULT_RETRY_POLICY, nextAttemptAt, shouldDisable, type RetryPolicy } from '../domain/webhooks/retry.js';
import { sendWebhook, type SendResult } from '../domain/webhooks/send.js';
import { signingSecrets, signMessage } from '../domain/webhooks/signing.js';
import { checkUrlShape, resolveEndpoint, type UrlGuardOptions } from '../domain/webhooks/url-guard.js';
import type { Logger } from '../logger.js';
import type { WebhookDeadLetterReason } from '../observability/metrics.js';
import { fanOutEvents, type FanOutOptions } from './webhook-outbox.js';

export interface WebhookWorkerOptions {
  db: Database;
  /** Rings when events were appended (the process's NotificationListener); a hint, the sweep is the guarantee. */
  doorbell: { on(event: 'doorbell', listener: () => void): unknown; off(event: 'doorbell', listener: () => void): unknown };
  logger: Logger;
  /** The SSRF guard's settings; every send re-resolves and re-checks the endpoint's host. */
  urlGuard: UrlGuardOptions;
  /** How long live data is believed, for the occupancy snapshots deliveries carry. */
  liveData: LiveDataTtls;
  /** Back-off, dead-lettering and disabling. @default DEFAULT_RETRY_POLICY */
  retry?: Partial<RetryPolicy>;
  /** A send not answered within this fails (and is retried). @default 10_000 */
  sendTimeoutMs?: number;
  /** Look for new events and due retries this often even without a doorbell. @default 500 */
  sweepMs?: number;
  /**
   * How long a leased delivery is this process's: if it dies mid-send, another sends the delivery
   * again after this (at least once). Must exceed `sendTimeoutMs`. @default 60
   */
  leaseSeconds?: number;
  /** Deliveries leased per round. @default 100 */
  batchSize?: number;
  /** Sends in flight at once. @default 32 */
  concurrency?: number;
  fanOut?: FanOutOptions;
  /** Told of deliveries given up (for /metrics): their retries ran out, or their endpoint was disabled for failing. */
  onDeadLetters?: (count: number, reason: WebhookDeadLetterReason) => void;
  /** Told of each endpoint this worker disabled (for /metrics). */
  onEndpointDisabled?: () => void;
}

export interface WebhookWorker {
  /** Stops taking new work and waits for the sends in flight to be recorded. */
  stop(): Promise<void>;
}

/**
 * Starts this process's webhook worker: on each doorbell and sweep it fans new parking events out
 * to deliveries (webhook-outbox.ts), then leases due deliveries and sends them, signed per
 * Standard Webhooks. Every server process runs one; the outbox cursor's row lock and the
 * deliveries' SKIP LOCKED leases keep them from doing the same work twice.
 *
 * Failure modes: a send that fails or times out is retried with exponential back-off until the
 * retry horizon, then dead-lettered; an endpoint failing for `disableAfterMs` is disabled with its
 * reason. A database error ends the round (logged) and the next sweep tries again: nothing moved.
 * A process that dies mid-send leaves its leased deliveries to be sent again when the lease ends.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const worker = new Worker(options);
  worker.start();
  return worker;
}

class Worker implements WebhookWorker {
  private readonly retry: RetryPolicy;
  private readonly sendTimeoutMs: number;
  private readonly leaseSeconds: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly kick = () => this.run();

  constructor(private readonly options: WebhookWorkerOptions) {
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sendTimeoutMs = options.sendTimeoutMs ?? 10_000;
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.batchSize = options.batchSize ?? 100;
    this.concurrency = options.concurrency ?? 32;
  }

  start(): void {
    this.options.doorbell.on('doorbell', this.kick);
    this.timer = setInterval(this.kick, this.options.sweepMs ?? 500);
    this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.options.doorbell.off('doorbell', this.kick);
    await this.running;
  }

  /** One round at a time; a kick during a round asks for one more. */
  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round()
      .catch((error: unknown) => this.options.logger.warn({ err: error instanceof Error ? error.message : error }, 'webhook round failed; retrying at the next sweep'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  private async round(): Promise<void> {
    while (!this.stopped) {
      // new events are fanned out between batches, so a backlog of sends does not hold them back
      for (;;) {
        const fanned = await fanOutEvents(this.options.db, this.options.liveData, this.options.fanOut);
        if (!fanned?.more || this.stopped) break;
      }
      const leased = await leaseDueDeliveries(this.options.db, this.batchSize, this.leaseSeconds);
      if (leased.length === 0) return;
      const finished: FinishedAttempt[] = [];
      await forEachLimited(leased, this.concurrency, async (item) => {
        finished.push(await this.attempt(item));
      });
      await this.record(finished);
    }
  }

  private async attempt({ delivery, endpoint }: LeasedDelivery): Promise<FinishedAttempt> {
    const result = await this.send({ delivery, endpoint });
    const retryAt = result.delivered ? undefined : nextAttemptAt(this.retry, delivery.attempts, delivery.createdAt, new Date());
    return { delivery, attempt: delivery.attempts, result, retryAt };
  }

  /** One transaction per batch; endpoints failing for `disableAfterMs` are disabled with the last error. */
  private async record(finished: FinishedAttempt[]): Promise<void> {
    const { failingSince, deadLettered } = await recordAttempts(this.options.db, finished);
    this.options.onDeadLetters?.(deadLettered, 'retries_exhausted');
    const now = new Date();
    for (const [endpointId, since] of failingSince) {
      if (!shouldDisable(this.retry, since, now)) continue;
      const last = finished.filter((item) => item.delivery.endpointId === endpointId).at(-1)!;
      const reason = `Every delivery attempt failed for ${duration(this.retry.disableAfterMs)}; the last: ${last.result.error ?? 'no answer'}`;
      const disabled = await disableWebhookEndpoint(this.options.db, endpointId, reason);
      this.options.onDeadLetters?.(disabled.deadLettered, 'endpoint_disabled');
      this.options.onEndpointDisabled?.();
      this.options.logger.warn({ endpointId, reason, deadLettered: disabled.deadLettered }, 'webhook endpoint disabled');
    }
  }

  private async send({ delivery, endpoint }: LeasedDelivery): Promise<SendResult> {
    const refused = (error: string): SendResult => ({ delivered: false, statusCode: null, durationMs: 0, error });
    // the configuration may have changed since the endpoint was registered, and DNS may answer differently now
    const shape = checkUrlShape(endpoint.url, this.options.urlGuard);
    if (!shape.ok) return refused(shape.reason);
    const resolved = await resolveEndpoint(shape.url, this.options.urlGuard);
    if (!resolved.ok) return refused(resolved.reason);
    const now = new Date();
    const headers = signMessage(signingSecrets(endpoint, now), delivery.eventId, now, delivery.payload);
    return sendWebhook(resolved.endpoint, { ...headers }, delivery.payload, this.sendTimeoutMs);
  }
}

/** `24 hours`, `5 minutes`, `3 seconds`. */
function duration(ms: number): string {
  const [amount, unit] = ms >= 3_600_000 ? [ms / 3_600_000, 'hours'] : ms >= 60_000 ? [ms / 60_000, 'minutes'] : [ms / 1_000, 'seconds'];
  return `${Math.round(amount * 10) / 10} ${unit}`;
}

/** Runs `work` on every item with at most `limit` in flight. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
