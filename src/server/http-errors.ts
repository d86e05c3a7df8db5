import type { ErrorRequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';

/**
 * Express's last error handler. Without it Express answers body-parser failures (broken JSON,
 * a body over the limit) with an HTML page that includes the stack trace. Clients get a
 * GraphQL-shaped JSON error with a code instead; anything unexpected is logged with an id.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpLayerError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, body } = httpErrorResponse(error, logger);
    return res.status(status).json(body);
  };
}

/** What body-parser (or our own body reading) fails with: its `type` says why. */
export interface HttpLayerError {
  status?: number;
  type?: string;
}

/** The status and JSON body for an error outside GraphQL (reading the body, routing). */
export function httpErrorResponse(error: HttpLayerError, logger: Logger): { status: number; body: ReturnType<typeof errorBody> } {
  if (error.type === 'entity.parse.failed') {
    return { status: 400, body: errorBody('The request body is not valid JSON', 'BAD_REQUEST') };
  }
  if (error.type === 'entity.too.large') {
    return { status: 413, body: errorBody('The request body is too large', 'PAYLOAD_TOO_LARGE') };
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return { status: error.status, body: errorBody('The request cannot be processed', 'BAD_REQUEST') };
  }
  const errorId = randomUUID();
  logger.error({ err: error, errorId }, 'unexpected error in the HTTP layer');
  return { status: 500, body: errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', errorId) };
}

function errorBody(message: string, code: string, errorId?: string) {
  return { errors: [{ message, extensions: { code, ...(errorId && { errorId }) } }] };
}
