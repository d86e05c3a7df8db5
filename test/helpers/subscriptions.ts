import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';

/**
 * One graphql-ws subscription as a client sees it: every result is recorded in order, and a test
 * awaits "the next message matching a predicate within N ms". Every message is recorded, so one
 * that arrived before the test started waiting is not missed, and one already consumed by `next`
 * is not matched twice.
 */
export interface Subscribed<Data> {
  /** Every result received so far (data and/or errors), in arrival order. */
  readonly results: ReadonlyArray<FormattedExecutionResult<Data, unknown>>;
  /** The `data` of every result without errors, in arrival order. */
  readonly messages: ReadonlyArray<Data>;
  /**
   * The earliest not yet consumed message (data) matching `predicate`, waiting up to `timeoutMs`;
   * consumes it (only it: messages before it that did not match stay available to a later call).
   * Rejects with what was received when none comes.
   */
  next(predicate?: (message: Data) => boolean, timeoutMs?: number, what?: string): Promise<Data>;
  /** The messages not consumed by `next` yet. */
  pending(): Data[];
  /** Waits `ms`, then returns the messages received in that time (all of them, consumed or not). */
  during(ms: number): Promise<Data[]>;
  /** The errors the operation ended with: an error result, an `error` message or a socket close. */
  failure(timeoutMs?: number): Promise<SubscriptionFailure>;
  /** True once the server completed the operation or it failed. */
  readonly ended: boolean;
  /** Stops the subscription (sends `complete`). */
  dispose(): void;
}

export type SubscriptionFailure =
  | { kind: 'errors'; errors: ReadonlyArray<GraphQLFormattedError> }
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'other'; error: unknown };

export function subscribe<Data = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscribed<Data> {
  const results: FormattedExecutionResult<Data, unknown>[] = [];
  const messages: Data[] = [];
  const consumed: boolean[] = [];
  let ended = false;
  let failure: SubscriptionFailure | undefined;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };

  const unsubscribe = client.subscribe<Data, unknown>(
    { query, variables },
    {
      next: (result) => {
        results.push(result);
        if (result.errors?.length) failure ??= { kind: 'errors', errors: result.errors };
        else if (result.data) messages.push(result.data as Data);
        wake();
      },
      error: (error) => {
        ended = true;
        failure ??= failureOf(error);
        wake();
      },
      complete: () => {
        ended = true;
        wake();
      },
    },
  );

  const waitUntil = <T>(check: () => T | undefined, timeoutMs: number, onTimeout: () => Error): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const attempt = () => {
        const found = check();
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(onTimeout());
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(waiter);
      };
      const waiter = () => void attempt();
      waiters.add(waiter);
      attempt();
    });

  return {
    results,
    messages,
    get ended() {
      return ended;
    },
    next: (predicate = () => true, timeoutMs = 1_000, what = 'a matching message') =>
      waitUntil(
        () => {
          for (let index = 0; index < messages.length; index += 1) {
            if (!consumed[index] && predicate(messages[index]!)) {
              consumed[index] = true;
              return { message: messages[index]! };
            }
          }
          return undefined;
        },
        timeoutMs,
        () =>
          new Error(
            `no ${what} within ${timeoutMs} ms; ${describeState(messages, consumed, failure, ended)}`,
          ),
      ).then(({ message }) => message),
    pending: () => messages.filter((_, index) => !consumed[index]),
    during: async (ms) => {
      const from = messages.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return messages.slice(from);
    },
    failure: (timeoutMs = 2_000) =>
      waitUntil(
        () => failure,
        timeoutMs,
        () => new Error(`the subscription did not fail within ${timeoutMs} ms; ${describeState(messages, [], failure, ended)}`),
      ),
    dispose: () => unsubscribe(),
  };
}

function failureOf(error: unknown): SubscriptionFailure {
  if (Array.isArray(error)) return { kind: 'errors', errors: error as GraphQLFormattedError[] };
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'number') {
    const { code, reason } = error as { code: number; reason?: string };
    return { kind: 'closed', code, reason: reason ?? '' };
  }
  return { kind: 'other', error };
}

function describeState(
  messages: readonly unknown[],
  consumed: readonly boolean[],
  failure: SubscriptionFailure | undefined,
  ended: boolean,
): string {
  const unconsumed = messages.filter((_, index) => !consumed[index]);
  const shown = JSON.stringify(unconsumed);
  return (
    `received ${messages.length} message(s), ${unconsumed.length} unconsumed: ${shown.length > 3_000 ? `${shown.slice(0, 3_000)}...` : shown}` +
    (failure ? `; failure: ${JSON.stringify(failure)}` : '') +
    (ended ? '; ended' : '')
  );
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 20 ms until it returns true; rejects after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number, what = 'the condition'): Promise<void> {
  const startedAt = Date.now();
  while (!(await check())) {
    if (Date.now() - startedAt > timeoutMs) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await sleep(20);
  }
}
