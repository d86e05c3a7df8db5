import { GraphQLError } from 'graphql';

/**
 * Codes in `extensions.code` of GraphQL errors (not of mutation `userErrors`). Apollo adds its
 * own for parse and validation failures (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED).
 */
export const ErrorCode = {
  /** The request is well-formed GraphQL but an argument's value cannot be used. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request needs a signed-in user (or an API key) and has none, or its credentials are bad. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Something failed on our side; the response carries an `errorId` to quote, the log has the rest. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An argument that cannot be used; `argument` names it so clients can point at the field. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument && { argument }) },
  });
}
