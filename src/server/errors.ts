import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { AccountsError } from '../domain/accounts/errors.js';
import { InvalidInputError } from '../domain/errors.js';
import { AuthenticationRequiredError } from '../domain/policy.js';
import { ErrorCode } from '../graphql/errors.js';
import type { Logger } from '../logger.js';

/** The code (and extra extensions) a domain error is reported with, or undefined for a bug. */
function extensionsOfDomainError(cause: unknown): Record<string, unknown> | undefined {
  if (cause instanceof InvalidInputError) return { code: ErrorCode.BAD_USER_INPUT, argument: cause.field, ...(cause.reason && { reason: cause.reason }) };
  if (cause instanceof AuthenticationRequiredError) return { code: ErrorCode.UNAUTHENTICATED };
  if (cause instanceof AccountsError) return { ...cause.extensions, code: cause.code };
  return undefined;
}

/**
 * The last stop of every error on its way to a client, over HTTP and WebSocket alike.
 *
 * Errors we raise on purpose carry an `extensions.code` and pass through; a domain rule's
 * InvalidInputError becomes BAD_USER_INPUT naming the argument, AuthenticationRequiredError
 * UNAUTHENTICATED. Anything else is a bug or an outage: the client gets "Internal server error"
 * with an `errorId`, and the log gets the same id with the full error. No message, stack or SQL
 * of an unexpected error leaves the server.
 */
export function maskUnexpectedError(
  formatted: GraphQLFormattedError,
  original: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const where = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const domainExtensions = extensionsOfDomainError(cause);
  if (domainExtensions) return { message: (cause as Error).message, ...where, extensions: domainExtensions };

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const errorId = randomUUID();
  // Drizzle wraps the driver's error: its SQLSTATE and message are on `cause`
  const driverError = (cause as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  logger.error(
    { err: original, errorId, path: formatted.path, sqlstate: driverError?.code, cause: driverError?.message },
    'unexpected error while serving GraphQL',
  );
  return {
    message: 'Internal server error',
    ...where,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}
