import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../../domain/auth/viewer.js';
import { clientAddress } from './client-address.js';
import { checkOperation } from './operation-checks.js';
import type { Limits } from './options.js';
import { principalOf, type RateLimiter } from './rate-limiter.js';
import { checkSource } from './source-checks.js';
import { httpError, httpErrorBody, httpStatusOf, LimitCode, violation, type LimitViolation } from './violations.js';

/**
 * Runs in express before Apollo, on what can be judged without parsing: a batch (a JSON array
 * body) longer than allowed, and each document's size and token count (POST body or GET
 * `?query=`). Apollo's own hooks before parsing cannot refuse a request: an error thrown there
 * becomes a 500.
 */
export function httpRequestGuard(limits: Limits): RequestHandler {
  return (req, res, next) => {
    const refused = requestViolation(req.body ?? req.query, limits);
    if (refused) {
      res.status(httpStatusOf(refused)).json(httpErrorBody(refused));
      return;
    }
    next();
  };
}

/**
 * What `httpRequestGuard` refuses in a request's operations: a POST's parsed body (one operation
 * or a batch) or a GET's query parameters.
 */
export function requestViolation(operations: unknown, limits: Limits): LimitViolation | undefined {
  return batchViolation(operations, limits.maxBatchedOperations) ?? sourceViolation(operations, limits);
}

function batchViolation(body: unknown, maxBatchedOperations: number): LimitViolation | undefined {
  if (!Array.isArray(body)) return undefined;
  if (maxBatchedOperations <= 1) {
    return violation(LimitCode.BATCH_TOO_LARGE, 'This server does not accept batched operations', { limit: 1 });
  }
  if (body.length <= maxBatchedOperations) return undefined;
  return violation(LimitCode.BATCH_TOO_LARGE, `A batch may hold at most ${maxBatchedOperations} operations`, {
    limit: maxBatchedOperations,
    actual: body.length,
  });
}

function sourceViolation(body: unknown, limits: Limits): LimitViolation | undefined {
  const operations: unknown[] = Array.isArray(body) ? body : [body];
  for (const operation of operations) {
    const query = typeof operation === 'object' && operation !== null ? (operation as { query?: unknown }).query : undefined;
    // anything but a string is Apollo's to refuse (BAD_REQUEST)
    const refused = typeof query === 'string' ? checkSource(query, limits.document) : undefined;
    if (refused) return refused;
  }
  return undefined;
}

/**
 * For Apollo's context function: identifies the viewer and counts the request (each operation of
 * a batch) against its key, user or IP. Bad credentials count against the IP before the 401, so
 * guessing tokens is rate limited too.
 * @throws GraphQLError RATE_LIMITED (HTTP 429 with Retry-After), or whatever `identify` throws
 */
export async function admitHttpRequest(
  req: IncomingMessage & { body?: unknown },
  limits: Limits,
  rateLimiter: RateLimiter,
  identify: () => Promise<Viewer>,
): Promise<Viewer> {
  const address = clientAddress(req, limits.trustedProxyHops);
  const operations = Array.isArray(req.body) ? Math.max(1, req.body.length) : 1;
  let viewer: Viewer;
  try {
    viewer = await identify();
  } catch (error) {
    const refused = rateLimiter.admit(principalOf(undefined, address), operations);
    throw refused ? httpError(refused) : error;
  }
  const refused = rateLimiter.admit(principalOf(viewer, address), operations);
  if (refused) throw httpError(refused);
  return viewer;
}

/**
 * Depth, aliases and cost inside Apollo's request pipeline, with the request's variables, once
 * the operation is known (`didResolveOperation`): after validation, before any executor runs.
 */
export function operationLimitsPlugin(limits: Limits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const refused = checkOperation(schema, document, operation, request.variables, limits.document);
          if (refused) throw httpError(refused);
        },
      };
    },
  };
}
