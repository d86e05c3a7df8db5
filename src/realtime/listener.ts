import { EventEmitter } from 'node:events';
import type { DatabaseHandle, NotificationConnection } from '../db/client.js';
import type { Logger } from '../logger.js';

/** The channel database triggers ring after appending to the event table. */
export const EVENTS_CHANNEL = 'parking_events';

/**
 * The transaction-scoped advisory lock a committing writer takes to ring; a writer that finds it
 * held skips its ring (drizzle/0015_coalesced_doorbell.sql). 'pkdoorbl' in ASCII.
 */
export const DOORBELL_LOCK_KEY = 0x706b646f6f72626cn;

export interface ListenerOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** @default 'parking_events' */
  channel?: string;
  /** First reconnect delay; doubles after each failure. @default 100 */
  initialBackoffMs?: number;
  /** @default 5000 */
  maxBackoffMs?: number;
}

/**
 * The process's one LISTEN connection. It keeps itself connected (reconnecting with
 * exponential backoff) and rings `doorbell` on every notification and after every
 * reconnect, since notifications sent while disconnected are lost and readers must catch up.
 */
export class NotificationListener extends EventEmitter<{ doorbell: []; connected: []; lost: [Error] }> {
  private connection: NotificationConnection | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly channel: string;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private backoffMs: number;

  constructor(private readonly options: ListenerOptions) {
    super();
    this.channel = options.channel ?? EVENTS_CHANNEL;
    this.initialBackoffMs = options.initialBackoffMs ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.backoffMs = this.initialBackoffMs;
  }

  /** True while a LISTEN is established; `/readyz` reports it. */
  get connected(): boolean {
    return this.connection !== undefined;
  }

  /** Connects once; throws when the first attempt fails so start-up fails loudly. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const connection = this.connection;
    this.connection = undefined;
    await connection?.close();
  }

  private async connect(): Promise<void> {
    const connection = await this.options.database.listen(this.channel, {
      onNotification: () => this.emit('doorbell'),
      onLost: (error) => this.handleLost(error),
    });
    if (this.stopped) {
      await connection.close();
      return;
    }
    this.connection = connection;
    this.backoffMs = this.initialBackoffMs;
    this.emit('connected');
    this.emit('doorbell');
  }

  private handleLost(error: Error): void {
    this.connection = undefined;
    if (this.stopped) return;
    this.options.logger.warn({ err: error.message }, 'notification listener lost its connection');
    this.emit('lost', error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => this.options.logger.info('notification listener reconnected'),
        (error: Error) => {
          this.options.logger.warn({ err: error.message, retryInMs: this.backoffMs }, 'listener reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, delay);
  }
}
