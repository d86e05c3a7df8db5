import type { GraphQLSchema } from 'graphql';
import { resolveLimits, type Limits, type LimitsOptions } from './options.js';
import { RateLimiter } from './rate-limiter.js';
import { WebSocketLimits } from './websocket.js';

export { admitHttpRequest, httpRequestGuard, operationLimitsPlugin, requestViolation } from './http.js';
export { httpErrorBody, httpStatusOf } from './violations.js';
export { DEFAULT_LIMITS, resolveLimits, type Limits, type LimitsOptions, type RateLimit } from './options.js';
export { LimitCode } from './violations.js';
export { type ParkwaySocketContext } from './websocket.js';

/** The abuse limits of one server: its settings, its rate limiter, its WebSocket accounting. */
export interface ServerLimits {
  limits: Limits;
  rateLimiter: RateLimiter;
  webSocket: WebSocketLimits;
}

/** One rate limiter shared by HTTP and WebSocket, so a client's requests count once whichever way they come. */
export function createServerLimits(schema: GraphQLSchema, options: LimitsOptions | undefined, introspection: boolean): ServerLimits {
  const limits = resolveLimits(options);
  const rateLimiter = new RateLimiter(limits.rateLimits);
  return { limits, rateLimiter, webSocket: new WebSocketLimits(limits, rateLimiter, schema, introspection) };
}
