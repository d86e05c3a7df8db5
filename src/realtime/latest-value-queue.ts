/** How a queue learns that its client is not keeping up, and what to do then. */
export interface Backpressure {
  /** True while the client's socket still holds too much unsent data. */
  isBackedUp(): boolean;
  /** Called once when the client stayed backed up for `stallTimeoutMs`; should close its connection. */
  onStall(): void;
  /** @default 10_000 */
  stallTimeoutMs?: number;
}

const DRAIN_POLL_MS = 25;

/**
 * A subscriber's outbox that keeps only the latest value per key (a lot, a space, a booking):
 * a slow client costs memory for the keys it watches, never for the number of changes. Values
 * leave in the order their keys first became pending. While the client's socket is backed up
 * nothing is handed out (values keep coalescing); a client that stays backed up, or stops
 * asking for values while some are pending, for longer than the stall timeout is cut off
 * through `onStall`, and the queue ends.
 */
export class LatestValueQueue<T> implements AsyncIterableIterator<T> {
  private readonly pending = new Map<string, T>();
  private waiter: ((result: IteratorResult<T>) => void) | undefined;
  private closed = false;
  private backedUpSince: number | undefined;
  private stallTimer: NodeJS.Timeout | undefined;
  /** When the consumer last asked for a value. */
  private lastPullAt = Date.now();

  constructor(
    private readonly backpressure: Backpressure | undefined,
    private readonly onClose: () => void,
  ) {}

  /** Queues `value` under `key`, replacing a pending one unless `keep(pending, value)` says otherwise. */
  push(key: string, value: T, keep?: (pending: T, next: T) => boolean): void {
    if (this.closed) return;
    const current = this.pending.get(key);
    if (current !== undefined && keep?.(current, value)) return;
    this.pending.set(key, value);
    this.watchForStall();
    this.deliver();
  }

  get size(): number {
    return this.pending.size;
  }

  async next(): Promise<IteratorResult<T>> {
    this.lastPullAt = Date.now();
    if (this.closed) return { done: true, value: undefined };
    await this.waitForDrain();
    if (this.closed) return { done: true, value: undefined };
    const first = this.takeFirst();
    if (first) return first;
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  async return(): Promise<IteratorResult<T>> {
    this.close();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  /** Ends the stream and unregisters it; pending values are dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.stallTimer);
    this.pending.clear();
    this.waiter?.({ done: true, value: undefined });
    this.waiter = undefined;
    this.onClose();
  }

  private deliver(): void {
    if (!this.waiter) return;
    const first = this.takeFirst();
    if (!first) return;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter(first);
  }

  private takeFirst(): IteratorResult<T> | undefined {
    const entry = this.pending.entries().next();
    if (entry.done) return undefined;
    const [key, value] = entry.value;
    this.pending.delete(key);
    return { done: false, value };
  }

  // graphql-ws waits for each send to complete before asking for the next value, so a client
  // that stopped reading stops asking: values pending while nobody asked for the whole stall
  // timeout mean the client is gone or too slow (its socket holds one unsent message, at most)
  private watchForStall(): void {
    const backpressure = this.backpressure;
    if (!backpressure || this.stallTimer || this.waiter) return;
    const timeout = backpressure.stallTimeoutMs ?? 10_000;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      if (this.closed || this.waiter || this.pending.size === 0) return;
      if (Date.now() - this.lastPullAt < timeout) return this.watchForStall();
      backpressure.onStall();
      this.close();
    }, Math.max(1, timeout - (Date.now() - this.lastPullAt)));
  }

  private async waitForDrain(): Promise<void> {
    const backpressure = this.backpressure;
    if (!backpressure) return;
    const timeout = backpressure.stallTimeoutMs ?? 10_000;
    while (!this.closed && backpressure.isBackedUp()) {
      this.backedUpSince ??= Date.now();
      if (Date.now() - this.backedUpSince >= timeout) {
        backpressure.onStall();
        this.close();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
    }
    this.backedUpSince = undefined;
  }
}
