import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every log line written while serving one HTTP request carries. */
export interface RequestLogFields {
  requestId: string;
  /** Set once the GraphQL document is parsed and its operation chosen. */
  operationName?: string;
}

export const REQUEST_ID_HEADER = 'x-request-id';
// a proxy's or client's id is kept when it looks like an id; anything else (too long, control
// characters, an attempt to forge log lines) is replaced by one of ours
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

const requestContext = new AsyncLocalStorage<RequestLogFields>();

/**
 * The fields of the request being served, for the logger's mixin (see logger.ts); undefined
 * outside a request (start-up, the scheduler, WebSocket operations).
 */
export function currentRequestLogFields(): RequestLogFields | undefined {
  return requestContext.getStore();
}

/**
 * Gives every HTTP request an id: the caller's `x-request-id` when it is a plausible id, else a
 * new UUID. The id is echoed in the response header, and the rest of the request runs with it in
 * an AsyncLocalStorage so that every log line (masked internal errors included) names it.
 */
export function assignRequestId(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const offered = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    requestContext.run({ requestId }, next);
  };
}
