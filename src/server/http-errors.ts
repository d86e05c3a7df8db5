import type { ErrorRequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';

/**
 * Express's last error handler. Without it Express answers body-parser failures (broken JSON,
 * a body over the limit) with an HTML page that includes the stack trace. Clients get a
 * GraphQL-shaped JSON error with a code instead; anything unexpected is logged with an id.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.parse.failed') {
      return res.status(400).json(errorBody('The request body is not valid JSON', 'BAD_REQUEST'));
    }
    if (error.type === 'entity.too.large') {
      return res.status(413).json(errorBody('The request body is too large', 'PAYLOAD_TOO_LARGE'));
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      return res.status(error.status).json(errorBody('The request cannot be processed', 'BAD_REQUEST'));
    }
    const errorId = randomUUID();
    logger.error({ err: error, errorId }, 'unexpected error in the HTTP layer');
    return res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', errorId));
  };
}

function errorBody(message: string, code: string, errorId?: string) {
  return { errors: [{ message, extensions: { code, ...(errorId && { errorId }) } }] };
}
