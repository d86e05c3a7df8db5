import { GraphQLError } from 'graphql';

/** `extensions.code` of a request refused by a limit, before anything executes. */
export const LimitCode = {
  DOCUMENT_TOO_LARGE: 'DOCUMENT_TOO_LARGE',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
} as const;

export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/**
 * A refused request, independent of transport: HTTP turns it into an error with a status (and
 * Retry-After), WebSocket into an `error` message for the operation.
 */
export interface LimitViolation {
  code: LimitCode;
  message: string;
  /** Extra `extensions` for clients, e.g. `{ limit: 12, actual: 15 }`. */
  details: Record<string, unknown>;
  /** Whole seconds until a rate-limited client may try again. */
  retryAfterSeconds?: number;
}

export function violation(code: LimitCode, message: string, details: Record<string, unknown> = {}): LimitViolation {
  return { code, message, details };
}

/** An over-the-limit measure: "actual" is what the request asked for, "limit" what is allowed. */
export function overLimit(code: LimitCode, what: string, actual: number, limit: number): LimitViolation {
  return violation(code, `${what} is ${actual}, over the limit of ${limit}`, { limit, actual });
}

const HTTP_STATUS: Partial<Record<LimitCode, number>> = {
  [LimitCode.DOCUMENT_TOO_LARGE]: 413,
  [LimitCode.RATE_LIMITED]: 429,
};

/** For Apollo: the status and headers travel in `extensions.http`, which Apollo strips from the body. */
export function httpError(found: LimitViolation): GraphQLError {
  const headers = new Map<string, string>();
  if (found.retryAfterSeconds !== undefined) headers.set('retry-after', String(found.retryAfterSeconds));
  return new GraphQLError(found.message, {
    extensions: {
      ...clientExtensions(found),
      http: { status: HTTP_STATUS[found.code] ?? 400, headers },
    },
  });
}

/** For graphql-ws: the same error without HTTP details. */
export function webSocketError(found: LimitViolation): GraphQLError {
  return new GraphQLError(found.message, { extensions: clientExtensions(found) });
}

/** The JSON body express answers with when a limit refuses a request before Apollo sees it. */
export function httpErrorBody(found: LimitViolation) {
  return { errors: [{ message: found.message, extensions: clientExtensions(found) }] };
}

export function httpStatusOf(found: LimitViolation): number {
  return HTTP_STATUS[found.code] ?? 400;
}

function clientExtensions(found: LimitViolation): Record<string, unknown> {
  return {
    code: found.code,
    ...found.details,
    ...(found.retryAfterSeconds !== undefined && { retryAfterSeconds: found.retryAfterSeconds }),
  };
}
